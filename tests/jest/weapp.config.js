// Tests of the weapp BUILD (dist/weapp) in miniprogram-simulate with the official wcc compiler.
// `npm run build:weapp` must run first; tests/weapp/setup/requireBuild.js fails clearly otherwise.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'weapp',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/weapp/setup/requireBuild.js'],
  // Only our TypeScript is transformed; the built mini-program JS is loaded as is.
  moduleNameMapper: require('./aliases'),
  transform: require('./transform'),
  clearMocks: true,
  testTimeout: 20000,
  setupFilesAfterEnv: ['<rootDir>/tests/jest/projectTimeout.js'],
  globals: { PROJECT_TEST_TIMEOUT: 20000 }
}
