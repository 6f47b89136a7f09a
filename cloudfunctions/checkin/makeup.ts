// makeup (补签): only the secretary of the activity's org (for a party group: of its branch) records a
// check-in for a member, with a reason; it is marked as a make-up. Once the check-in window has opened.
// The handler reads the facts, takes the verdict (decideMakeup, pure), then writes.
import type { RoleGrant } from '@shared/member/api'
import { requireCaller } from '@server/auth'
import { getOrNull, isDuplicateKeyError } from '@server/db'
import { canMakeup, eligibility } from '@shared/checkin/eligibility'
import { cstClock } from '@shared/core/time'
import { AppError, forbidden, notFound } from '@server/errors'
import { type ActivityDoc, checkinId, type CheckinDoc, type MemberDoc, type OrgDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { asDate, loadActivity, loadOrg, toRecord } from './common'
import { activityId, id } from './schemas'

export interface MakeupFacts {
  now: Date
  caller: { memberId: string; roles: RoleGrant[] }
  activity: ActivityDoc
  org: OrgDoc
  /** The member to check in (null: no such member). */
  member: MemberDoc | null
  reason: string
}

export type MakeupVerdict = { ok: true; doc: CheckinDoc; member: MemberDoc } | { ok: false; error: AppError }

/** Who may add it, for whom, and when; the check-in to write. */
export function decideMakeup(f: MakeupFacts): MakeupVerdict {
  const { activity, org, member, now } = f
  const refuse = (error: AppError): MakeupVerdict => ({ ok: false, error })
  if (!canMakeup(f.caller.roles, org)) return refuse(forbidden('只有该活动所属组织的书记可以补签'))
  if (!member) return refuse(notFound('该党员不存在'))
  const expected = (activity.expectedMemberIds ?? []).includes(member._id)
  if (!expected && !eligibility(member, { orgId: org._id, orgKind: org.kind, orgParentId: org.parentId, open: activity.open }).eligible) {
    return refuse(new AppError('NOT_ELIGIBLE', `${member.name}不在${org.name}参加组织生活，不能补签`))
  }
  if (now.getTime() < asDate(activity.opensAt).getTime()) return refuse(new AppError('WINDOW_NOT_OPEN', '活动签到尚未开始，不能补签'))
  const doc: CheckinDoc = {
    _id: checkinId(activity._id, member._id),
    activityId: activity._id,
    memberId: member._id,
    orgId: activity.orgId,
    checkedInAt: now,
    late: false,
    makeup: true,
    makeupReason: f.reason,
    makeupBy: f.caller.memberId,
    via: 'makeup',
    distanceM: null
  }
  return { ok: true, doc, member }
}

export const makeup = action({
  schema: v.object({
    activityId: activityId(),
    memberId: id('党员编号'),
    reason: v.string({ min: 2, max: 200, label: '补签原因' })
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const activity = await loadActivity(db, input.activityId)
    const org = await loadOrg(db, activity.orgId)
    const member = await getOrNull(db, 'members', input.memberId)
    const verdict = decideMakeup({ now, caller, activity, org, member, reason: input.reason })
    if (!verdict.ok) throw verdict.error
    const { doc } = verdict
    try {
      await db.collection('checkins').add({ data: doc })
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      const c = await getOrNull(db, 'checkins', doc._id)
      const at = c ? asDate(c.checkedInAt) : now
      throw new AppError('ALREADY_CHECKED_IN', `${verdict.member.name}已于 ${cstClock(at)} 签到`, {
        checkedInAt: at.toISOString(),
        clock: cstClock(at),
        makeup: !!c?.makeup
      })
    }
    return { record: toRecord(doc, verdict.member.name) }
  }
})
