// jest's runtime (every project's `runtime`), made cheaper per test file. Every test file still gets fresh
// module instances in a fresh context; what a worker now keeps from one file to the next is only what cannot
// differ between them:
//
// 1. Compiled code. A module is compiled by `new vm.Script` (wrapped in a function, as jest did before
//    version 27) instead of `vm.compileFunction`. V8 keeps a per-process cache of compiled scripts keyed by
//    their source and vm.Script uses it, so later files reuse each module's bytecode (the SDK, React, Taro,
//    the local cloud…) instead of parsing it again; compileFunction never consults that cache
//    (nodejs/node#35375). A module that calls import() keeps jest's compile: the dynamic-import callback
//    gives the script host options of its own, which defeats the cache anyway (nodejs/node#49950).
//    The script itself is kept too (by path, with the text it was made from): a later file runs it in its
//    own context without V8 hashing and looking up the source again.
// 2. File text and transforms. jest reads every module's source again for each test file and stats it to
//    find its transform. Kept: the repository's source folders and the packages, which nothing writes
//    during a run; the builds' output (dist/, build/) and temporary folders are read afresh.
// 3. And a clean-up: when a test file ends, the AsyncLocalStorages its modules switched on are switched
//    off. An enabled storage costs every promise the process creates until it is disabled; jest-circus alone
//    makes one per test file, so a worker's later files paid for all the earlier ones.
//
// Measured in band, warm transform cache: integration 92 → 81 s (1), component 128 → 94 s (1) → 67 s (2, 3);
// keeping the scripts: component 68.6 → 66.3 s of CPU.
const { AsyncLocalStorage } = require('node:async_hooks')
const path = require('node:path')
const vm = require('node:vm')
const Runtime = require('jest-runtime').default

const REPO = path.resolve(__dirname, '../..')
const KEPT_DIRS = ['src', 'shared', 'cloudfunctions', 'localcloud', 'tests', 'node_modules'].map((d) => path.join(REPO, d) + path.sep)
const unchanging = (file) => KEPT_DIRS.some((d) => file.startsWith(d))

/** Source text by path. */
const sources = new Map()
/** Transformed modules by project, path and what the caller supports (jest's own key, less the mtime). */
const transformed = new Map()

const DYNAMIC_IMPORT = /\bimport\s*\(/
const NAMES_JEST = /\bjest\b/
/**
 * Compiled modules by path: the source they were compiled from, the script (null: jest compiles it) and
 * whether the source names `jest` (a module that does not cannot reach its jest object).
 */
const scripts = new Map()

/** The module as a function expression in a script (null: a syntax error, which jest's compile reports). */
function wrap(source, parameters, filename) {
  try {
    return new vm.Script(`({"module":function(${parameters}){${source}\n}});`, { filename })
  } catch {
    return null
  }
}

/** The runtime of the test file running now in this worker (a worker runs one file at a time). */
let running = null
/** Storages switched on, by the runtime that was running then. */
const enabledBy = new Map()
// Node's async_hooks storage (Node 20 and 22) has _enable; where it has not, storages cost nothing idle.
const enable = AsyncLocalStorage.prototype._enable
if (typeof enable === 'function') {
  AsyncLocalStorage.prototype._enable = function (...args) {
    if (running && !this.enabled) enabledBy.set(this, running)
    return enable.apply(this, args)
  }
}

class WorkerCachingRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    super(config, environment, resolver, transformer, cacheFS, ...rest)
    running = this
    // jest hands each file a fresh map of file texts, which the runtime empties as it starts and the
    // transformer reads through too.
    for (const [file, text] of sources) if (!cacheFS.has(file)) cacheFS.set(file, text)
    this.fileTexts = cacheFS
    this.cacheTransforms(config.id, transformer)
    this.compileThroughScriptCache(this.executor)
    this.jestObjectsOnlyWhereNamed(this.executor)
  }

  // jest builds each module its own `jest` object (some fifty closures) before running it, though only
  // the test files and a few helpers use it: a module whose text never says `jest` gets none.
  jestObjectsOnlyWhereNamed(executor) {
    const globals = executor.jestGlobals
    const jestObjectFor = globals.jestObjectFor.bind(globals)
    globals.jestObjectFor = (from) => (scripts.get(from)?.namesJest === false ? undefined : jestObjectFor(from))
  }

  cacheTransforms(project, transformer) {
    const transform = transformer.transform.bind(transformer)
    transformer.transform = (filename, options, source) => {
      if (!unchanging(filename)) return transform(filename, options, source)
      const { instrument, supportsDynamicImport, supportsExportNamespaceFrom, supportsStaticESM, supportsTopLevelAwait } = options
      const key = JSON.stringify([
        project,
        filename,
        instrument,
        supportsDynamicImport,
        supportsExportNamespaceFrom,
        supportsStaticESM,
        supportsTopLevelAwait
      ])
      let result = transformed.get(key)
      if (result === undefined) {
        result = transform(filename, options, source)
        transformed.set(key, result)
      }
      return result
    }
  }

  compileThroughScriptCache(executor) {
    const jestCompile = executor.compile.bind(executor)
    const parameters = executor.injectedModuleParameters.join(',')
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext()
      if (context == null) return jestCompile(source, filename)
      // The same transformed text (kept above, so the very same string) gives the same script: a later
      // file runs it in its own context without hashing, looking up or compiling the source again.
      let compiled = scripts.get(filename)
      if (compiled?.source !== source || compiled.parameters !== parameters) {
        const script = DYNAMIC_IMPORT.test(source) ? null : wrap(source, parameters, filename)
        compiled = { source, parameters, script, namesJest: script === null || NAMES_JEST.test(source) }
        scripts.set(filename, compiled)
      }
      if (compiled.script === null) return jestCompile(source, filename)
      return compiled.script.runInContext(context).module
    }
  }

  teardown() {
    for (const [file, text] of this.fileTexts) if (!sources.has(file) && unchanging(file)) sources.set(file, text)
    super.teardown()
    for (const [storage, runtime] of enabledBy) {
      if (runtime !== this) continue
      storage.disable()
      enabledBy.delete(storage)
    }
    if (running === this) running = null
  }
}

module.exports = WorkerCachingRuntime
