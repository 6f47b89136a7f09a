// Periods, rating tasks, deadlines, the publicity window and talks as the member sees them.
// Instants come as ISO strings; what the member reads is China Standard Time. Pure; `now` is passed in.
import type { Flag, Period, RateTarget, Source } from '@shared/assessment/api'
import { TASK_SOURCE_LABEL } from '@shared/assessment/labels'
import { cstClock, cstDaysBetween, cstYmd, parseYmd } from '@shared/core/time'
import type { RoleGrant } from '@shared/member/api'
import { isStaff, onCommitteeOf } from '@shared/member/roles'
import { ratingRefusal, type RatingClock } from '@shared/assessment/ratingWindow'

/** Flags that bring a talk (yellow and below). */
export const needsTalk = (flag: Flag) => flag !== 'red'

/**
 * When something is due, in CST words: 今天 18:00 / 明天 09:30 / 12月1日 23:59 / 2027年1月3日 23:59
 * (the year only when it is not the current CST year).
 */
export function cstWhen(iso: string | null | undefined, nowMs: number): string {
  const t = iso ? Date.parse(iso) : NaN
  if (!Number.isFinite(t)) return '—'
  const at = new Date(t)
  const now = new Date(nowMs)
  const time = cstClock(at)
  const days = cstDaysBetween(now, at)
  if (days === 0) return `今天 ${time}`
  if (days === 1) return `明天 ${time}`
  if (days === -1) return `昨天 ${time}`
  const p = cstYmd(at)
  const sameYear = p.y === cstYmd(now).y
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

/**
 * `source` may rate now (shared/assessment/ratingWindow, the server's rule): every source while rating
 * and before the deadline; the organisation also while closed and not computed; all in a reopened
 * period. Without a source: whether anyone still may (the organisation's window is the widest).
 */
export function canRate(period: RatingClock, nowMs: number, source: Source = 'org'): boolean {
  return ratingRefusal(period, source, new Date(nowMs)) === null
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

/** The org's committee and committee staff may read any member's detail (the server decides; this only offers the link). */
export function canOpenDetail(
  roles: readonly RoleGrant[] | null | undefined,
  myId: string | null | undefined,
  orgId: string,
  memberId: string
): boolean {
  if (myId && myId === memberId) return true
  return isStaff(roles) || onCommitteeOf(roles, orgId)
}

/** A YYYY-MM-DD CST date as 2026年11月28日. */
export function cstDateText(date: string | null | undefined): string {
  const d = parseYmd(date)
  return d ? `${d.y}年${d.m}月${d.d}日` : '—'
}
