// The local cloud's own tests (store, seam contract, gateway, scheduler, durability) and the repo scripts'.
module.exports = {
  displayName: 'localcloud',
  // Named, so its CST twin (tests/jest/cst/projects.js) shares its transform cache instead of filling its own.
  id: 'localcloud',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/localcloud/**/*.test.ts', '<rootDir>/tests/scripts/**/*.test.ts'],
  moduleNameMapper: require('./aliases'),
  transform: require('./transform'),
  testTimeout: 30000,
  setupFilesAfterEnv: ['<rootDir>/tests/jest/projectTimeout.js', '<rootDir>/tests/jest/zoneReads.js'],
  globals: { PROJECT_TEST_TIMEOUT: 30000 }
}
