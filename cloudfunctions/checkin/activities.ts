// createActivity: an organiser of the org (secretary, deputy, committee member; for a party group also
// its leader and its branch's organisers) creates an activity; the expected members are the org's
// members at that moment, or the ones the organiser chose (each doing org life there). listActivities: "my activities" for a member, the org's for an organiser.
import { ACTIVITY_TYPES, type MyActivity, type OrganiserActivity } from '@shared/checkin/api'
import type { RoleGrant } from '@shared/member/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import { attendance, statusOf } from '@shared/checkin/attendance'
import { DEFAULT_ROTATE_SECONDS, newActivityId } from '@shared/checkin/code'
import { canOrganise, canReadAttendance, isExpected, notExpectable } from '@shared/checkin/eligibility'
import { DEFAULT_RADIUS_M } from '@shared/checkin/geo'
import { cstQuarter, quarterAttendance } from '@shared/checkin/quarter'
import { activityStage } from '@shared/checkin/stage'
import { activityTimeProblem, checkinWindow } from '@shared/checkin/window'
import { forbidden, invalidInput, notFound } from '@server/errors'
import type { ActivityDoc, CheckinDoc, OrgDoc } from '@server/model'
import { action } from '@server/router'
import { addDaysYmd, cstDate, cstRange, daysBetweenYmd } from '@shared/core/time'
import { v } from '@server/validate'
import { asDate, committeeIdOf, loadOrg, orgNames, toActivity } from './common'
import { id, instant, num } from './schemas'

const MAX_EXPECTED = 500

export const createActivity = action({
  schema: v.object({
    type: v.enum(ACTIVITY_TYPES, { label: '活动类型' }),
    title: v.string({ min: 1, max: 60, label: '活动名称' }),
    orgId: id('组织编号'),
    startAt: instant({ label: '开始时间' }),
    endAt: instant({ label: '结束时间' }),
    window: v.optional(
      v.object(
        {
          opensMinutesBefore: v.optional(v.int({ min: 0, max: 1440, label: '提前开放签到分钟数' })),
          closesMinutesAfter: v.optional(v.int({ min: 0, max: 1440, label: '结束后保留签到分钟数' })),
          lateAfterMinutes: v.optional(v.int({ min: 0, max: 240, label: '迟到宽限分钟数' }))
        },
        { label: '签到时段' }
      )
    ),
    open: v.optional(v.boolean({ label: '是否允许其他组织党员参加' })),
    venue: v.optional(
      v.object(
        {
          lat: num({ label: '纬度', min: -90, max: 90 }),
          lng: num({ label: '经度', min: -180, max: 180 }),
          radiusM: v.optional(v.int({ min: 50, max: 5000, label: '签到半径（米）' }))
        },
        { label: '活动地点' }
      )
    ),
    stationIds: v.optional(v.array(id('站点编号'), { max: 10, unique: true, label: '签到站点' })),
    rotateSeconds: v.optional(v.int({ min: 10, max: 300, label: '二维码刷新秒数' })),
    expectedMemberIds: v.optional(v.array(id('党员编号'), { max: MAX_EXPECTED, unique: true, label: '应到党员' }))
  }),
  async handler(input, { db, openid, now }) {
    const timeProblem = activityTimeProblem(input.startAt, input.endAt, now)
    if (timeProblem) throw invalidInput(timeProblem.message, [timeProblem])

    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!canOrganise(caller.roles, org)) throw forbidden('只有该组织的书记、副书记、支委（党小组：组长）可以创建活动')

    const stationIds = input.stationIds ?? []
    if (stationIds.length) {
      const stations = await findByIds(db, 'stations', stationIds)
      for (const sid of stationIds) {
        const s = stations.get(sid)
        if (!s) throw notFound('签到站点不存在')
        if (s.orgId !== org._id && s.orgId !== org.parentId)
          throw invalidInput('签到站点不属于该组织', [{ path: 'stationIds', message: `站点 ${s.name} 不属于该组织` }])
      }
    }

    const expectedMemberIds = await expectedOf(db, org, input.expectedMemberIds)
    const w = checkinWindow(input.startAt, input.endAt, input.window ?? {})
    const doc: ActivityDoc = {
      _id: newActivityId(),
      type: input.type,
      title: input.title,
      orgId: org._id,
      startAt: input.startAt,
      endAt: input.endAt,
      opensAt: w.opensAt,
      closesAt: w.closesAt,
      lateAfter: w.lateAfter,
      open: input.open ?? false,
      venue: input.venue ? { lat: input.venue.lat, lng: input.venue.lng, radiusM: input.venue.radiusM ?? DEFAULT_RADIUS_M } : null,
      stationIds,
      rotateSeconds: input.rotateSeconds ?? DEFAULT_ROTATE_SECONDS,
      expectedMemberIds,
      createdBy: caller.memberId,
      createdAt: now
    }
    await db.collection('activities').add({ data: doc })
    return { activity: toActivity(doc, org.name, now) }
  }
})

/** The chosen expected members (each must do org life in the org; a group: be in it), or all the org's members. */
async function expectedOf(db: Database, org: OrgDoc, chosen: string[] | undefined): Promise<string[]> {
  const activityOrg = { orgId: org._id, orgKind: org.kind }
  if (!chosen) {
    const members = await findAll(db, 'members', org.kind === 'group' ? { groupId: org._id } : { activeOrgIds: org._id })
    return members
      .filter((m) => isExpected(m, activityOrg))
      .map((m) => m._id)
      .sort()
  }
  const members = await findByIds(db, 'members', chosen)
  const { unknown, outside } = notExpectable(chosen, members, activityOrg)
  if (unknown.length || outside.length) {
    const at = (mid: string) => `expectedMemberIds.${chosen.indexOf(mid)}`
    const place = org.kind === 'group' ? '不是该党小组成员' : '不在该组织过组织生活'
    const details = [
      ...unknown.map((mid) => ({ path: at(mid), message: `党员 ${mid} 不存在` })),
      ...outside.map((mid) => ({ path: at(mid), message: `${members.get(mid)?.name}（${mid}）${place}` }))
    ]
    const bad = [...unknown, ...outside]
    throw invalidInput(`应到党员不属于该组织：${bad.slice(0, 10).join('、')}${bad.length > 10 ? ` 等 ${bad.length} 人` : ''}`, details)
  }
  return [...chosen].sort()
}

/**
 * The CST date range of a listing: default 90 days back (at least to the start of this CST quarter, whose
 * totals my activities show) to 60 days ahead; at most 366 days.
 */
export function listRange(now: Date, from?: string, to?: string): { from: string; to: string } {
  const today = cstDate(now)
  const back = addDaysYmd(to ?? today, -90)
  const quarterStart = cstQuarter(now).from
  const f = from ?? (to === undefined && quarterStart < back ? quarterStart : back)
  const t = to ?? addDaysYmd(from ?? today, from ? 150 : 60)
  const span = daysBetweenYmd(f, t)
  if (span < 0) throw invalidInput('结束日期不能早于开始日期', [{ path: 'to', message: '结束日期不能早于开始日期' }])
  if (span > 366) throw invalidInput('日期范围不能超过一年', [{ path: 'to', message: '日期范围不能超过一年' }])
  return { from: f, to: t }
}

/** Orgs whose activities the caller organises: their own grants, plus the party groups under a branch they organise. */
export async function organisedOrgs(db: Database, roles: RoleGrant[]): Promise<OrgDoc[]> {
  const direct = [...new Set(roles.map((r) => r.orgId))]
  const orgs = [...(await findByIds(db, 'orgs', direct)).values()]
  const children = await findIn(
    db,
    'orgs',
    'parentId',
    orgs.map((o) => o._id)
  )
  const all = new Map<string, OrgDoc>()
  for (const o of [...orgs, ...children]) if (canOrganise(roles, o)) all.set(o._id, o)
  return [...all.values()]
}

async function summaries(db: Database, activities: ActivityDoc[]): Promise<Map<string, CheckinDoc[]>> {
  const checkins = await findIn(
    db,
    'checkins',
    'activityId',
    activities.map((a) => a._id)
  )
  const by = new Map<string, CheckinDoc[]>()
  for (const c of checkins) by.set(c.activityId, [...(by.get(c.activityId) ?? []), c])
  return by
}

export function withSummary(a: ActivityDoc, orgName: string, checkins: CheckinDoc[], now: Date): OrganiserActivity {
  const facts = checkins.map((c) => ({ memberId: c.memberId, checkedInAt: asDate(c.checkedInAt), late: c.late, makeup: c.makeup }))
  return { ...toActivity(a, orgName, now), summary: attendance(a.expectedMemberIds ?? [], facts, activityStage(a, now)).summary }
}

export const listActivities = action({
  schema: v.object({
    view: v.optional(v.enum(['member', 'organiser'] as const, { label: '视图' })),
    orgId: v.optional(id('组织编号')),
    from: v.optional(v.date({ label: '开始日期' })),
    to: v.optional(v.date({ label: '结束日期' }))
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const range = listRange(now, input.from, input.to)
    const { start, end } = cstRange(range.from, range.to)
    const _ = db.command
    const inRange = { startAt: _.gte(start).and(_.lt(end)) }

    if ((input.view ?? 'member') === 'organiser') {
      let orgs: OrgDoc[]
      if (input.orgId) {
        const org = await loadOrg(db, input.orgId)
        if (!canReadAttendance(caller.roles, org, await committeeIdOf(db, org))) throw forbidden('只能查看你所组织的活动')
        orgs = [org]
      } else {
        orgs = await organisedOrgs(db, caller.roles)
      }
      if (!orgs.length) return { activities: [] }
      const activities = await findAll(db, 'activities', { orgId: _.in(orgs.map((o) => o._id)), ...inRange })
      activities.sort((a, b) => asDate(b.startAt).getTime() - asDate(a.startAt).getTime())
      const by = await summaries(db, activities)
      const names = new Map(orgs.map((o) => [o._id, o.name]))
      return { activities: activities.map((a) => withSummary(a, names.get(a.orgId) ?? a.orgId, by.get(a._id) ?? [], now)) }
    }

    const me = caller.member
    const lifeOrgs = [...new Set([...(me.activeOrgIds ?? []), ...(me.groupId ? [me.groupId] : [])])]
    const listed = await findAll(db, 'activities', _.and([_.or([{ expectedMemberIds: me._id }, { orgId: _.in(lifeOrgs) }]), inRange]))
    const mine = await findAll(db, 'checkins', { memberId: me._id })
    const byActivity = new Map(mine.map((c) => [c.activityId, c]))
    const missing = mine.map((c) => c.activityId).filter((aid) => !listed.some((a) => a._id === aid))
    const guestOf = [...(await findByIds(db, 'activities', missing)).values()].filter((a) => {
      const t = asDate(a.startAt).getTime()
      return t >= start.getTime() && t < end.getTime()
    })
    const all = [...listed, ...guestOf]
    const names = await orgNames(db, [...new Set(all.map((a) => a.orgId))])
    const out: MyActivity[] = all.map((a) => {
      const c = byActivity.get(a._id) ?? null
      const act = toActivity(a, names.get(a.orgId) ?? a.orgId, now)
      const expected = (a.expectedMemberIds ?? []).includes(me._id)
      const fact = c ? { memberId: c.memberId, checkedInAt: asDate(c.checkedInAt), late: c.late, makeup: c.makeup } : null
      const status = c || act.stage === 'ended' ? statusOf(fact, expected, act.stage) : null
      return {
        ...act,
        mine: { status, checkedInAt: c ? asDate(c.checkedInAt).toISOString() : null, late: !!c?.late, makeup: !!c?.makeup, expected }
      }
    })
    const upcoming = out.filter((a) => a.phase !== 'ended').sort((a, b) => a.startAt.localeCompare(b.startAt))
    const past = out.filter((a) => a.phase === 'ended').sort((a, b) => b.startAt.localeCompare(a.startAt))
    return { upcoming, past, quarter: quarterAttendance(out, now) }
  }
})
