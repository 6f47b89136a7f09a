// View helpers of the secretary's birthday pages: how an upcoming birthday reads, the month of the
// collective birthday, the activity's default times. Pure (the clock is a seam for tests).
import type { UpcomingEntry } from '@shared/birthday/upcoming'
import { cstDate } from '@shared/core/time'
import { monthDay } from './text'

/** The page's clock (tests replace `now`). */
export const clock = { now: (): Date => new Date() }

/** 今天 / 明天 / N天后. */
export function whenText(inDays: number): string {
  return inDays <= 0 ? '今天' : inDays === 1 ? '明天' : `${inDays}天后`
}

/** 7月4日 · 3天后 · 入党 20 周年. */
export function upcomingDetail(e: UpcomingEntry): string {
  return `${monthDay(e.date)} · ${whenText(e.inDays)} · 入党 ${e.years} 周年`
}

/** The CST month (YYYY-MM) of an instant. */
export function cstMonth(now: Date): string {
  return cstDate(now).slice(0, 7)
}

/** 2026-07 → 7月. */
export function monthText(month: string): string {
  const m = /^\d{4}-(\d{2})$/.exec(month)
  return m ? `${Number(m[1])}月` : ''
}

/** The collective birthday's form, first shown: today, 15:00–16:30 (a usual 主题党日 afternoon). */
export function defaultActivityTimes(now: Date): { date: string; start: string; end: string } {
  return { date: cstDate(now), start: '15:00', end: '16:30' }
}

/** The cut-off (MM-DD) of a year in Chinese: 07-01 → 2026年7月1日. */
export function cutoffText(year: number, cutoff: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(cutoff)
  return m ? `${year}年${Number(m[1])}月${Number(m[2])}日` : ''
}
