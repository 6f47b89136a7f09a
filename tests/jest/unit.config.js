// Unit tests of the pure code: shared/ (rules, labels, time, CSV) and cloudfunctions/lib (validator, secrets): no I/O.
module.exports = {
  displayName: 'unit',
  // Named, so its CST twin (tests/jest/cst/projects.js) shares its transform cache instead of filling its own.
  id: 'unit',
  rootDir: '../..',
  runtime: '<rootDir>/tests/jest/runtime.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/shared/**/*.test.ts', '<rootDir>/tests/cloudfunctions/lib/**/*.test.ts'],
  moduleNameMapper: require('./aliases'),
  setupFilesAfterEnv: ['<rootDir>/tests/jest/zoneReads.js'],
  transform: require('./transform')
}
