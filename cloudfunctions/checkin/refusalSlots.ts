// The record of refused check-in attempts in `checkinRefusals`, one doc per slot: deterministic ids
// (shared/checkin/attemptLimit.ts) keep it bounded per member and 10-minute period, even under
// parallel requests (the store refuses a duplicate id). A short-code check first claims a slot, so a
// member's parallel guesses cannot run past the attempt limit; the claim is then filled with the
// refusal given, or released when the code was right.
import type { Database } from '@server/cloud'
import { findAll, isDuplicateKeyError } from '@server/db'
import type { RefusalDoc } from '@server/model'
import { ATTEMPT_PERIOD_MS, type RecentRefusal } from '@shared/checkin/attemptLimit'
import { asDate } from './common'

/** The member's refusals of the last 10 minutes (they hold the period's used slots). */
export async function recentRefusals(db: Database, memberId: string, now: Date): Promise<RecentRefusal[]> {
  const _ = db.command
  const docs = await findAll(db, 'checkinRefusals', { memberId, at: _.gte(new Date(now.getTime() - ATTEMPT_PERIOD_MS)) })
  return docs.map((r) => ({ code: r.code, at: asDate(r.at) }))
}

/** Takes the first free slot for a short-code check (null: none left this period). */
export async function claimSlot(db: Database, slotIds: string[], draft: RefusalDoc): Promise<string | null> {
  for (const _id of slotIds) {
    try {
      await db.collection('checkinRefusals').add({ data: { ...draft, _id } })
      return _id
    } catch (e) {
      if (isDuplicateKeyError(e)) continue // taken by a parallel request: try the next slot
      throw e // without a claim the check must not run: the limit would not hold
    }
  }
  return null
}

/** The claimed slot becomes the refusal actually given (CODE_EXPIRED rather than the draft's CODE_FORGED). */
export async function fillClaim(db: Database, slotId: string, r: RefusalDoc): Promise<void> {
  try {
    await db
      .collection('checkinRefusals')
      .doc(slotId)
      .update({ data: { code: r.code, activityId: r.activityId } })
  } catch (e) {
    console.error('[checkin.checkin] could not record a refusal', e)
  }
}

/** The code was right: the claim is not a refusal. */
export async function releaseClaim(db: Database, slotId: string): Promise<void> {
  await db.collection('checkinRefusals').doc(slotId).remove()
}

/** Writes the refusal into the first free slot; none left (the member's cap is reached): not recorded. */
export async function recordRefusal(db: Database, slotIds: string[], r: RefusalDoc): Promise<void> {
  for (const _id of slotIds) {
    try {
      await db.collection('checkinRefusals').add({ data: { ...r, _id } })
      return
    } catch (e) {
      if (isDuplicateKeyError(e)) continue // taken by a parallel request: try the next slot
      // The refusal stands even if its log entry cannot be written.
      console.error('[checkin.checkin] could not record a refusal', e)
      return
    }
  }
}
