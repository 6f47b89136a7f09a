// The attempt limit of check-in, and how many refused attempts a member can add to the store. Every
// refusal is recorded, but the store stays bounded; by the refusal's kind (refusals.ts):
//   code   refusals about the code (CODE_*, a short code for an unknown activity): counted; from the
//          ATTEMPT_LIMIT-th in the last 10 minutes on, the member gets TOO_MANY_ATTEMPTS instead.
//   limit  TOO_MANY_ATTEMPTS itself: recorded once per member per 10 minutes.
//   other  window, eligibility, location: not counted (scanning early must not lock a member out),
//          recorded up to ATTEMPT_LIMIT per member per 10-minute period, answered beyond that.
// Records get deterministic ids `<memberId>:<period>:<kind>:<slot>` with slot < the kind's cap, so
// even parallel requests cannot add more than the caps per member and fixed 10-minute period: the
// store refuses the duplicate id.
import { type RefusalKind, refusalKind } from '@shared/checkin/refusals'

export const ATTEMPT_LIMIT = 10
export const ATTEMPT_PERIOD_MS = 10 * 60_000

export const RECORD_CAP: Record<RefusalKind, number> = { code: ATTEMPT_LIMIT, limit: 1, other: ATTEMPT_LIMIT }

export interface RecentRefusal {
  code: string
  at: Date
}

const within = (r: RecentRefusal, now: Date) => r.at.getTime() > now.getTime() - ATTEMPT_PERIOD_MS && r.at.getTime() <= now.getTime()

/** The member's code refusals in the last 10 minutes reached the limit. */
export function isLimited(recent: readonly RecentRefusal[], now: Date): boolean {
  return recent.filter((r) => within(r, now) && refusalKind(r.code) === 'code').length >= ATTEMPT_LIMIT
}

/** A TOO_MANY_ATTEMPTS was already recorded in the last 10 minutes (record it once only). */
export function limitRecorded(recent: readonly RecentRefusal[], now: Date): boolean {
  return recent.some((r) => within(r, now) && r.code === 'TOO_MANY_ATTEMPTS')
}

/** The fixed 10-minute period of an instant (epoch-aligned). */
export const periodOf = (at: Date): number => Math.floor(at.getTime() / ATTEMPT_PERIOD_MS)

/**
 * The ids a new refusal may take, in the order to try: the free slots of its kind in the current
 * period, starting after those the member already used. Empty when the cap is reached (answer, do
 * not record). `recent` must hold the member's refusals since the period began.
 */
export function refusalSlotIds(memberId: string, code: string, now: Date, recent: readonly RecentRefusal[]): string[] {
  const kind = refusalKind(code)
  const period = periodOf(now)
  const used = recent.filter((r) => periodOf(r.at) === period && refusalKind(r.code) === kind).length
  const ids: string[] = []
  for (let slot = used; slot < RECORD_CAP[kind]; slot++) ids.push(`${memberId}:${period.toString(36)}:${kind}:${slot}`)
  return ids
}
