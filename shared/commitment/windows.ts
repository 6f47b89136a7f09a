// The quarterly self-check windows of a card year, in CST dates (inclusive). Default: the quarter's last
// 15 days to the 15th of the next month, so Q4's window (12-17 … 01-15) crosses into the next year and
// still belongs to the card's year. Rules take `now`; the CST date of `now` decides.
import type { CheckWindow, CheckWindowRule } from './api'
import { addDaysYmd, compareYmd, cstDate, daysInMonth, formatYmd } from '@shared/core/time'

export const QUARTERS = [1, 2, 3, 4] as const

/** The last day of quarter q of year y. */
export function quarterEnd(year: number, quarter: number): string {
  const m = quarter * 3
  return formatYmd({ y: year, m, d: daysInMonth(year, m) })
}

export function checkWindow(year: number, quarter: number, rule: CheckWindowRule): CheckWindow {
  const end = quarterEnd(year, quarter)
  const nextMonth = quarter === 4 ? { y: year + 1, m: 1 } : { y: year, m: quarter * 3 + 1 }
  return {
    quarter,
    from: addDaysYmd(end, -(rule.daysBeforeQuarterEnd - 1)),
    to: formatYmd({ ...nextMonth, d: Math.min(rule.dayOfNextMonth, daysInMonth(nextMonth.y, nextMonth.m)) })
  }
}

export const checkWindows = (year: number, rule: CheckWindowRule): CheckWindow[] => QUARTERS.map((q) => checkWindow(year, q, rule))

export function isInWindow(w: CheckWindow, now: Date): boolean {
  const today = cstDate(now)
  return compareYmd(w.from, today) <= 0 && compareYmd(today, w.to) <= 0
}

/** The window of `year` open at `now`, or null. */
export function openWindow(year: number, rule: CheckWindowRule, now: Date): CheckWindow | null {
  return checkWindows(year, rule).find((w) => isInWindow(w, now)) ?? null
}

/** The window open now, else the last one of `year` that has opened by `now`; null before Q1's opens. */
export function currentOrLastWindow(year: number, rule: CheckWindowRule, now: Date): CheckWindow | null {
  const today = cstDate(now)
  const opened = checkWindows(year, rule).filter((w) => compareYmd(w.from, today) <= 0)
  return opened[opened.length - 1] ?? null
}

/** The card year whose window is open at `now`: in early January, last year's Q4 window. */
export function openWindowAnyYear(rule: CheckWindowRule, now: Date): { year: number; window: CheckWindow } | null {
  const y = Number(cstDate(now).slice(0, 4))
  for (const year of [y, y - 1]) {
    const window = openWindow(year, rule, now)
    if (window) return { year, window }
  }
  return null
}

/** 第一季度自查（2026-03-17 至 2026-04-15）: said when a check is refused outside its window. */
export function windowText(year: number, w: CheckWindow): string {
  return `${year}年第${'一二三四'[w.quarter - 1]}季度自查（${w.from} 至 ${w.to}）`
}
