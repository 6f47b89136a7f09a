// Everything the functions sent to WeChat's open API (subscribe messages, mini-program codes),
// kept in the store so a developer can read it (GET /dev/outbox) and tests can assert on it.
import type { Doc } from '@localcloud/store/ejson'
import { newId } from '@localcloud/store/engine'
import type { SqliteStore } from '@localcloud/store/sqlite-store'

export const OUTBOX_COLLECTION = '_outbox'
/** Dev setting: OPENIDs that refused (or unsubscribed from) subscribe messages; their sends answer 43101. */
export const REFUSALS_COLLECTION = '_subscribeRefusals'

export interface OutboxEntry {
  _id: string
  at: Date
  api: string
  /** Who called: the OPENID of the request being served ('' for timers). */
  caller: string
  request: Doc
  ok: boolean
  errcode: number
  errmsg: string
}

export class Outbox {
  constructor(private readonly store: SqliteStore) {}

  record(entry: Omit<OutboxEntry, '_id'>): OutboxEntry {
    const doc = { _id: newId(), ...entry }
    this.store.atomic(() => this.store.insert(OUTBOX_COLLECTION, doc))
    return doc
  }

  /** Newest first. */
  list(limit = 100): OutboxEntry[] {
    // Only add() writes this collection.
    const all = [...this.store.scan(OUTBOX_COLLECTION)] as unknown as OutboxEntry[]
    return all.reverse().slice(0, limit)
  }

  /** Dev setting: make subscribeMessage.send to `openid` answer 43101 (refused), or undo it. */
  setSubscribeRefused(openid: string, refused = true): void {
    this.store.atomic(() => {
      const had = this.store.getById(REFUSALS_COLLECTION, openid, true)
      if (refused && !had) this.store.insert(REFUSALS_COLLECTION, { _id: openid, at: new Date() })
      if (!refused && had) this.store.delete(REFUSALS_COLLECTION, openid)
    })
  }

  /** The OPENIDs set to refuse, oldest first (the dev page lists them). */
  subscribeRefusals(): string[] {
    return [...this.store.scan(REFUSALS_COLLECTION)].map((d) => String(d._id))
  }

  isSubscribeRefused(openid: string): boolean {
    return this.store.getById(REFUSALS_COLLECTION, openid) !== null
  }
}
