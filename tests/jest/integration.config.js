// Integration tests of the cloud functions: each action run through the real wx-server-sdk against
// the local cloud (tests/helpers/cloud.ts). The local cloud's own tests have their own project
// (tests/jest/localcloud.config.js); pure domain tests are the 'unit' project.
module.exports = {
  displayName: 'integration',
  // Named, so its CST twin (tests/jest/cst/projects.js) shares its transform cache instead of filling its own.
  id: 'integration',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/cloudfunctions/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/cloudfunctions/lib/'],
  moduleNameMapper: require('./aliases'),
  transform: require('./transform'),
  testTimeout: 20000,
  setupFilesAfterEnv: ['<rootDir>/tests/jest/projectTimeout.js', '<rootDir>/tests/jest/zoneReads.js'],
  globals: { PROJECT_TEST_TIMEOUT: 20000 }
}
