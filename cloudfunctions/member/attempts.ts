// Bind attempt counters in `bindAttempts`, one doc per key, updated in a transaction so concurrent
// failed tries are all counted.
import type { Database, Transaction } from '@server/cloud'
import { getOrNull } from '@server/db'
import { lockStatus, recordFailure, type LockState, type LockStatus } from '@shared/member/bindLock'

export const memberKey = (memberId: string) => `member:${memberId}`
export const openidKey = (openid: string) => `openid:${openid}`

export async function statusOf(db: Database, key: string, now: Date): Promise<LockStatus> {
  return lockStatus(await getOrNull(db, 'bindAttempts', key), now)
}

/** Counts one failed try against each key; returns the statuses after it. */
export async function fail(db: Database, keys: string[], now: Date): Promise<LockStatus[]> {
  const out: LockStatus[] = []
  for (const key of keys) {
    const next: LockState = await db.runTransaction(async (t: Transaction) => {
      const state = recordFailure(await getOrNull(t, 'bindAttempts', key), now)
      await t
        .collection('bindAttempts')
        .doc(key)
        .set({ data: { failures: state.failures, lockedUntil: state.lockedUntil, updatedAt: now } })
      return state
    })
    out.push(lockStatus(next, now))
  }
  return out
}

/** Forgets the failed tries of these keys (after a successful bind). Best effort. */
export async function clear(db: Database, keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await db.collection('bindAttempts').doc(key).remove()
    } catch (e) {
      console.warn('[member.bind] could not clear attempts', key, e)
    }
  }
}
