// Jest transformer for the test files (and test helpers). Most go through esbuild like the sources
// (tests/jest/esbuildTransform.js). A file that calls jest.mock() (or unmock, automock) needs that call
// hoisted above its imports, and one that calls jest.spyOn() may spy on a namespace import (`import * as m`),
// which only tsc's output shares with the module itself: those go through ts-jest, which does both.
const esbuild = require('./esbuildTransform')
const tsJest = require('ts-jest').default.createTransformer({ tsconfig: '<rootDir>/tsconfig.json' })

const NEEDS_TS_JEST = /\bjest\.(mock|unmock|doMock|enableAutomock|disableAutomock|deepUnmock|spyOn)\(/

module.exports = {
  process(src, filename, options) {
    return NEEDS_TS_JEST.test(src) ? tsJest.process(src, filename, options) : esbuild.process(src, filename)
  },
  getCacheKey(src, filename, options) {
    return NEEDS_TS_JEST.test(src) ? `ts-jest:${tsJest.getCacheKey(src, filename, options)}` : esbuild.getCacheKey(src, filename)
  }
}
