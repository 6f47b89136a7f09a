// How every node project turns TypeScript into what jest runs: test files through ts-jest (it hoists
// jest.mock() calls above the imports), the sources through esbuild (tests/jest/esbuildTransform.js).
module.exports = {
  '^.+/tests/.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  '^.+\\.tsx?$': '<rootDir>/tests/jest/esbuildTransform.js'
}
