// The check-in window of an activity and lateness. Instants are Dates; "CST" only matters for what
// people read (HH:mm, dates, in @shared/core/time): China is UTC+8 all year, so an activity at 00:00
// CST on 1 July starts at 16:00 UTC on 30 June.

export const DEFAULT_OPENS_MINUTES_BEFORE = 30
export const DEFAULT_CLOSES_MINUTES_AFTER = 0
export const DEFAULT_LATE_AFTER_MINUTES = 0

export interface WindowOverride {
  /** Check-in opens this many minutes before the start (default 30). */
  opensMinutesBefore?: number
  /** Check-in closes this many minutes after the end (default 0: at the end). */
  closesMinutesAfter?: number
  /** A check-in later than start + this many minutes is late (default 0: any time after the start). */
  lateAfterMinutes?: number
}

export interface CheckinWindow {
  opensAt: Date
  closesAt: Date
  /** Check-ins strictly after this instant are late. */
  lateAfter: Date
}

const minutes = (n: number) => n * 60_000

export function checkinWindow(startAt: Date, endAt: Date, o: WindowOverride = {}): CheckinWindow {
  return {
    opensAt: new Date(startAt.getTime() - minutes(o.opensMinutesBefore ?? DEFAULT_OPENS_MINUTES_BEFORE)),
    closesAt: new Date(endAt.getTime() + minutes(o.closesMinutesAfter ?? DEFAULT_CLOSES_MINUTES_AFTER)),
    lateAfter: new Date(startAt.getTime() + minutes(o.lateAfterMinutes ?? DEFAULT_LATE_AFTER_MINUTES))
  }
}

export type WindowState = 'notOpen' | 'open' | 'closed'

/** Open from opensAt (inclusive) to closesAt (inclusive: a scan at the very end still counts). */
export function windowState(w: { opensAt: Date; closesAt: Date }, now: Date): WindowState {
  const t = now.getTime()
  if (t < w.opensAt.getTime()) return 'notOpen'
  if (t > w.closesAt.getTime()) return 'closed'
  return 'open'
}

export function isLate(w: { lateAfter: Date }, at: Date): boolean {
  return at.getTime() > w.lateAfter.getTime()
}

/** Minutes late (rounded up), 0 when on time. */
export function minutesLate(w: { lateAfter: Date }, at: Date): number {
  const ms = at.getTime() - w.lateAfter.getTime()
  return ms > 0 ? Math.ceil(ms / 60_000) : 0
}

/** An activity lasts at most 7 days, may be created up to 30 days after its end and up to a year ahead. */
export const MAX_ACTIVITY_DAYS = 7
export const MAX_ACTIVITY_PAST_DAYS = 30
export const MAX_ACTIVITY_AHEAD_DAYS = 366

/** Why an activity from `startAt` to `endAt` cannot be created at `now` (the field and a message), or null. */
export function activityTimeProblem(startAt: Date, endAt: Date, now: Date): { path: 'startAt' | 'endAt'; message: string } | null {
  const day = 86_400_000
  const s = startAt.getTime()
  const e = endAt.getTime()
  if (e <= s) return { path: 'endAt', message: '结束时间必须晚于开始时间' }
  if (e - s > MAX_ACTIVITY_DAYS * day) return { path: 'endAt', message: `活动时长不能超过 ${MAX_ACTIVITY_DAYS} 天` }
  if (e < now.getTime() - MAX_ACTIVITY_PAST_DAYS * day) return { path: 'endAt', message: `不能补建 ${MAX_ACTIVITY_PAST_DAYS} 天以前的活动` }
  if (s > now.getTime() + MAX_ACTIVITY_AHEAD_DAYS * day) return { path: 'startAt', message: '开始时间不能晚于一年以后' }
  return null
}
