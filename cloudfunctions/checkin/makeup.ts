// makeup (补签): only the secretary of the activity's org (for a party group: of its branch) records a
// check-in for a member, with a reason; it is marked as a make-up. Once the check-in window has opened.
import { requireCaller } from '@server/auth'
import { getOrNull, isDuplicateKeyError } from '@server/db'
import { canMakeup, eligibility } from '@shared/checkin/eligibility'
import { cstClock } from '@shared/core/time'
import { AppError, forbidden, notFound } from '@server/errors'
import { checkinId, type CheckinDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { asDate, loadActivity, loadOrg, toRecord } from './common'
import { activityId, id } from './schemas'

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
    if (!canMakeup(caller.roles, org)) throw forbidden('只有该活动所属组织的书记可以补签')
    const member = await getOrNull(db, 'members', input.memberId)
    if (!member) throw notFound('该党员不存在')
    const expected = (activity.expectedMemberIds ?? []).includes(member._id)
    if (!expected && !eligibility(member, { orgId: org._id, orgKind: org.kind, orgParentId: org.parentId, open: activity.open }).eligible) {
      throw new AppError('NOT_ELIGIBLE', `${member.name}不在${org.name}参加组织生活，不能补签`)
    }
    if (now.getTime() < asDate(activity.opensAt).getTime()) throw new AppError('WINDOW_NOT_OPEN', '活动签到尚未开始，不能补签')
    const id = checkinId(activity._id, member._id)
    const doc: CheckinDoc = {
      _id: id,
      activityId: activity._id,
      memberId: member._id,
      orgId: activity.orgId,
      checkedInAt: now,
      late: false,
      makeup: true,
      makeupReason: input.reason,
      makeupBy: caller.memberId,
      via: 'makeup',
      distanceM: null
    }
    try {
      await db.collection('checkins').add({ data: doc })
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      const c = await getOrNull(db, 'checkins', id)
      const at = c ? asDate(c.checkedInAt) : now
      throw new AppError('ALREADY_CHECKED_IN', `${member.name}已于 ${cstClock(at)} 签到`, {
        checkedInAt: at.toISOString(),
        clock: cstClock(at),
        makeup: !!c?.makeup
      })
    }
    return { record: toRecord(doc, member.name) }
  }
})
