// The database engine behind the SDK seam: CloudBase's document operations over the SQLite store
// with MongoDB semantics, plus serialised transactions.
import crypto from 'node:crypto'
import type { Doc } from './ejson'
import { storeErrors } from './errors'
import { equalityValues } from './equality'
import { keyOf } from './keys'
import { aggregate, applyUpdate, checkUpdate, clone, compileQuery, shape, type Shape } from './mongo'
import type { SqliteStore } from './sqlite-store'

/** CloudBase's caps: get() sends 100 when no limit is set and at most 1000. */
export const MAX_LIMIT = 1000
export const TRANSACTION_TIMEOUT_MS = 10_000

export interface ModifyOptions {
  multi: boolean
  /** true: `data` holds update operators; false: `data` replaces the document (set). */
  merge: boolean
  upsert: boolean
}

interface OpenTransaction {
  id: string
  /** The request that opened it (see Engine's `owner`). */
  owner: unknown
  timer: NodeJS.Timeout
  finished: Promise<void>
  finish: () => void
}

export class Engine {
  private tx: OpenTransaction | null = null

  /**
   * `owner` names the request being served (the local cloud passes its per-request identity).
   * A write without the transaction id from the request that holds the transaction could only
   * deadlock waiting for itself; it is refused at once instead.
   */
  constructor(
    readonly store: SqliteStore,
    private readonly owner: () => unknown = () => undefined
  ) {}

  find(coll: string, query: Doc, s: Shape, txId?: string): Doc[] {
    const useWriter = this.inTx(txId)
    const limit = Math.min(s.limit ?? 100, MAX_LIMIT)
    return shape(this.match(coll, query, useWriter), { ...s, limit })
  }

  count(coll: string, query: Doc, txId?: string): number {
    const useWriter = this.inTx(txId)
    if (!query || Object.keys(query).length === 0) return this.store.count(coll, useWriter)
    return this.match(coll, query, useWriter).length
  }

  aggregate(coll: string, pipeline: Doc[]): Doc[] {
    // A leading $match narrows the input through the indexes like any query.
    const first = pipeline[0]
    const input = first && '$match' in first ? this.match(coll, first.$match as Doc, false) : this.store.scan(coll)
    const rest = first && '$match' in first ? pipeline.slice(1) : pipeline
    return aggregate(input, rest, (name) => [...this.store.scan(name)])
  }

  async insert(coll: string, docs: Doc[], txId?: string): Promise<string[]> {
    await this.writable(txId)
    return this.store.atomic(() =>
      docs.map((input) => {
        const doc = { ...input }
        if (doc._id === undefined || doc._id === null) doc._id = newId()
        this.store.insert(coll, doc)
        return String(doc._id)
      })
    )
  }

  async modify(
    coll: string,
    query: Doc,
    data: Doc,
    opts: ModifyOptions,
    txId?: string
  ): Promise<{ updated: number; upsertId?: string; doc?: Doc }> {
    if (opts.merge) checkUpdate(data)
    else if (Object.keys(data).some((k) => k.startsWith('$')))
      throw storeErrors.invalidParam('set() data must not contain update operators')
    await this.writable(txId)
    return this.store.atomic(() => {
      const matched = this.match(coll, query, true)
      const targets = opts.multi ? matched : matched.slice(0, 1)
      let updated = 0
      let last: Doc | undefined
      for (const before of targets) {
        const after = opts.merge ? clone(before) : { ...clone(data), _id: before._id }
        const changed = opts.merge ? applyUpdate(after, data) : JSON.stringify(after) !== JSON.stringify(before)
        if (after._id !== before._id) throw storeErrors.invalidParam('_id cannot be changed')
        if (changed) {
          this.store.replace(coll, after)
          updated++
        }
        last = after
      }
      if (targets.length === 0 && opts.upsert) {
        const doc: Doc = opts.merge ? {} : clone(data)
        if (typeof query._id === 'string') doc._id = query._id
        if (opts.merge) applyUpdate(doc, data)
        if (doc._id === undefined) doc._id = newId()
        this.store.insert(coll, doc)
        return { updated: 0, upsertId: String(doc._id), doc }
      }
      return { updated, doc: last }
    })
  }

  async remove(coll: string, query: Doc, multi: boolean, txId?: string): Promise<number> {
    await this.writable(txId)
    return this.store.atomic(() => {
      const matched = this.match(coll, query, true)
      const targets = multi ? matched : matched.slice(0, 1)
      for (const doc of targets) this.store.delete(coll, String(doc._id))
      return targets.length
    })
  }

  /** Resolves when no transaction is open (tests restore the store between tests only then). */
  async idle(): Promise<void> {
    while (this.tx) await this.tx.finished
  }

  /** Transactions are serialised: one at a time, holding the writer until commit or abort. */
  async startTransaction(): Promise<string> {
    while (this.tx) await this.tx.finished
    const id = newId()
    let finish!: () => void
    const finished = new Promise<void>((resolve) => {
      finish = resolve
    })
    // An abandoned transaction (the function crashed or forgot to commit) is rolled back.
    const timer = setTimeout(() => this.abort(id), TRANSACTION_TIMEOUT_MS)
    timer.unref()
    this.tx = { id, owner: this.owner(), timer, finished, finish }
    this.store.begin()
    return id
  }

  commit(txId: string): void {
    this.end(txId, () => this.store.commit())
  }

  abort(txId: string): void {
    this.end(txId, () => this.store.rollback())
  }

  private end(txId: string, action: () => void): void {
    const tx = this.tx
    if (!tx || tx.id !== txId) throw storeErrors.transaction(`transaction ${txId} is not open (committed, aborted or timed out)`)
    clearTimeout(tx.timer)
    this.tx = null
    try {
      action()
    } finally {
      tx.finish()
    }
  }

  private inTx(txId?: string): boolean {
    if (txId === undefined) return false
    if (!this.tx || this.tx.id !== txId) throw storeErrors.transaction(`transaction ${txId} is not open (committed, aborted or timed out)`)
    return true
  }

  /** Writes outside the open transaction wait for it to end, so they never mix into it. */
  private async writable(txId?: string): Promise<void> {
    if (this.inTx(txId)) return
    const me = this.owner()
    if (this.tx && me !== undefined && this.tx.owner === me) {
      throw storeErrors.transaction('inside a transaction only single-document operations (doc().get/set/update/remove, add) are allowed')
    }
    while (this.tx) await this.tx.finished
  }

  private match(coll: string, query: Doc, useWriter: boolean): Doc[] {
    const compiled = compileQuery(query)
    const candidates = this.candidates(coll, query ?? {}, useWriter)
    const out: Doc[] = []
    for (const doc of candidates) if (compiled.test(doc)) out.push(doc)
    return out
  }

  /** The smallest superset of the matches the indexes can give; the query still tests each one. */
  private candidates(coll: string, query: Doc, useWriter: boolean): Iterable<Doc> {
    const id = equalityValues(query._id, isIndexable)
    if (id?.every((v) => typeof v === 'string')) return this.store.getByIds(coll, id as string[], useWriter)
    for (const conj of conjuncts(query)) {
      for (const [field, cond] of Object.entries(conj)) {
        if (field.startsWith('$')) continue
        const values = equalityValues(cond, isIndexable)
        if (!values) continue
        const found = this.store.getByIndex(coll, [field], values.map(keyOf), useWriter)
        if (found) return found
      }
    }
    return this.store.scan(coll, useWriter)
  }
}

/** The top-level query and the members of a top-level $and (the SDK encodes `_.and` that way). */
function conjuncts(query: Doc): Doc[] {
  const out = [query]
  if (Array.isArray(query.$and)) for (const q of query.$and) if (q && typeof q === 'object') out.push(q)
  return out
}

/** What an index can look up: the values its keys are made of (keys.ts). */
const isIndexable = (v: unknown): v is string | number | boolean | Date =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date

export function newId(): string {
  return crypto.randomBytes(16).toString('hex')
}
