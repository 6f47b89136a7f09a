// ping: the local cloud's end-to-end proof, kept as a deploy smoke test. It reads the caller's
// OPENID from the cloud context, writes and reads a document, counts the caller's pings in a
// transaction, and (timer) clears pings older than a week.
import { getDb, type Transaction } from '@server/cloud'
import { defineFunction, action } from '@server/router'
import { v } from '@server/validate'
import type { Reply } from '@shared/core/envelope'

export const PING_RETENTION_DAYS = 7

export const main = defineFunction({
  name: 'ping',
  timer: onTimer,
  actions: {
    ping: action({
      schema: v.object({ note: v.optional(v.string({ max: 100, label: '备注' })) }),
      auth: 'none',
      async handler(input, { openid, db }) {
        const pings = db.collection('ping')
        const added = (await pings.add({ data: { openid, note: input.note ?? '', at: db.serverDate() } })) as { _id: string }
        const readBack = ((await pings.doc(added._id).get()) as unknown as { data: { note: string; at: Date } }).data
        // One counter document per caller, its _id derived from the caller: a retry cannot fork it.
        const counterId = `count:${openid || 'anonymous'}`
        const count = await db.runTransaction(async (tx: Transaction) => {
          const counters = tx.collection('ping')
          let n = 0
          try {
            n = ((await counters.doc(counterId).get()) as { data: { n?: number } }).data.n ?? 0
          } catch {
            n = 0
          }
          await counters.doc(counterId).set({ data: { openid, n: n + 1, counter: true } })
          return n + 1
        })
        return { openid, id: added._id, note: readBack.note, at: readBack.at.toISOString(), count }
      }
    })
  }
})

/** The timer trigger in config.json: drop pings older than the retention period. */
async function onTimer(time: Date): Promise<Reply<{ removed: number }>> {
  const db = getDb()
  const _ = db.command
  const cutoff = new Date(time.getTime() - PING_RETENTION_DAYS * 86400_000)
  const res = (await db
    .collection('ping')
    .where({ counter: _.neq(true), at: _.lt(cutoff) })
    .remove()) as { stats: { removed: number } }
  return { ok: true, data: { removed: res.stats.removed } }
}
