// Secretary and committee-staff assessment pages: routes, the open-period form, rating progress,
// talk due labels. Pure (now is an argument); table-tested. Dates are CST.
import type { RatingProgress, Talk, TalkRecord } from '@shared/assessment/api'
import { addDaysYmd, cstDate, cstDaysBetween, cstInstant, cstYmd, daysInMonth, formatYmd, isYmd } from '@shared/core/time'

export { ASSESS_ORG_PAGES, periodPage, boardPage, resultPage, orgRatePage, massesUrl } from './orgRoutes'

// ---- open a period ------------------------------------------------------------------------

export interface PeriodPick {
  name: string
  from: string
  to: string
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度']

function quarter(year: number, q0: number): PeriodPick {
  const startMonth = q0 * 3 + 1
  const endMonth = startMonth + 2
  return {
    name: `${year}年${QUARTER_NAMES[q0]}`,
    from: formatYmd({ y: year, m: startMonth, d: 1 }),
    to: formatYmd({ y: year, m: endMonth, d: daysInMonth(year, endMonth) })
  }
}

const yearPick = (year: number): PeriodPick => ({ name: `${year}年度`, from: `${year}-01-01`, to: `${year}-12-31` })

/** Quick picks for a period's name and dates: this quarter, the last one, this year, last year (CST). */
export function periodPicks(now: Date): PeriodPick[] {
  const { y, m } = cstYmd(now)
  const q0 = Math.floor((m - 1) / 3)
  const prev = q0 === 0 ? quarter(y - 1, 3) : quarter(y, q0 - 1)
  return [quarter(y, q0), prev, yearPick(y), yearPick(y - 1)]
}

/** The deadline a quick pick suggests: a week after the period ends (or after today, if it has ended), 18:00. */
export function suggestedDeadline(to: string, now: Date): { date: string; time: string } {
  const today = cstDate(now)
  return { date: addDaysYmd(to > today ? to : today, 7), time: '18:00' }
}

export interface PeriodForm {
  orgId: string
  name: string
  from: string
  to: string
  deadlineDate: string
  deadlineTime: string
  peerScope: 'branch' | 'group'
  publicityDays: string
}

export type OpenPeriodInput = {
  orgId: string
  name: string
  from: string
  to: string
  ratingDeadline: string
  peerScope: 'branch' | 'group'
  publicityDays: number
}

/** Check the form as the server would (it decides the rest); the first problem in Chinese, or the request. */
export function checkPeriodForm(f: PeriodForm, now: Date): { ok: true; input: OpenPeriodInput } | { ok: false; message: string } {
  const name = f.name.trim()
  if (!f.orgId) return { ok: false, message: '请选择考核的支部' }
  if (!name) return { ok: false, message: '请输入考评名称，如 2026年第四季度' }
  if (name.length > 40) return { ok: false, message: '考评名称不超过40个字' }
  if (!isYmd(f.from) || !isYmd(f.to)) return { ok: false, message: '请选择考评起止日期' }
  if (f.from > f.to) return { ok: false, message: '开始日期不能晚于结束日期' }
  const at = cstInstant(f.deadlineDate, f.deadlineTime)
  // Sent in UTC, as the server writes instants.
  const deadline = at && new Date(at).toISOString()
  if (!deadline) return { ok: false, message: '请选择评分截止日期和时间' }
  if (Date.parse(deadline) <= now.getTime()) return { ok: false, message: '评分截止时间须晚于现在' }
  if (f.deadlineDate < f.from) return { ok: false, message: '评分截止日期不能早于考评开始日期' }
  const days = Number(f.publicityDays)
  if (!/^\d+$/.test(f.publicityDays.trim()) || days < 1 || days > 30) return { ok: false, message: '公示天数为1到30天' }
  return {
    ok: true,
    input: { orgId: f.orgId, name, from: f.from, to: f.to, ratingDeadline: deadline, peerScope: f.peerScope, publicityDays: days }
  }
}

// ---- rating progress ----------------------------------------------------------------------

export interface ProgressCells {
  self: string
  peer: string
  masses: string
  org: string
  /** Organisation rating missing: compute will refuse this member. */
  orgMissing: boolean
  peerShort: boolean
}

/** One member's row: 自评 ✓, 互评 n/m, 群众 n, 组织 ✓ (— where missing). */
export function progressCells(p: RatingProgress): ProgressCells {
  return {
    self: p.self ? '✓' : '—',
    peer: `${p.peer}/${p.peerExpected}`,
    masses: String(p.masses),
    org: p.org > 0 ? '✓' : '—',
    orgMissing: p.org === 0,
    peerShort: p.peer < p.peerExpected
  }
}

export interface ProgressTotals {
  members: number
  selfDone: number
  peerDone: number
  peerExpected: number
  massesRatings: number
  orgDone: number
  orgMissing: string[]
}

export function progressTotals(list: readonly RatingProgress[]): ProgressTotals {
  return {
    members: list.length,
    selfDone: list.filter((p) => p.self).length,
    peerDone: list.reduce((s, p) => s + Math.min(p.peer, p.peerExpected), 0),
    peerExpected: list.reduce((s, p) => s + p.peerExpected, 0),
    massesRatings: list.reduce((s, p) => s + p.masses, 0),
    orgDone: list.filter((p) => p.org > 0).length,
    orgMissing: list.filter((p) => p.org === 0).map((p) => p.name)
  }
}

/** The names in ORG_RATINGS_MISSING's details ({members: [{memberId, name}]}), or [] if shaped otherwise. */
export function missingOrgNames(details: unknown): string[] {
  const members = (details as { members?: unknown } | null)?.members
  if (!Array.isArray(members)) return []
  return members
    .map((m) => (m && typeof m === 'object' ? String((m as { name?: unknown }).name ?? (m as { memberId?: unknown }).memberId ?? '') : ''))
    .filter(Boolean)
}

// ---- talks --------------------------------------------------------------------------------

/** Overdue first, then the soonest due; done (acknowledged) last. */
export function sortTalks(talks: readonly Talk[], now: Date): Talk[] {
  const rank = (t: Talk) => (t.status === 'acknowledged' ? 2 : isOverdue(t, now) ? 0 : 1)
  return [...talks].sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt) || a.name.localeCompare(b.name, 'zh'))
}

/** Not yet recorded and past its due instant (the server's flag, or our clock). */
export function isOverdue(t: Talk, now: Date): boolean {
  if (t.status !== 'assigned') return false
  return t.overdue || Date.parse(t.dueAt) < now.getTime()
}

export function talkDueLabel(t: Talk, now: Date): string {
  if (t.status === 'acknowledged') return '已完成（本人已确认）'
  if (t.status === 'recorded') return '已记录，待本人确认'
  const days = cstDaysBetween(now, new Date(t.dueAt))
  if (isOverdue(t, now)) return days < 0 ? `已逾期 ${-days} 天` : '已逾期'
  if (days === 0) return '今天到期'
  return `${days} 天后到期`
}

/** Check a talk record; the first problem in Chinese, or the record with trimmed texts. */
export function checkTalkRecord(r: TalkRecord, now: Date): { ok: true; record: TalkRecord } | { ok: false; message: string } {
  if (!isYmd(r.date)) return { ok: false, message: '请输入谈话日期，格式 2026-12-10' }
  if (r.date > cstDate(now)) return { ok: false, message: '谈话日期不能晚于今天' }
  const record = { date: r.date, problems: r.problems.trim(), shortfalls: r.shortfalls.trim(), plan: r.plan.trim() }
  if (!record.problems) return { ok: false, message: '请填写存在问题' }
  if (!record.shortfalls) return { ok: false, message: '请填写差距不足' }
  if (!record.plan) return { ok: false, message: '请填写整改方向' }
  if ([record.problems, record.shortfalls, record.plan].some((s) => s.length > 1000)) return { ok: false, message: '每项不超过1000字' }
  return { ok: true, record }
}

/** The pages read the time here once per load, so tests can fix it. */
export const clock = { now: (): Date => new Date() }
