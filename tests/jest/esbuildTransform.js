// Jest transformer for our TypeScript sources (not the test files): esbuild strips the types, about twice as
// fast over a whole project as ts-jest's transpileModule (integration tests of `member`, cold cache: 59 s →
// 30 s). The component project also runs the ES modules Taro and Stencil ship through it (CommonJS out),
// instead of Babel: that project 139 → 124 s of CPU on a cold cache. Types are checked once, by tsc in
// `npm test`'s checks lane. Test files that mock or spy on a module go through swc instead
// (tests/jest/testFileTransform.js; tests/jest/transform.js routes them).
const crypto = require('node:crypto')
const esbuild = require('esbuild')
const { version } = require('esbuild/package.json')

const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, jsx: 'react-jsx' } }
// esbuild defines a module's exports as non-configurable getters; jest.spyOn(module, 'fn') needs to
// redefine them (as it can on tsc's output), so they are made configurable. If esbuild ever changes these
// helpers the replacement does nothing and the tests that spy on a module's export fail loudly.
const HELPERS = [
  [
    '__defProp(target, name, { get: all[name], enumerable: true })',
    '__defProp(target, name, { get: all[name], enumerable: true, configurable: true })'
  ],
  ['__defProp(to, key, { get: () => from[key], enumerable:', '__defProp(to, key, { configurable: true, get: () => from[key], enumerable:']
]

module.exports = {
  process(src, filename) {
    const out = esbuild.transformSync(src, {
      // .js/.mjs: the ES modules Taro and Stencil ship (the component project), turned into CommonJS.
      loader: filename.endsWith('.tsx') ? 'tsx' : /\.m?js$/.test(filename) ? 'js' : 'ts',
      format: 'cjs',
      target: 'node20',
      platform: 'node',
      // Stack traces point into our sources; the packages' maps would only make every cached file larger.
      sourcemap: filename.includes('/node_modules/') ? false : 'inline',
      sourcefile: filename,
      tsconfigRaw,
      // jest runs CommonJS without --experimental-vm-modules: import() becomes a require() in a promise.
      supported: { 'dynamic-import': false }
    })
    return { code: HELPERS.reduce((code, [from, to]) => code.replace(from, to), out.code) }
  },
  getCacheKey(src, filename) {
    return crypto.createHash('sha1').update(version).update('\0').update(filename).update('\0').update(src).digest('hex')
  }
}
