// makeup (补签): only the secretary of the activity's org (for a party group: of its branch) records a
// check-in for one or several members with one reason; each is marked as a make-up. Once the check-in
// window has opened. All or nothing: every member is decided first (decideMakeup, pure) and one refusal
// writes nothing. Idempotent per member: a member already checked in is left as is (their record is
// answered, listed in `already`), so a retry after a lost reply finishes the rest and adds no duplicate.
import type { CheckinRecord } from '@shared/checkin/api'
import type { RoleGrant } from '@shared/member/api'
import { requireCaller } from '@server/auth'
import { findByIds, getOrNull, isDuplicateKeyError } from '@server/db'
import { canMakeup, eligibility } from '@shared/checkin/eligibility'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import { type ActivityDoc, checkinId, type CheckinDoc, type MemberDoc, type OrgDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { asDate, loadActivity, loadOrg, toRecord } from './common'
import { activityId, id } from './schemas'

const MAX_MEMBERS = 100

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

/** Who may add it, for whom, and when; the check-in to write (one member). */
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

/** One refusal for the whole request: the first one's code, every distinct message, who was refused in details. */
function refusedAll(refused: Array<{ memberId: string; error: AppError }>): AppError {
  const messages = [...new Set(refused.map((r) => r.error.message))]
  return new AppError(refused[0].error.code, messages.slice(0, 5).join('；') + (messages.length > 5 ? ' 等' : ''), {
    refused: refused.map((r) => ({ memberId: r.memberId, code: r.error.code, message: r.error.message }))
  })
}

export const makeup = action({
  schema: v.object({
    activityId: activityId(),
    memberIds: v.optional(v.array(id('党员编号'), { min: 1, max: MAX_MEMBERS, unique: true, label: '补签党员' })),
    memberId: v.optional(id('党员编号')),
    reason: v.string({ min: 2, max: 200, label: '补签原因' })
  }),
  async handler(input, { db, openid, now }) {
    if (!input.memberIds === !input.memberId) {
      const message = input.memberIds ? 'memberIds 与 memberId 只能给一个' : '请选择要补签的党员'
      throw invalidInput(message, [{ path: 'memberIds', message }])
    }
    const ids = input.memberIds ?? [input.memberId as string]
    const caller = await requireCaller(db, openid)
    const activity = await loadActivity(db, input.activityId)
    const org = await loadOrg(db, activity.orgId)
    const members = await findByIds(db, 'members', ids)
    const verdicts = ids.map((memberId) => ({
      memberId,
      verdict: decideMakeup({ now, caller, activity, org, member: members.get(memberId) ?? null, reason: input.reason })
    }))
    const refused = verdicts.flatMap(({ memberId, verdict }) => (verdict.ok ? [] : [{ memberId, error: verdict.error }]))
    if (refused.length) throw refusedAll(refused)

    const existing = await findByIds(
      db,
      'checkins',
      ids.map((mid) => checkinId(activity._id, mid))
    )
    const records: CheckinRecord[] = []
    const already: string[] = []
    for (const { verdict } of verdicts) {
      if (!verdict.ok) continue
      const { doc, member } = verdict
      let stored = existing.get(doc._id) ?? null
      if (!stored) {
        try {
          await db.collection('checkins').add({ data: doc })
        } catch (err) {
          // Checked in meanwhile (a scan, or a second tap of 确认补签): theirs stands.
          if (!isDuplicateKeyError(err)) throw err
          stored = await getOrNull(db, 'checkins', doc._id)
        }
      }
      if (stored) already.push(member._id)
      records.push(toRecord(stored ?? doc, member.name))
    }
    return { records, already, record: records[0] }
  }
})
