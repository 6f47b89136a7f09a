// upcoming (the next N days, default 30, of an org the caller serves), monthlyList (a month's birthdays
// of an org: the collective birthday) and makeBirthdayActivity (that list as a 主题党日 check-in activity
// with those members expected, under the check-in function's creation rules from shared/checkin).
import { upcomingOf, UPCOMING_DAYS, type BirthdayMember } from '@shared/birthday/upcoming'
import { birthdayRelation } from '@shared/birthday/served'
import { DEFAULT_ROTATE_SECONDS, newActivityId } from '@shared/checkin/code'
import { canOrganise, isExpected } from '@shared/checkin/eligibility'
import { activityTimeProblem, checkinWindow } from '@shared/checkin/window'
import { addDaysYmd, cstDate, daysBetweenYmd } from '@shared/core/time'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findIn } from '@server/db'
import { AppError, forbidden, invalidInput } from '@server/errors'
import type { ActivityDoc, MemberDoc } from '@server/model'
import { action } from '@server/router'
import { id, instant, v } from '@server/validate'
import { defaultOrgOf, loadOrg, requireServing } from './access'

const month = () => v.string({ min: 7, max: 7, label: '月份', pattern: /^\d{4}-(0[1-9]|1[0-2])$/, patternMessage: '月份格式应为 YYYY-MM' })

/** The org's members for birthdays: greeted here, or at home here. */
async function membersOf(db: Database, orgId: string): Promise<MemberDoc[]> {
  const byId = new Map<string, MemberDoc>()
  for (const m of [...(await findIn(db, 'members', 'assessingOrgId', [orgId])), ...(await findIn(db, 'members', 'homeOrgId', [orgId]))])
    if (m.partyStatus === 'full' || m.partyStatus === 'probationary') byId.set(m._id, m)
  return [...byId.values()]
}

const slim = (m: MemberDoc): BirthdayMember => ({
  _id: m._id,
  name: m.name,
  joinedAt: m.joinedAt ?? null,
  homeOrgId: m.homeOrgId,
  assessingOrgId: m.assessingOrgId
})

export const upcoming = action({
  schema: v.object({
    orgId: v.optional(id('组织编号')),
    days: v.optional(v.int({ min: 1, max: 366, label: '天数' }))
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const orgId = input.orgId ?? defaultOrgOf(caller)
    requireServing(caller, orgId)
    const org = await loadOrg(db, orgId)
    const days = input.days ?? UPCOMING_DAYS
    const from = cstDate(now)
    const items = upcomingOf((await membersOf(db, orgId)).map(slim), orgId, from, days)
    return { orgId, orgName: org.name, from, to: addDaysYmd(from, days - 1), items }
  }
})

/** The birthdays in `month` (YYYY-MM) of the members greeted by `orgId`. */
async function monthOf(db: Database, orgId: string, m: string) {
  const first = `${m}-01`
  const next = addDaysYmd(`${m}-28`, 4).slice(0, 7)
  const days = daysBetweenYmd(first, `${next}-01`)
  const members = (await membersOf(db, orgId)).filter((x) => birthdayRelation(x, orgId) === 'own').map(slim)
  return upcomingOf(members, orgId, first, days)
}

export const monthlyList = action({
  schema: v.object({ orgId: id('组织编号'), month: month() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    requireServing(caller, input.orgId)
    await loadOrg(db, input.orgId)
    return { orgId: input.orgId, month: input.month, items: await monthOf(db, input.orgId, input.month) }
  }
})

export const makeBirthdayActivity = action({
  schema: v.object({
    orgId: id('组织编号'),
    month: month(),
    startAt: instant({ label: '开始时间' }),
    endAt: instant({ label: '结束时间' }),
    title: v.optional(v.string({ min: 1, max: 60, label: '活动名称' }))
  }),
  async handler(input, { db, openid, now }) {
    const problem = activityTimeProblem(input.startAt, input.endAt, now)
    if (problem) throw invalidInput(problem.message, [problem])
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!canOrganise(caller.roles, org)) throw forbidden('只有该组织的书记、副书记、支委可以创建活动')
    const items = await monthOf(db, org._id, input.month)
    const members = await findIn(
      db,
      'members',
      '_id',
      items.map((i) => i.memberId)
    )
    const expectedMemberIds = members
      .filter((m) => isExpected(m, { orgId: org._id, orgKind: org.kind }))
      .map((m) => m._id)
      .sort()
    if (!expectedMemberIds.length) throw new AppError('NO_BIRTHDAYS', `${input.month} 没有在本组织过政治生日的党员`)
    const w = checkinWindow(input.startAt, input.endAt)
    const doc: ActivityDoc = {
      _id: newActivityId(),
      type: 'themeDay',
      title: input.title ?? `${Number(input.month.slice(5))}月集体政治生日`,
      orgId: org._id,
      startAt: input.startAt,
      endAt: input.endAt,
      opensAt: w.opensAt,
      closesAt: w.closesAt,
      lateAfter: w.lateAfter,
      open: false,
      venue: null,
      stationIds: [],
      rotateSeconds: DEFAULT_ROTATE_SECONDS,
      expectedMemberIds,
      createdBy: caller.memberId,
      createdAt: now
    }
    await db.collection('activities').add({ data: doc })
    return { activityId: doc._id, expectedMemberIds }
  }
})
