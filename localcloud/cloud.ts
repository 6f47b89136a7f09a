// The local cloud: one durable store, the SDK seam pointed at it, the functions, the outbox.
// The gateway (HTTP), the scheduler (timers) and the tests all drive it through this class.
import path from 'node:path'
import { COLLECTIONS, type CollectionSpec } from '@server/collections'
import { Outbox } from './outbox/outbox'
import { MediaChecks } from './seam/mediacheck'
import { FileStore } from './storage/files'
import { currentCaller, type Caller, holdContexts, releaseContexts } from './seam/identity'
import { installSeam } from './seam/install'
import { Engine } from './store/engine'
import { provideLocalSecrets } from './runtime/secrets'
import { SqliteStore } from './store/sqlite-store'
import { type CloudFunction, FUNCTIONS_ROOT, invokeFunction, listFunctions, loadFunction } from './runtime/functions'

export interface LocalCloudOptions {
  /** Folder for the database file; created if missing. */
  dataDir: string
  functionsRoot?: string
  /** Extra collection declarations (tests); the repo's own come from cloudfunctions/lib/collections. */
  collections?: Record<string, CollectionSpec>
}

export class LocalCloud {
  readonly store: SqliteStore
  readonly engine: Engine
  readonly outbox: Outbox
  /** Cloud storage on disk (<dataDir>/files) and the media checks waiting for their verdict. */
  readonly files: FileStore
  readonly mediaChecks: MediaChecks
  private readonly functions = new Map<string, CloudFunction>()
  private readonly functionsRoot: string

  constructor(opts: LocalCloudOptions) {
    this.functionsRoot = opts.functionsRoot ?? FUNCTIONS_ROOT
    this.store = new SqliteStore(path.join(opts.dataDir, 'tongxin.db'), { ...COLLECTIONS, ...opts.collections })
    this.engine = new Engine(this.store, currentCaller)
    this.outbox = new Outbox(this.store)
    const settled = () => this.engine.idle()
    this.files = new FileStore(this.store, opts.dataDir, settled)
    this.mediaChecks = new MediaChecks(this.store, this.files, settled)
    installSeam({ engine: this.engine, outbox: this.outbox, files: this.files, mediaChecks: this.mediaChecks })
    provideLocalSecrets(opts.dataDir)
    holdContexts()
  }

  functionNames(): string[] {
    return listFunctions(this.functionsRoot)
  }

  getFunction(name: string): CloudFunction {
    let fn = this.functions.get(name)
    if (!fn) {
      if (!this.functionNames().includes(name)) throw new UnknownFunctionError(name)
      fn = loadFunction(name, this.functionsRoot)
      this.functions.set(name, fn)
    }
    return fn
  }

  invoke(name: string, event: Record<string, unknown>, caller: Caller): Promise<unknown> {
    return invokeFunction(this.getFunction(name), event, caller)
  }

  private closed = false

  close(): void {
    if (this.closed) return
    this.closed = true
    this.store.close()
    releaseContexts()
  }
}

export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`no cloud function named ${functionName}`)
  }
}
