// Answers the real SDK's database requests (TcbDBApiHttpRequester.send(api, data)) from the
// local engine, in the shapes CloudBase's HTTP API answers. Errors come back as {code, message},
// which the SDK turns into the same exceptions the cloud produces.
import type { Doc } from '@localcloud/store/ejson'
import { fromWire, fromWireDoc, toWire } from '@localcloud/store/ejson'
import type { Engine } from '@localcloud/store/engine'
import { StoreError, storeErrors } from '@localcloud/store/errors'
import type { Shape } from '@localcloud/store/mongo'

/** The request fields the handlers read (each action sends some of them; EJSON strings are still on the wire). */
export interface DbRequest {
  collectionName: string
  transactionId?: string
  query?: string
  order?: string
  offset?: number
  limit?: number
  queryType?: string
  projection?: string
  data?: unknown
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  stages?: unknown
}
type Handler = (engine: Engine, p: DbRequest, now: Date) => Promise<unknown> | unknown

const list = (docs: Doc[]) => ({ list: docs.map(toWire) })

const handlers: Record<string, Handler> = {
  'database.getDocument': (e, p, now) => ({
    data: list(
      e.find(
        p.collectionName,
        fromWireDoc(p.query ?? '{}', now),
        {
          order: p.order ? (fromWire(p.order, now) as Shape['order']) : undefined,
          offset: p.offset,
          limit: p.queryType === 'DOC' ? 1 : p.limit,
          projection: p.projection ? fromWireDoc(p.projection, now) : undefined
        },
        p.transactionId
      )
    )
  }),
  'database.calculateDocument': (e, p, now) => ({
    data: { total: e.count(p.collectionName, fromWireDoc(p.query ?? '{}', now), p.transactionId) }
  }),
  'database.insertDocument': async (e, p, now) => {
    if (!Array.isArray(p.data) || p.data.length === 0) throw storeErrors.invalidParam('insert data must be a non-empty array')
    const docs = p.data.map((d: string) => fromWireDoc(d, now))
    return { data: { insertedIds: await e.insert(p.collectionName, docs, p.transactionId) } }
  },
  'database.modifyDocument': async (e, p, now) => {
    const r = await e.modify(
      p.collectionName,
      fromWireDoc(p.query ?? '{}', now),
      fromWireDoc(p.data, now),
      { multi: p.multi !== false, merge: p.merge !== false, upsert: p.upsert === true },
      p.transactionId
    )
    return { data: { updated: r.updated, upsert_id: r.upsertId } }
  },
  'database.modifyAndReturnDoc': async (e, p, now) => {
    const r = await e.modify(
      p.collectionName,
      fromWireDoc(p.query ?? '{}', now),
      fromWireDoc(p.data, now),
      { multi: false, merge: true, upsert: false },
      p.transactionId
    )
    return { data: { updated: r.updated, doc: r.doc ? toWire(r.doc) : undefined } }
  },
  'database.removeDocument': async (e, p, now) => ({
    data: { deleted: await e.remove(p.collectionName, fromWireDoc(p.query ?? '{}', now), p.multi !== false, p.transactionId) }
  }),
  'database.aggregateDocuments': (e, p, now) => {
    if (!Array.isArray(p.stages)) throw storeErrors.invalidParam('stages must be an array')
    const pipeline = p.stages.map((s: { stageKey: string; stageValue: string }) => ({ [s.stageKey]: fromWire(s.stageValue, now) }))
    return { data: list(e.aggregate(p.collectionName, pipeline)) }
  },
  'database.addCollection': (e, p) => {
    if (e.store.collectionNames().includes(p.collectionName)) {
      throw new StoreError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${p.collectionName} already exists`)
    }
    e.store.ensureCollection(p.collectionName)
    return {}
  },
  'database.startTransaction': async (e) => ({ transactionId: await e.startTransaction() }),
  'database.commitTransaction': (e, p) => {
    e.commit(p.transactionId as string)
    return {}
  },
  'database.abortTransaction': (e, p) => {
    e.abort(p.transactionId as string)
    return {}
  }
}

/** The database actions the pinned SDK can send; the contract test checks this list against the SDK. */
export const SUPPORTED_DB_ACTIONS = Object.keys(handlers)

let requestSeq = 0

/** Database requests answered so far in this process: one per SDK round trip (the bench counts them). */
export const dbRequestCount = (): number => requestSeq

export async function answerDbRequest(engine: Engine, api: string, data: DbRequest | undefined, now = new Date()): Promise<unknown> {
  const requestId = `local-${process.pid}-${++requestSeq}`
  const handler = handlers[api]
  try {
    if (!handler) throw storeErrors.unsupported(`database action ${api}`)
    const res = (await handler(engine, data ?? { collectionName: '' }, now)) as Record<string, unknown>
    return { requestId, ...res }
  } catch (e) {
    if (e instanceof StoreError) return { requestId, code: e.code, message: e.message }
    return { requestId, code: 'DATABASE_REQUEST_FAILED', message: e instanceof Error ? e.message : String(e) }
  }
}
