// Timers page through a collection by _id (keyset paging: `_id > last`, no growing skip), a page at a
// time, so a daily run over 100,000 members stays well inside WeChat's 60 s and never holds them all.
// `where` should name an indexed field by equality (e.g. one org's members): the condition on _id is
// added beside it (a plain object, not _.and), so both the cloud and the local store find candidates by
// that index instead of scanning the collection for every page.
import type { Database } from './cloud'
import type { CollectionName, Stored } from './documents'

/** WeChat's server-side get() returns at most 1000 documents. */
export const TIMER_PAGE_SIZE = 1000

/** Calls `each` with every page of docs matching `where`, in _id order; returns the number of pages read. */
export async function forEachPage<C extends CollectionName>(
  db: Database,
  collection: C,
  where: Record<string, unknown>,
  field: Record<string, true>,
  each: (docs: Array<Stored<C>>) => Promise<void>,
  pageSize = TIMER_PAGE_SIZE
): Promise<number> {
  const _ = db.command
  let last: string | null = null
  let pages = 0
  for (;;) {
    const cond: object = last === null ? where : { ...where, _id: _.gt(last) }
    const res: unknown = await db.collection(collection).where(cond).orderBy('_id', 'asc').limit(pageSize).field(field).get()
    const docs: Array<Stored<C>> = (res as { data: Array<Stored<C>> }).data
    pages++
    if (docs.length) await each(docs)
    if (docs.length < pageSize) return pages
    last = docs[docs.length - 1]._id
  }
}

/** How many sends a timer keeps in flight: round trips overlap, the cloud's connection limits are respected. */
export const SEND_CONCURRENCY = 8

/** Runs `fn` over `items` with at most `limit` in flight; resolves when all are done (the first error rejects). */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
