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
//
// And one clean-up: when a test file ends, the AsyncLocalStorages its modules switched on are switched off.
// An enabled storage costs every promise the process creates, and stays enabled until disabled; jest-circus
// alone makes one per test file, so without this a worker's later files paid for all the earlier ones
// (6 % of an in-band run's CPU).
const { AsyncLocalStorage } = require('node:async_hooks')
const vm = require('node:vm')
const Runtime = require('jest-runtime').default

/** The runtime of the test file running now in this worker (files run one at a time in a worker). */
let running = null
/** Storages switched on, by the runtime that was running then. */
const enabledBy = new Map()
// Node's async_hooks-based storage (Node 20 and 22) has _enable; where it has not, there is nothing to do.
const enable = AsyncLocalStorage.prototype._enable
if (typeof enable === 'function') {
  AsyncLocalStorage.prototype._enable = function (...args) {
    if (running && !this.enabled) enabledBy.set(this, running)
    return enable.apply(this, args)
  }
}

const DYNAMIC_IMPORT = /\bimport\s*\(/

class CachedCompileRuntime extends Runtime {
  constructor(...args) {
    super(...args)
    running = this
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

  teardown() {
    super.teardown()
    for (const [storage, runtime] of enabledBy) {
      if (runtime !== this) continue
      storage.disable()
      enabledBy.delete(storage)
    }
    if (running === this) running = null
  }
}

module.exports = CachedCompileRuntime
