// Jest transformer for the test files (and test helpers). Most go through esbuild like the sources
// (tests/jest/esbuildTransform.js). A file that calls jest.mock() (or unmock, automock) needs that call
// hoisted above its imports, and one that calls jest.spyOn() may spy on a namespace import (`import * as m`),
// which must be the module's own exports object (esbuild hands out a copy): those go through swc, with its
// jest pass (what @swc/jest runs), which does both. ts-jest did the same at ten times the cost: it loaded
// TypeScript in every worker (0.6 s) and took 40 ms a file where swc takes 3.
const crypto = require('node:crypto')
const swc = require('@swc/core')
const esbuild = require('./esbuildTransform')

const NEEDS_HOISTING = /\bjest\.(mock|unmock|doMock|enableAutomock|disableAutomock|deepUnmock|spyOn)\(/

const swcOptions = (filename) => ({
  filename,
  swcrc: false,
  configFile: false,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') },
    target: 'es2022',
    transform: { react: { runtime: 'automatic' }, hidden: { jest: true } }
  },
  module: { type: 'commonjs' }
})

module.exports = {
  process(src, filename) {
    return NEEDS_HOISTING.test(src) ? { code: swc.transformSync(src, swcOptions(filename)).code } : esbuild.process(src, filename)
  },
  getCacheKey(src, filename) {
    if (!NEEDS_HOISTING.test(src)) return esbuild.getCacheKey(src, filename)
    return crypto.createHash('sha1').update(`swc ${swc.version}\0${filename}\0`).update(src).digest('hex')
  }
}
