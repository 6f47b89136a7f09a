// Periods, rating tasks, deadlines, the publicity window and talks as the member sees them.
// Instants come as ISO strings; what the member reads is China Standard Time. Pure; `now` is passed in.
import type { Flag, ObjectionStatus, Period, PeriodStatus, RateTarget, Source, TalkStatus } from '@shared/assessment/api'
import type { RoleGrant } from '@shared/member/api'

const CST_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

export const PERIOD_STATUS_LABEL: Record<PeriodStatus, string> = {
  rating: '评分中',
  closed: '评分已截止，结果待公布',
  published: '结果已公布'
}

export const TASK_SOURCE_LABEL: Record<Exclude<Source, 'masses'>, string> = {
  self: '自评',
  peer: '互评',
  org: '组织考评'
}

export const TALK_STATUS_LABEL: Record<TalkStatus, string> = {
  assigned: '待谈话',
  recorded: '已谈话，待本人确认',
  acknowledged: '已确认，谈话完成'
}

export const OBJECTION_STATUS_LABEL: Record<ObjectionStatus, string> = {
  pending: '待书记答复',
  answered: '已答复'
}

/** Flags that bring a talk (yellow and below). */
export const needsTalk = (flag: Flag) => flag !== 'red'

function cstParts(ms: number) {
  const d = new Date(ms + CST_OFFSET_MS)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mm: d.getUTCMinutes() }
}

/** The CST calendar day number of an instant (days since 1970-01-01 in CST). */
const cstDay = (ms: number) => Math.floor((ms + CST_OFFSET_MS) / DAY_MS)

/**
 * When something is due, in CST words: 今天 18:00 / 明天 09:30 / 12月1日 23:59 / 2027年1月3日 23:59
 * (the year only when it is not the current CST year).
 */
export function cstWhen(iso: string | null | undefined, nowMs: number): string {
  const t = iso ? Date.parse(iso) : NaN
  if (!Number.isFinite(t)) return '—'
  const p = cstParts(t)
  const time = `${pad(p.hh)}:${pad(p.mm)}`
  const days = cstDay(t) - cstDay(nowMs)
  if (days === 0) return `今天 ${time}`
  if (days === 1) return `明天 ${time}`
  if (days === -1) return `昨天 ${time}`
  const sameYear = p.y === cstParts(nowMs).y
  return `${sameYear ? '' : `${p.y}年`}${p.m}月${p.d}日 ${time}`
}

/** Time left until an instant: 还剩 3 天 4 小时 / 还剩 5 小时 20 分 / 还剩 12 分钟 / 已截止. */
export function countdown(iso: string | null | undefined, nowMs: number): string {
  const t = iso ? Date.parse(iso) : NaN
  if (!Number.isFinite(t)) return ''
  const left = t - nowMs
  if (left <= 0) return '已截止'
  const minutes = Math.floor(left / 60_000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  if (days > 0) return `还剩 ${days} 天${hours ? ` ${hours} 小时` : ''}`
  if (hours > 0) return `还剩 ${hours} 小时${mins ? ` ${mins} 分` : ''}`
  return `还剩 ${Math.max(1, mins)} 分钟`
}

/** Rating is possible: the period is rating and its deadline has not passed. */
export function canRate(period: Pick<Period, 'status' | 'ratingDeadline'>, nowMs: number): boolean {
  if (period.status !== 'rating') return false
  const t = Date.parse(period.ratingDeadline)
  return !Number.isFinite(t) || nowMs < t
}

/** The publicity window after publish, when a member may file an objection. */
export function publicityOpen(period: Pick<Period, 'status' | 'publicityEndsAt'>, nowMs: number): boolean {
  if (period.status !== 'published' || !period.publicityEndsAt) return false
  const t = Date.parse(period.publicityEndsAt)
  return Number.isFinite(t) && nowMs < t
}

export interface TaskGroup {
  source: Exclude<Source, 'masses'>
  label: string
  targets: RateTarget[]
  done: number
}

/** Rating tasks in the order a member does them: 自评, 互评, 组织考评; empty groups left out. */
export function groupTasks(targets: readonly RateTarget[]): TaskGroup[] {
  const order: Array<Exclude<Source, 'masses'>> = ['self', 'peer', 'org']
  return order
    .map((source) => {
      const ts = targets.filter((t) => t.source === source)
      return { source, label: TASK_SOURCE_LABEL[source], targets: ts, done: ts.filter((t) => t.mine !== null).length }
    })
    .filter((g) => g.targets.length > 0)
}

/** 第 2 名 / 共 12 人 (ties share a rank). */
export function rankText(rank: number, of: number): string {
  return of > 0 ? `第 ${rank} 名 / 共 ${of} 人` : `第 ${rank} 名`
}

/** Roles that may read any member's detail of their org (the server decides; this only offers the link). */
const DETAIL_ROLES = new Set(['secretary', 'deputy', 'committeeMember'])

export function canOpenDetail(
  roles: readonly RoleGrant[] | null | undefined,
  myId: string | null | undefined,
  orgId: string,
  memberId: string
): boolean {
  if (myId && myId === memberId) return true
  return (roles ?? []).some((g) => g.role === 'staff' || (DETAIL_ROLES.has(g.role) && g.orgId === orgId))
}

/** A YYYY-MM-DD CST date as 2026年11月28日. */
export function cstDateText(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '')
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '—'
}
