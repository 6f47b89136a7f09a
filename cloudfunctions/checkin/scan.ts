// checkin: a member scans the station's rotating code (or types its 6-digit short code for an activity
// they picked) with an optional location. Checks, in order: attempt limit → the activity → a code of
// another activity than the one picked → already checked in → the code (signature, window of the
// code) → eligibility (dual management) → the activity's check-in window → the radius. Exactly once:
// the check-in's _id is `<activityId>:<memberId>`, so of concurrent scans the database lets one insert
// through; the others answer ALREADY_CHECKED_IN and write nothing. Every refusal of a bound member's
// well-formed request is recorded in `checkinRefusals` (the one deliberate write on an error path),
// bounded per member and 10 minutes (shared/domain/checkin/refusals.ts).
import type { CheckinRefusalCode } from '@shared/checkin/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull, isDuplicateKeyError } from '@server/db'
import { parseCode, verifyCode, verifyShortCode, type CodeRefusal } from '@shared/checkin/code'
import { eligibility } from '@shared/checkin/eligibility'
import { checkRadius } from '@shared/checkin/geo'
import { ATTEMPT_PERIOD_MS, isLimited, limitRecorded, refusalKind, refusalSlotIds, type RecentRefusal } from '@shared/checkin/refusals'
import { cstClock, cstDateTime, isLate, windowState } from '@shared/checkin/window'
import { AppError, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { asDate, toActivity } from './common'
import { checkinId, type ActivityDoc, type CheckinDoc, type OrgDoc, type RefusalDoc } from '@server/model'
import { activityId, latLng } from './schemas'

export { ATTEMPT_LIMIT, ATTEMPT_PERIOD_MS } from '@shared/checkin/refusals'

const TOO_MANY_MESSAGE = '签到失败次数过多，请 10 分钟后再试'
const SHORT_CODE_WRONG = '数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字'

const CODE_REFUSAL: Record<CodeRefusal, { code: CheckinRefusalCode; message: string }> = {
  malformed: { code: 'CODE_MALFORMED', message: '这不是有效的签到码，请扫描签到屏上的二维码' },
  forged: { code: 'CODE_FORGED', message: '签到码无效，请扫描签到屏上的二维码' },
  otherActivity: { code: 'CODE_OTHER_ACTIVITY', message: '这是另一个活动的签到码，请核对活动' },
  expired: { code: 'CODE_EXPIRED', message: '签到码已过期，请扫描签到屏上最新的二维码' },
  replayed: { code: 'CODE_REPLAYED', message: '签到码早已失效（可能是翻拍或转发的二维码），请到现场扫描签到屏' }
}

async function alreadyCheckedIn(db: Database, id: string): Promise<AppError | null> {
  const c = await getOrNull(db, 'checkins', id)
  if (!c) return null
  const at = asDate(c.checkedInAt)
  return new AppError('ALREADY_CHECKED_IN', `已于 ${cstClock(at)} 签到`, {
    checkedInAt: at.toISOString(),
    clock: cstClock(at),
    makeup: c.makeup
  })
}

export const checkin = action({
  schema: v.object({
    code: v.optional(v.string({ min: 1, max: 64, label: '签到码' })),
    activityId: v.optional(activityId()),
    shortCode: v.optional(v.string({ min: 1, max: 12, label: '数字签到码' })),
    location: v.optional(latLng('当前位置'))
  }),
  async handler(input, { db, openid, now }) {
    if ((input.code === undefined) === (input.shortCode === undefined)) {
      throw invalidInput('请提供签到码（扫码）或数字签到码（手动输入）之一', [
        { path: 'code', message: '签到码与数字签到码只能且必须提供一个' }
      ])
    }
    if (input.shortCode !== undefined && input.activityId === undefined) {
      throw invalidInput('手动输入数字签到码时须选择活动', [{ path: 'activityId', message: '活动编号为必填项' }])
    }
    const caller = await requireCaller(db, openid)
    const secret = requireSecret('CHECKIN_SECRET') // missing: CONFIG_MISSING before anything is recorded
    const via: RefusalDoc['via'] = input.code !== undefined ? 'code' : 'shortCode'
    const _ = db.command
    const recent = (
      await findAll(db, 'checkinRefusals', {
        memberId: caller.memberId,
        at: _.gte(new Date(now.getTime() - ATTEMPT_PERIOD_MS))
      })
    ).map((r): RecentRefusal => ({ code: r.code, at: asDate(r.at) }))
    // Eligibility at an activity, its org read once per request (a refusal's record and the check below
    // both need it). null: the org is gone.
    const orgReads = new Map<string, Promise<OrgDoc | null>>()
    const eligibleAt = async (a: ActivityDoc) => {
      if (!orgReads.has(a.orgId)) orgReads.set(a.orgId, getOrNull(db, 'orgs', a.orgId))
      const org = await orgReads.get(a.orgId)!
      return org
        ? { org, ...eligibility(caller.member, { orgId: org._id, orgKind: org.kind, orgParentId: org.parentId, open: a.open }) }
        : null
    }
    // A refusal names an activity only when the caller may check in there (or it is open): a member of
    // another branch must not put their name on any activity's refusal list.
    const recordedUnder = async (activity: ActivityDoc | null): Promise<string | null> =>
      activity && (await eligibleAt(activity))?.eligible ? activity._id : null
    // The short-code check's claimed slot (see below); a refusal about the code fills it instead of a new one.
    let claimedSlot: string | null = null
    const refuse = async (
      code: CheckinRefusalCode | 'TOO_MANY_ATTEMPTS',
      message: string,
      activity: ActivityDoc | null,
      details?: unknown
    ): Promise<never> => {
      const doc: RefusalDoc = { memberId: caller.memberId, openid, activityId: await recordedUnder(activity), at: now, code, via }
      if (claimedSlot !== null && refusalKind(code) === 'code') await fillClaim(db, claimedSlot, doc)
      else await recordRefusal(db, refusalSlotIds(caller.memberId, code, now, recent), doc)
      throw new AppError(code, message, details)
    }
    const activityOrNull = (id: string | undefined) => (id === undefined ? Promise.resolve(null) : getOrNull(db, 'activities', id))
    const parsed = input.code !== undefined ? parseCode(input.code) : null

    if (isLimited(recent, now)) {
      // Recorded once per 10 minutes, against the activity the attempt named if it exists.
      if (limitRecorded(recent, now)) throw new AppError('TOO_MANY_ATTEMPTS', TOO_MANY_MESSAGE)
      return refuse('TOO_MANY_ATTEMPTS', TOO_MANY_MESSAGE, await activityOrNull(parsed?.activityKey ?? input.activityId))
    }

    // The activity: named by the code, or picked by the member (short code). A refusal is recorded
    // against an activity only when it exists; otherwise with activityId null (attendance shows those
    // to the organisers of the member's orgs).
    let activity: ActivityDoc
    if (input.code !== undefined) {
      if (!parsed) return refuse('CODE_MALFORMED', CODE_REFUSAL.malformed.message, await activityOrNull(input.activityId))
      const named = await getOrNull(db, 'activities', parsed.activityKey)
      if (!named) return refuse('CODE_FORGED', CODE_REFUSAL.forged.message, await activityOrNull(input.activityId))
      activity = named
      // A code of another activity than the one picked is refused as such, even when the member is
      // already checked in at the code's activity.
      if (input.activityId !== undefined && input.activityId !== named._id) {
        const check = verifyCode(secret, input.code, now.getTime(), {
          rotateSeconds: named.rotateSeconds,
          expectedActivityKey: input.activityId
        })
        const picked = await activityOrNull(input.activityId)
        if (!check.ok && check.reason === 'otherActivity') return refuse('CODE_OTHER_ACTIVITY', CODE_REFUSAL.otherActivity.message, picked)
        return refuse('CODE_FORGED', CODE_REFUSAL.forged.message, named)
      }
    } else {
      const picked = await activityOrNull(input.activityId)
      if (!picked) return refuse('NOT_FOUND', '该活动不存在', null)
      activity = picked
    }

    const id = checkinId(activity._id, caller.memberId)
    const already = await alreadyCheckedIn(db, id)
    if (already) throw already

    if (via === 'shortCode') {
      // Six digits are guessable, and `recent` was read once: parallel guesses would all pass the limit
      // above. So each short-code check first claims one of the member's code-refusal slots of this
      // period (deterministic ids, the store refuses a duplicate): at most ATTEMPT_LIMIT checks per
      // member and 10-minute period, concurrently or not. A wrong code keeps its slot as its refusal;
      // a right one releases it.
      const draft: RefusalDoc = {
        memberId: caller.memberId,
        openid,
        activityId: await recordedUnder(activity),
        at: now,
        code: 'CODE_FORGED',
        via
      }
      claimedSlot = await claimSlot(db, refusalSlotIds(caller.memberId, 'CODE_FORGED', now, recent), draft)
      if (claimedSlot === null) {
        if (limitRecorded(recent, now)) throw new AppError('TOO_MANY_ATTEMPTS', TOO_MANY_MESSAGE)
        return refuse('TOO_MANY_ATTEMPTS', TOO_MANY_MESSAGE, activity)
      }
    }

    const check =
      input.code !== undefined
        ? verifyCode(secret, input.code, now.getTime(), { rotateSeconds: activity.rotateSeconds })
        : verifyShortCode(secret, activity._id, input.shortCode!, now.getTime(), activity.rotateSeconds)
    if (!check.ok) {
      const r = CODE_REFUSAL[check.reason]
      const message = via === 'shortCode' && check.reason === 'forged' ? SHORT_CODE_WRONG : r.message
      return refuse(r.code, message, activity)
    }
    if (claimedSlot !== null) {
      await releaseClaim(db, claimedSlot)
      claimedSlot = null // later refusals (window, eligibility, radius) are not about the code
    }

    const e = await eligibleAt(activity)
    if (!e) throw notFound('该组织不存在')
    const org = e.org
    if (!e.eligible) return refuse('NOT_ELIGIBLE', `你不在${org.name}参加组织生活，不能在该活动签到`, activity)

    const w = { opensAt: asDate(activity.opensAt), closesAt: asDate(activity.closesAt), lateAfter: asDate(activity.lateAfter) }
    const state = windowState(w, now)
    if (state === 'notOpen')
      return refuse('WINDOW_NOT_OPEN', `签到尚未开始，将于 ${cstDateTime(w.opensAt)} 开放`, activity, { opensAt: w.opensAt.toISOString() })
    if (state === 'closed')
      return refuse('WINDOW_CLOSED', `签到已于 ${cstDateTime(w.closesAt)} 结束`, activity, { closesAt: w.closesAt.toISOString() })

    const radius = checkRadius(activity.venue, input.location)
    if (!radius.ok && radius.reason === 'locationRequired')
      return refuse('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试', activity)
    if (!radius.ok && radius.reason === 'outOfRange') {
      return refuse('OUT_OF_RANGE', `你距活动地点约 ${radius.distanceM} 米，超出 ${radius.radiusM} 米的签到范围`, activity, {
        distanceM: radius.distanceM,
        radiusM: radius.radiusM
      })
    }

    const late = isLate(w, now)
    const doc: CheckinDoc = {
      _id: id,
      activityId: activity._id,
      memberId: caller.memberId,
      orgId: activity.orgId,
      checkedInAt: now,
      late,
      makeup: false,
      makeupReason: null,
      makeupBy: null,
      via,
      distanceM: radius.ok ? radius.distanceM : null
    }
    try {
      await db.collection('checkins').add({ data: doc })
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      throw (await alreadyCheckedIn(db, id)) ?? err
    }
    return { checkedInAt: now.toISOString(), clock: cstClock(now), late, activity: toActivity(activity, org.name, now) }
  }
})

/** Takes the first free slot for a short-code check (null: none left this period). */
async function claimSlot(db: Database, slotIds: string[], draft: RefusalDoc): Promise<string | null> {
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
async function fillClaim(db: Database, slotId: string, r: RefusalDoc): Promise<void> {
  try {
    await db
      .collection('checkinRefusals')
      .doc(slotId)
      .update({ data: { code: r.code, activityId: r.activityId } })
  } catch (e) {
    console.error('[checkin.checkin] could not record a refusal', e)
  }
}

async function releaseClaim(db: Database, slotId: string): Promise<void> {
  await db.collection('checkinRefusals').doc(slotId).remove()
}

/** Writes the refusal into the first free slot; none left (the member's cap is reached): not recorded. */
async function recordRefusal(db: Database, slotIds: string[], r: RefusalDoc): Promise<void> {
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
