// How every node project turns TypeScript into what jest runs: the sources through esbuild
// (tests/jest/esbuildTransform.js), the test files through tests/jest/testFileTransform.js (esbuild too,
// or swc where jest.mock() must be hoisted above the imports).
module.exports = {
  '^.+/tests/.+\\.tsx?$': '<rootDir>/tests/jest/testFileTransform.js',
  '^.+\\.tsx?$': '<rootDir>/tests/jest/esbuildTransform.js'
}
