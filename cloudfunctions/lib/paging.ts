// Timers page through a collection by _id (keyset paging: `_id > last`, no growing skip), a page at a
// time, so a daily run over 100,000 members stays well inside WeChat's 60 s and never holds them all.
import type { Database } from './cloud'
import type { CollectionName, Stored } from './documents'

export const TIMER_PAGE_SIZE = 500

/** Calls `each` with every page of docs matching `where`, in _id order; returns the number of pages read. */
export async function forEachPage<C extends CollectionName>(
  db: Database,
  collection: C,
  where: object,
  field: Record<string, true>,
  each: (docs: Array<Stored<C>>) => Promise<void>,
  pageSize = TIMER_PAGE_SIZE
): Promise<number> {
  const _ = db.command
  let last: string | null = null
  let pages = 0
  for (;;) {
    const cond: object = last === null ? where : _.and([where, { _id: _.gt(last) }])
    const res: unknown = await db.collection(collection).where(cond).orderBy('_id', 'asc').limit(pageSize).field(field).get()
    const docs: Array<Stored<C>> = (res as { data: Array<Stored<C>> }).data
    pages++
    if (docs.length) await each(docs)
    if (docs.length < pageSize) return pages
    last = docs[docs.length - 1]._id
  }
}
