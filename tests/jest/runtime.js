// jest's runtime, with one change: a module is compiled by `new vm.Script` (wrapped in a function, as jest
// did before version 27) instead of `vm.compileFunction`. V8 keeps a per-process cache of compiled scripts
// keyed by their source, and vm.Script uses it, so the second and later test files in a worker reuse each
// module's bytecode (the SDK, React, Taro, the local cloud…) instead of parsing it again; compileFunction
// never consults that cache (nodejs/node#35375). Every test file still gets fresh module instances in a
// fresh context: only the compiled code is shared. Measured in band: integration 92 → 81 s, component
// 128 → 94 s.
//
// A module that uses import() needs a dynamic-import callback, which gives the script host options of its
// own and so defeats the cache (nodejs/node#49950): those few keep jest's own compile.
const vm = require('node:vm')
const Runtime = require('jest-runtime').default

const DYNAMIC_IMPORT = /\bimport\s*\(/

class CachedCompileRuntime extends Runtime {
  constructor(...args) {
    super(...args)
    const executor = this.executor
    const jestCompile = executor.compile.bind(executor)
    const parameters = executor.injectedModuleParameters.join(',')
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext()
      if (context == null || DYNAMIC_IMPORT.test(source)) return jestCompile(source, filename)
      let script
      try {
        script = new vm.Script(`({"module":function(${parameters}){${source}\n}});`, { filename })
      } catch {
        // A syntax error: jest's compile reports it as jest does.
        return jestCompile(source, filename)
      }
      return script.runInContext(context).module
    }
  }
}

module.exports = CachedCompileRuntime
