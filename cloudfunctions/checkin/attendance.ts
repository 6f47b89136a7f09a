// attendance: one activity's expected / present / absent / late / make-up / rate, with the refused
// attempts at it and those naming no activity by the org's members during its window. ledger (台账): one
// row per member per activity of an org (and its party groups) over a CST date range (ledgerXlsx writes
// the same rows as a spreadsheet). Organisers of the org, and the staff of its committee.
import type { AttendanceRow, CheckinApi, LedgerRow, Refusal } from '@shared/checkin/api'
import { ACTIVITY_TYPE_LABEL } from '@shared/checkin/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import { attendance as summarise, type CheckinFact } from '@shared/checkin/attendance'
import { canReadAttendance, isExpected } from '@shared/checkin/eligibility'
import { activityStage } from '@shared/checkin/stage'
import { forbidden, invalidInput } from '@server/errors'
import type { ActivityDoc, CheckinDoc, OrgDoc, RefusalDoc } from '@server/model'
import { action, type ActionContext } from '@server/router'
import { cstClock, cstDate, cstRange, daysBetweenYmd } from '@shared/core/time'
import { v } from '@server/validate'
import { withSummary } from './activities'
import { asDate, checkinsOf, committeeIdOf, loadActivity, loadOrg, memberNames, toActivity } from './common'
import { activityId, id } from './schemas'
import { refusalLabel } from '@shared/checkin/refusals'

const fact = (c: CheckinDoc): CheckinFact => ({ memberId: c.memberId, checkedInAt: asDate(c.checkedInAt), late: c.late, makeup: c.makeup })

export const attendance = action({
  schema: v.object({ activityId: activityId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const activity = await loadActivity(db, input.activityId)
    const org = await loadOrg(db, activity.orgId)
    if (!canReadAttendance(caller.roles, org, await committeeIdOf(db, org))) throw forbidden('只能查看你所组织活动的考勤')
    const checkins = await checkinsOf(db, activity._id)
    const byMember = new Map(checkins.map((c) => [c.memberId, c]))
    const refusals = (await findAll(db, 'checkinRefusals', { activityId: activity._id })).sort(
      (a, b) => asDate(b.at).getTime() - asDate(a.at).getTime()
    )
    const { summary, lines } = summarise(activity.expectedMemberIds ?? [], checkins.map(fact), activityStage(activity, now))
    const names = await memberNames(db, [...lines.map((l) => l.memberId), ...refusals.map((r) => r.memberId)])
    const rows: AttendanceRow[] = lines.map((l) => {
      const c = byMember.get(l.memberId)
      const row: AttendanceRow = {
        memberId: l.memberId,
        name: names.get(l.memberId) ?? l.memberId,
        expected: l.expected,
        status: l.status,
        checkedInAt: c ? asDate(c.checkedInAt).toISOString() : null,
        clock: c ? cstClock(asDate(c.checkedInAt)) : null
      }
      if (c?.makeup && c.makeupReason) row.makeupReason = c.makeupReason
      return row
    })
    const order = { late: 0, present: 1, makeup: 2, guest: 3, pending: 4, absent: 4 }
    rows.sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (a.checkedInAt ?? '').localeCompare(b.checkedInAt ?? '') ||
        a.name.localeCompare(b.name, 'zh-Hans-CN')
    )
    const toRefusal = (r: RefusalDoc, name: string): Refusal => ({
      memberId: r.memberId,
      name,
      at: asDate(r.at).toISOString(),
      code: r.code as Refusal['code'],
      message: refusalLabel(r.code)
    })
    const memberRefusals = await withoutActivity(db, activity, org)
    return {
      activity: toActivity(activity, org.name, now),
      summary,
      rows,
      refusals: refusals.map((r) => toRefusal(r, names.get(r.memberId) ?? r.memberId)),
      memberRefusals: memberRefusals.map(({ r, name }) => toRefusal(r, name))
    }
  }
})

/**
 * Refusals naming no existing activity (not a code, an unknown activity, TOO_MANY_ATTEMPTS) by members
 * doing org life in the activity's org or expected at it, made during its check-in window: the
 * organisers of the member's orgs see them there, newest first.
 */
async function withoutActivity(db: Database, activity: ActivityDoc, org: OrgDoc): Promise<Array<{ r: RefusalDoc; name: string }>> {
  const _ = db.command
  const found = await findAll(db, 'checkinRefusals', {
    activityId: null,
    at: _.gte(asDate(activity.opensAt)).and(_.lte(asDate(activity.closesAt)))
  })
  if (!found.length) return []
  const members = await findByIds(
    db,
    'members',
    found.map((r) => r.memberId)
  )
  const expected = new Set(activity.expectedMemberIds ?? [])
  const ours = (id: string) => {
    const m = members.get(id)
    return !!m && (expected.has(id) || isExpected(m, { orgId: org._id, orgKind: org.kind }))
  }
  return found
    .filter((r) => ours(r.memberId))
    .sort((a, b) => asDate(b.at).getTime() - asDate(a.at).getTime())
    .map((r) => ({ r, name: members.get(r.memberId)?.name ?? '' })) // ours() checked the member is there
}

export const ledgerSchema = v.object({ orgId: id('组织编号'), from: v.date({ label: '开始日期' }), to: v.date({ label: '结束日期' }) })

export const ledger = action({
  schema: ledgerSchema,
  handler: (input, ctx) => readLedger(input, ctx)
})

/** The ledger of an org (and its party groups) over a CST date range, for organisers and staff. */
export async function readLedger(
  input: { orgId: string; from: string; to: string },
  { db, openid, now }: ActionContext
): Promise<CheckinApi['ledger']['res']> {
  const span = daysBetweenYmd(input.from, input.to)
  if (span < 0) throw invalidInput('结束日期不能早于开始日期', [{ path: 'to', message: '结束日期不能早于开始日期' }])
  if (span > 366) throw invalidInput('台账日期范围不能超过一年', [{ path: 'to', message: '台账日期范围不能超过一年' }])
  const caller = await requireCaller(db, openid)
  const org = await loadOrg(db, input.orgId)
  if (!canReadAttendance(caller.roles, org, await committeeIdOf(db, org))) throw forbidden('只能查看你所组织的台账')
  const groups = org.kind === 'group' ? [] : await findAll(db, 'orgs', { parentId: org._id, kind: 'group' })
  const orgIds = [org._id, ...groups.map((g) => g._id)]
  const orgName = new Map([org, ...groups].map((o) => [o._id, o.name]))
  const { start, end } = cstRange(input.from, input.to)
  const _ = db.command
  const activities = await findAll(db, 'activities', { orgId: _.in(orgIds), startAt: _.gte(start).and(_.lt(end)) })
  activities.sort((a, b) => asDate(a.startAt).getTime() - asDate(b.startAt).getTime() || a._id.localeCompare(b._id))
  const checkins = await findIn(
    db,
    'checkins',
    'activityId',
    activities.map((a) => a._id)
  )
  const byActivity = new Map<string, CheckinDoc[]>()
  for (const c of checkins) byActivity.set(c.activityId, [...(byActivity.get(c.activityId) ?? []), c])

  const perActivity = activities.map((a) => ({
    a,
    ...summarise(a.expectedMemberIds ?? [], (byActivity.get(a._id) ?? []).map(fact), activityStage(a, now))
  }))
  const names = await memberNames(db, [...new Set(perActivity.flatMap((p) => p.lines.map((l) => l.memberId)))])
  const rows: LedgerRow[] = []
  for (const { a, lines } of perActivity) {
    const byMember = new Map((byActivity.get(a._id) ?? []).map((c) => [c.memberId, c]))
    const sorted = [...lines].sort(
      (x, y) =>
        (names.get(x.memberId) ?? '').localeCompare(names.get(y.memberId) ?? '', 'zh-Hans-CN') || x.memberId.localeCompare(y.memberId)
    )
    for (const l of sorted) {
      const c = byMember.get(l.memberId)
      rows.push({
        date: cstDate(asDate(a.startAt)),
        activityId: a._id,
        type: a.type,
        typeLabel: ACTIVITY_TYPE_LABEL[a.type],
        title: a.title,
        orgId: a.orgId,
        orgName: orgName.get(a.orgId) ?? a.orgId,
        memberId: l.memberId,
        name: names.get(l.memberId) ?? l.memberId,
        status: l.status,
        checkedInAt: c ? asDate(c.checkedInAt).toISOString() : null,
        clock: c ? cstClock(asDate(c.checkedInAt)) : null,
        makeupReason: c?.makeup ? (c.makeupReason ?? null) : null
      })
    }
  }
  return {
    org: { _id: org._id, name: org.name },
    from: input.from,
    to: input.to,
    activities: activities.map((a) => withSummary(a, orgName.get(a.orgId) ?? a.orgId, byActivity.get(a._id) ?? [], now)),
    rows
  }
}
