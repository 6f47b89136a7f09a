// The check-in verdict, pure: from what the handler read (facts) and `now`, whether the member is
// checked in or refused, with which answer, and under which activity a refusal is recorded. Checks, in
// order: attempt limit → the activity → a code of another activity than the one picked → already
// checked in → the code (signature, window of the code) → eligibility (dual management) → the
// activity's check-in window → the radius. scan.ts reads the facts and does the writes.
import type { CheckinErrorCode, LatLng } from '@shared/checkin/api'
import { isLimited, limitRecorded, type RecentRefusal } from '@shared/checkin/attemptLimit'
import { type CodeRefusal, parseCode, verifyCode, verifyShortCode } from '@shared/checkin/code'
import { eligibility } from '@shared/checkin/eligibility'
import { checkRadius } from '@shared/checkin/geo'
import { REFUSALS } from '@shared/checkin/refusals'
import { isLate, windowState } from '@shared/checkin/window'
import { cstClock, cstDateTime } from '@shared/core/time'
import type { ActivityDoc, CheckinDoc, MemberDoc, OrgDoc } from '@server/model'
import { asDate } from './common'

export interface ScanInput {
  code?: string
  activityId?: string
  shortCode?: string
  location?: LatLng
}

export interface ScanFacts {
  now: Date
  secret: string
  member: MemberDoc
  input: ScanInput
  /** The member's refusals of the last 10 minutes. */
  recent: RecentRefusal[]
  /** The activity the code names (null: no code, not a code, or no such activity). */
  named: ActivityDoc | null
  /** The activity the member picked (input.activityId; null: none picked or no such activity). */
  picked: ActivityDoc | null
  /** The orgs of `named` and `picked` (an org missing here is gone). */
  orgs: ReadonlyMap<string, OrgDoc>
  /** The member's check-in at the activity checked into (the code's, or the picked one for a short code). */
  existing: CheckinDoc | null
}

export interface Refused {
  ok: false
  code: CheckinErrorCode
  message: string
  details?: Record<string, unknown>
  /** Recorded in checkinRefusals under this activity (null: under none); null: not recorded. */
  record: { activityId: string | null } | null
}

export interface Admitted {
  ok: true
  activity: ActivityDoc
  org: OrgDoc
  late: boolean
  distanceM: number | null
}

/**
 * The verdict. `claimFirst`: a short code was checked, so one of the member's code-refusal slots must
 * be claimed before the answer is given (six digits are guessable and parallel guesses would all pass
 * the limit read once); the claim's draft is recorded under `activityId`. `keep`: the code was wrong,
 * the claim becomes this refusal's record; otherwise the claim is released.
 */
export type ScanVerdict = (Refused | Admitted) & { claimFirst: { activityId: string | null; keep: boolean } | null }

type CodeRefusalCode = 'CODE_MALFORMED' | 'CODE_FORGED' | 'CODE_OTHER_ACTIVITY' | 'CODE_EXPIRED' | 'CODE_REPLAYED'

const CODE_REFUSAL: Record<CodeRefusal, CodeRefusalCode> = {
  malformed: 'CODE_MALFORMED',
  forged: 'CODE_FORGED',
  otherActivity: 'CODE_OTHER_ACTIVITY',
  expired: 'CODE_EXPIRED',
  replayed: 'CODE_REPLAYED'
}

/** ALREADY_CHECKED_IN for an existing check-in (nothing recorded). */
export function alreadyCheckedIn(c: Pick<CheckinDoc, 'checkedInAt' | 'makeup'>): Refused {
  const at = asDate(c.checkedInAt)
  const clock = cstClock(at)
  return {
    ok: false,
    code: 'ALREADY_CHECKED_IN',
    message: `已于 ${clock} 签到`,
    details: { checkedInAt: at.toISOString(), clock, makeup: c.makeup },
    record: null
  }
}

/** The org of an activity and the member's eligibility there; null when the org is gone. */
function eligibleAt(f: ScanFacts, a: ActivityDoc) {
  const org = f.orgs.get(a.orgId)
  if (!org) return null
  return { org, ...eligibility(f.member, { orgId: org._id, orgKind: org.kind, orgParentId: org.parentId, open: a.open }) }
}

/**
 * The activity a refusal is recorded under: only one the member may check in at (or an open one), so
 * a member of another branch cannot put their name on any activity's refusal list.
 */
export function recordedUnder(f: ScanFacts, a: ActivityDoc | null): string | null {
  return a && eligibleAt(f, a)?.eligible ? a._id : null
}

const refused = (
  f: ScanFacts,
  code: CheckinErrorCode,
  message: string,
  under: ActivityDoc | null,
  details?: Record<string, unknown>
): Refused => ({
  ok: false,
  code,
  message,
  ...(details ? { details } : {}),
  record: { activityId: recordedUnder(f, under) }
})

/** TOO_MANY_ATTEMPTS: recorded once per 10 minutes, under the activity the attempt named. */
export function tooManyAttempts(f: ScanFacts, activity: ActivityDoc | null): Refused {
  const r = refused(f, 'TOO_MANY_ATTEMPTS', REFUSALS.TOO_MANY_ATTEMPTS.message, activity)
  return limitRecorded(f.recent, f.now) ? { ...r, record: null } : r
}

export function decideScan(f: ScanFacts): ScanVerdict {
  const { input, now } = f
  const none = (v: Refused | Admitted): ScanVerdict => ({ ...v, claimFirst: null })
  const parsed = input.code !== undefined ? parseCode(input.code) : null

  if (isLimited(f.recent, now)) return none(tooManyAttempts(f, parsed ? f.named : f.picked))

  // The activity: named by the code, or picked by the member (short code).
  let activity: ActivityDoc
  if (input.code !== undefined) {
    if (!parsed) return none(refused(f, 'CODE_MALFORMED', REFUSALS.CODE_MALFORMED.message, f.picked))
    if (!f.named) return none(refused(f, 'CODE_FORGED', REFUSALS.CODE_FORGED.message, f.picked))
    activity = f.named
    // A code of another activity than the one picked is refused as such, even when the member is
    // already checked in at the code's activity.
    if (input.activityId !== undefined && input.activityId !== activity._id) {
      const check = verifyCode(f.secret, input.code, now.getTime(), {
        rotateSeconds: activity.rotateSeconds,
        expectedActivityKey: input.activityId
      })
      if (!check.ok && check.reason === 'otherActivity')
        return none(refused(f, 'CODE_OTHER_ACTIVITY', REFUSALS.CODE_OTHER_ACTIVITY.message, f.picked))
      return none(refused(f, 'CODE_FORGED', REFUSALS.CODE_FORGED.message, activity))
    }
  } else {
    if (!f.picked) return none(refused(f, 'NOT_FOUND', REFUSALS.NOT_FOUND.message, null))
    activity = f.picked
  }

  if (f.existing) return none(alreadyCheckedIn(f.existing))

  const shortCode = input.code === undefined
  const claim = (keep: boolean) => (shortCode ? { activityId: recordedUnder(f, activity), keep } : null)
  const verdict = (v: Refused | Admitted): ScanVerdict => ({ ...v, claimFirst: claim(false) })

  const check =
    input.code !== undefined
      ? verifyCode(f.secret, input.code, now.getTime(), { rotateSeconds: activity.rotateSeconds })
      : verifyShortCode(f.secret, activity._id, input.shortCode ?? '', now.getTime(), activity.rotateSeconds)
  if (!check.ok) {
    const code = CODE_REFUSAL[check.reason]
    const typed = shortCode && check.reason === 'forged' ? REFUSALS.CODE_FORGED.typedMessage : undefined
    return { ...refused(f, code, typed ?? REFUSALS[code].message, activity), claimFirst: claim(true) }
  }

  const e = eligibleAt(f, activity)
  if (!e) return verdict({ ok: false, code: 'NOT_FOUND', message: '该组织不存在', record: null })
  const org = e.org
  if (!e.eligible) return verdict(refused(f, 'NOT_ELIGIBLE', REFUSALS.NOT_ELIGIBLE.message({ orgName: org.name }), activity))

  const w = { opensAt: asDate(activity.opensAt), closesAt: asDate(activity.closesAt), lateAfter: asDate(activity.lateAfter) }
  const state = windowState(w, now)
  if (state === 'notOpen') {
    const message = REFUSALS.WINDOW_NOT_OPEN.message({ opensAt: cstDateTime(w.opensAt) })
    return verdict(refused(f, 'WINDOW_NOT_OPEN', message, activity, { opensAt: w.opensAt.toISOString() }))
  }
  if (state === 'closed') {
    const message = REFUSALS.WINDOW_CLOSED.message({ closesAt: cstDateTime(w.closesAt) })
    return verdict(refused(f, 'WINDOW_CLOSED', message, activity, { closesAt: w.closesAt.toISOString() }))
  }

  const radius = checkRadius(activity.venue, input.location)
  if (!radius.ok && radius.reason === 'locationRequired')
    return verdict(refused(f, 'LOCATION_REQUIRED', REFUSALS.LOCATION_REQUIRED.message, activity))
  if (!radius.ok && radius.reason === 'outOfRange') {
    const { distanceM, radiusM } = radius
    return verdict(refused(f, 'OUT_OF_RANGE', REFUSALS.OUT_OF_RANGE.message({ distanceM, radiusM }), activity, { distanceM, radiusM }))
  }

  return verdict({ ok: true, activity, org, late: isLate(w, now), distanceM: radius.ok ? radius.distanceM : null })
}
