// Unit tests of the pure cloud-function code (domain rules, validator, CSV, time): no I/O.
module.exports = {
  displayName: 'unit',
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/cloudfunctions/shared/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
}
