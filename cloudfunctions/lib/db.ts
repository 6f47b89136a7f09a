// Database helpers over wx-server-sdk's Database. They paper over three real-cloud facts:
// doc(id).get() throws on a missing doc; get() returns at most 100 docs by default (1000 max);
// a duplicate key (unique index or _id) surfaces as a thrown error whose message names it.
// Reads name their collection and get its document type from the table in documents.ts.
import type { Database, Transaction } from './cloud'
import { AppError, conflict } from './errors'
import type { CollectionName, Documents, Stored } from './documents'

export const PAGE_SIZE = 1000
/** `_.in` lists are chunked to this size. */
export const IN_CHUNK = 100

type Where = Record<string, unknown> | object
/** A top-level field of collection C's documents. */
type FieldOf<C extends CollectionName> = keyof Documents[C] & string
/** A projection: the fields to read (`_id` always comes). */
type Projection<C extends CollectionName> = { [K in FieldOf<C>]?: true }
/** What a projection reads: its fields and `_id`. */
type Projected<C extends CollectionName, P> = Pick<Stored<C>, (keyof P & keyof Stored<C>) | '_id'>

/** What getOrNull reads through: the database, or a transaction (runTransaction's `t`). */
interface DocReader {
  collection(name: string): { doc(id: string): { get(): unknown } }
}

function errText(e: unknown): string {
  if (!e || typeof e !== 'object') return String(e)
  const o = e as { errCode?: unknown; errMsg?: unknown; message?: unknown; code?: unknown }
  return [o.errCode, o.code, o.errMsg, o.message].filter((x) => x !== undefined).join(' ')
}

/** True for "document does not exist" from doc(id).get(). */
export function isNotFoundError(e: unknown): boolean {
  return /does not exist|not exist|DOCUMENT_NOT_EXIST/i.test(errText(e))
}

/** True when a write failed on a unique index or an existing _id (MongoDB E11000; CloudBase -502001). */
export function isDuplicateKeyError(e: unknown): boolean {
  return /E11000|duplicate|-502001|DUPLICATE/i.test(errText(e))
}

/** doc(id).get() that answers null instead of throwing when the doc is missing. */
export async function getOrNull<C extends CollectionName>(db: DocReader, collection: C, id: string): Promise<Stored<C> | null> {
  try {
    const res = await db.collection(collection).doc(id).get()
    const data = (res as { data?: unknown }).data
    if (Array.isArray(data)) return (data[0] as Stored<C>) ?? null
    return (data as Stored<C> | null) ?? null
  } catch (e) {
    if (isNotFoundError(e)) return null
    throw e
  }
}

/** Every doc matching `where`, paged past the 100/1000 limits in _id order. `max` guards runaway reads. */
export async function findAll<C extends CollectionName, P extends Projection<C>>(
  db: Database,
  collection: C,
  where: Where,
  opts: { max?: number; field: P }
): Promise<Array<Projected<C, P>>>
export async function findAll<C extends CollectionName>(
  db: Database,
  collection: C,
  where?: Where,
  opts?: { max?: number }
): Promise<Array<Stored<C>>>
export async function findAll(
  db: Database,
  collection: CollectionName,
  where: Where = {},
  opts: { max?: number; field?: Record<string, true> } = {}
): Promise<Array<{ _id: string }>> {
  const max = opts.max ?? 20_000
  const out: Array<{ _id: string }> = []
  for (;;) {
    let q = db.collection(collection).where(where).orderBy('_id', 'asc').skip(out.length).limit(PAGE_SIZE)
    if (opts.field) q = q.field(opts.field)
    const res = await q.get()
    const page = (res as unknown as { data: Array<{ _id: string }> }).data
    out.push(...page)
    if (page.length < PAGE_SIZE) return out
    if (out.length >= max) throw new Error(`findAll(${collection}) exceeded ${max} docs`)
  }
}

/** The first doc matching `where` in the given order; null when none does. */
export async function findFirst<C extends CollectionName>(
  db: Database,
  collection: C,
  where: Where,
  orderBy: { field: FieldOf<C>; order: 'asc' | 'desc' }
): Promise<Stored<C> | null> {
  const res = await db.collection(collection).where(where).orderBy(orderBy.field, orderBy.order).limit(1).get()
  return ((res as unknown as { data: Array<Stored<C>> }).data[0] as Stored<C> | undefined) ?? null
}

/** Docs by id (missing ids are skipped), chunked `_.in` queries. */
export async function findByIds<C extends CollectionName>(db: Database, collection: C, ids: string[]): Promise<Map<string, Stored<C>>> {
  const _ = db.command
  const unique = [...new Set(ids)]
  const out = new Map<string, Stored<C>>()
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const docs = await findAll(db, collection, { _id: _.in(unique.slice(i, i + IN_CHUNK)) })
    for (const d of docs) out.set(d._id, d)
  }
  return out
}

/** Docs whose `field` is one of `values`, chunked. */
export async function findIn<C extends CollectionName>(
  db: Database,
  collection: C,
  field: FieldOf<C>,
  values: string[]
): Promise<Array<Stored<C>>> {
  const _ = db.command
  const unique = [...new Set(values)]
  const out: Array<Stored<C>> = []
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    out.push(...(await findAll(db, collection, { [field]: _.in(unique.slice(i, i + IN_CHUNK)) })))
  }
  return out
}

type AddData = Parameters<ReturnType<Database['collection']>['add']>[0]['data']

/** Adds several docs in one request: the SDK and the cloud take an array as `data`, the SDK's typings only one doc. */
export async function addMany(db: Database, collection: string, docs: object[]): Promise<void> {
  await db.collection(collection).add({ data: docs as AddData })
}

/** Removes the docs with these ids (used to undo a partly failed batch insert). */
export async function removeByIds(db: Database, collection: CollectionName, ids: string[]): Promise<void> {
  const _ = db.command
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    await db
      .collection(collection)
      .where({ _id: _.in(ids.slice(i, i + IN_CHUNK)) })
      .remove()
  }
}

/** The platform's transaction errors (CloudBase: DATABASE_TRANSACTION_CONFLICT/FAIL; the local store: DATABASE_TRANSACTION_FAIL). */
const isTransactionError = (e: unknown) =>
  !(e instanceof AppError) && /TRANSACTION/i.test(String((e as { message?: unknown })?.message ?? e))

/**
 * db.runTransaction, run again (up to 3 tries) when the platform aborts it because another transaction
 * touched the same document; still aborted → CONFLICT. An AppError thrown inside passes through.
 */
export async function inTransaction<T>(db: Database, fn: (t: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.runTransaction(fn)) as T
    } catch (e) {
      if (!isTransactionError(e)) throw e
      if (attempt >= 3) throw conflict('同时操作的人较多，请稍后重试')
    }
  }
}
