// Time rules of study, in CST dates (inclusive):
// - a task is due on its deadline; after it, a task with nothing filed is overdue, and is still
//   fileable: a report filed after the deadline is marked late (and stays late once accepted);
// - the quarterly Party-spirit analysis of quarter q opens on the first day of the quarter's last month
//   and is due on the 15th of the month after the quarter (Q4: 01-15 of the next year); after that it
//   can still be filed, marked late. Before it opens it cannot be filed.
import type { AnalysisWindow, ReportStatus } from './api'
import { compareYmd, cstDate, daysInMonth, formatYmd } from '@shared/core/time'

/** A deadline has passed when today (CST) is after it. */
export const isPastDeadline = (deadline: string, now: Date): boolean => compareYmd(cstDate(now), deadline) > 0

/** Nothing filed (no report, or only a draft) and the deadline has passed. A returned report is not overdue: it was filed. */
export function isOverdue(deadline: string, status: ReportStatus | null, now: Date): boolean {
  return (status === null || status === 'draft') && isPastDeadline(deadline, now)
}

/** Whether a report filed at `now` is late. */
export const isLateFiling = (deadline: string, now: Date): boolean => isPastDeadline(deadline, now)

/** The deadline is today or in the next `days` days, and nothing is filed yet (for "deadline near"). */
export function isDeadlineNear(deadline: string, status: ReportStatus | null, now: Date, days = 3): boolean {
  if (status !== null && status !== 'draft') return false
  const today = cstDate(now)
  const d = compareYmd(deadline, today)
  if (d < 0) return false
  const limit = new Date(now.getTime() + days * 86_400_000)
  return compareYmd(deadline, cstDate(limit)) <= 0
}

export function analysisWindow(year: number, quarter: number): AnalysisWindow {
  const lastMonth = quarter * 3
  const next = quarter === 4 ? { y: year + 1, m: 1 } : { y: year, m: lastMonth + 1 }
  return { year, quarter, from: formatYmd({ y: year, m: lastMonth, d: 1 }), due: formatYmd({ ...next, d: 15 }) }
}

/** The quarter whose analysis a member works on at `now`: the latest window that has opened. */
export function currentAnalysisQuarter(now: Date): { year: number; quarter: number } {
  const today = cstDate(now)
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7))
  // The quarter's last month and after: this quarter; earlier: the previous quarter (maybe last year's Q4).
  const q = Math.ceil(m / 3)
  if (m === q * 3) return { year: y, quarter: q }
  return q === 1 ? { year: y - 1, quarter: 4 } : { year: y, quarter: q - 1 }
}

export const isAnalysisOpen = (w: AnalysisWindow, now: Date): boolean => compareYmd(w.from, cstDate(now)) <= 0
export const isAnalysisLate = (w: AnalysisWindow, now: Date): boolean => compareYmd(cstDate(now), w.due) > 0

/** First and last CST day of a quarter. */
export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const m0 = quarter * 3 - 2
  const m1 = quarter * 3
  return { from: formatYmd({ y: year, m: m0, d: 1 }), to: formatYmd({ y: year, m: m1, d: daysInMonth(year, m1) }) }
}

export const QUARTER_LABEL = ['第一季度', '第二季度', '第三季度', '第四季度'] as const
export const quarterName = (year: number, quarter: number) => `${year}年${QUARTER_LABEL[quarter - 1]}`

/**
 * A member's tasks of year `y`: the tasks of that year, and last year's whose deadline falls in `y` (a task
 * pushed in December due in January, the Q4 relearn task decided in January) — they are due, and shown, in `y`.
 */
export const shownInYear = (t: { year: number; deadline: string }, y: number): boolean =>
  t.year === y || (t.year === y - 1 && t.deadline.slice(0, 4) === String(y))
