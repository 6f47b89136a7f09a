// When study reminds (the daily timer, cloudfunctions/study/timer.ts), in CST days. Pure; table-tested.
// - Deadline near: from DEADLINE_NEAR_DAYS days before a task's deadline to the deadline day, a member who has
//   filed nothing (no report, or a draft) — once a day per task and member.
// - Catch-up: a run handles the days missed since the last completed run (at most 7 back,
//   shared/reminders/ids.ts daysToRun). A task and member near on several of those days get ONE message in
//   that run, under the id of the newest such day (a subscribe message spends a one-time consent: a
//   member is not sent a burst of stale messages for the days the timer was down).
// - Analysis due (decision): the quarterly Party-spirit analysis reminds, once per member and quarter, from
//   ANALYSIS_REMIND_DAYS days before its due day (04-10 for Q1's 04-15) to the due day, each member whose
//   analysis is not filed (none, a draft, or returned for 返单). One consent, one message: the id names the
//   quarter's due day, so a later day of the window (or a catch-up) finds it taken.
import type { AnalysisStatus, AnalysisWindow, ReportStatus } from './api'
import { analysisWindow } from './windows'
import { addDaysYmd, compareYmd } from '@shared/core/time'

export const DEADLINE_NEAR_DAYS = 3
export const ANALYSIS_REMIND_DAYS = 5

/** The deadline is `day` or within the next `days` days, and nothing is filed (no report, or a draft). */
export function isDeadlineNearOn(deadline: string, status: ReportStatus | null, day: string, days = DEADLINE_NEAR_DAYS): boolean {
  if (status !== null && status !== 'draft') return false
  return compareYmd(deadline, day) >= 0 && compareYmd(deadline, addDaysYmd(day, days)) <= 0
}

/** Of the days a run handles (oldest first), the newest on which `deadline` was near; null when none. */
export function nearDayOf(
  deadline: string,
  status: ReportStatus | null,
  days: readonly string[],
  near = DEADLINE_NEAR_DAYS
): string | null {
  for (let i = days.length - 1; i >= 0; i--) if (isDeadlineNearOn(deadline, status, days[i], near)) return days[i]
  return null
}

/** The quarter whose analysis is reminded on CST day `day`: its due day is `day` or within the next N days; null otherwise. */
export function analysisReminderOn(day: string, days = ANALYSIS_REMIND_DAYS): AnalysisWindow | null {
  const y = Number(day.slice(0, 4))
  const candidates = [analysisWindow(y - 1, 4), ...[1, 2, 3, 4].map((q) => analysisWindow(y, q))]
  return candidates.find((w) => compareYmd(w.due, day) >= 0 && compareYmd(w.due, addDaysYmd(day, days)) <= 0) ?? null
}

/** The analysis windows reminded on any of `days` (a catch-up run may span two in theory; one in practice). */
export function analysisRemindersOn(days: readonly string[], n = ANALYSIS_REMIND_DAYS): AnalysisWindow[] {
  const out = new Map<string, AnalysisWindow>()
  for (const d of days) {
    const w = analysisReminderOn(d, n)
    if (w) out.set(`${w.year}q${w.quarter}`, w)
  }
  return [...out.values()]
}

/** Not filed: no analysis, a draft, or one returned (返单) and not filed again. Filed, commented or decided: no reminder. */
export const analysisNeedsReminder = (status: AnalysisStatus | null): boolean =>
  status === null || status === 'draft' || status === 'returned'

/** The third keyword of the "analysis due" message: what the member should do, by status and whether the due day has passed. */
export function analysisReminderNote(status: AnalysisStatus | null, due: string, day: string): string {
  if (compareYmd(day, due) > 0) return '已过截止日期，请尽快补交党性分析'
  return status === 'returned' ? '党性分析已返单，请修改后在截止日前提交' : '请在截止日前提交本季度党性分析'
}
