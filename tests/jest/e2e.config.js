// End-to-end: the H5 build + local cloud in Debian Chromium's headless shell (playwright-core). Needs
// dist/h5 and /usr/bin/chromium-headless-shell; scripts/test.ts provides both. Each worker launches one
// browser and keeps it and its phones from one journey file to the next (tests/e2e/environment.ts).
module.exports = {
  displayName: 'e2e',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  // jest's node environment and the worker's phones, kept from one journey file to the next.
  testEnvironment: '<rootDir>/tests/e2e/environment.ts',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  moduleNameMapper: require('./aliases'),
  transform: require('./transform'),
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/tests/jest/projectTimeout.js'],
  globals: { PROJECT_TEST_TIMEOUT: 60000 }
}
