// The assessment's derived item studyCompletion (学习任务完成率), per member: accepted required tasks over
// required tasks due in the period. A required task is due in the period when its deadline falls within
// from..to (CST dates). A task is done when its hours are credited (an accepted report, or a check-in at
// its collective-study activity: shared/study/hours.ts). A task not yet done whose deadline has not passed
// at `now` is left out (it is not missed yet), like an activity still to come. No required task due →
// "no data" (null).
import { compareYmd } from '@shared/core/time'
import type { StudyTask } from './api'
import { isPastDeadline } from './windows'

export type MetricTask = Pick<StudyTask, '_id' | 'required' | 'deadline' | 'memberIds'>

/** `${taskId}\n${memberId}` of every credited task. */
export const creditKey = (taskId: string, memberId: string) => `${taskId}\n${memberId}`

export function studyCompletionMetrics(
  memberIds: readonly string[],
  from: string,
  to: string,
  tasks: readonly MetricTask[],
  credited: ReadonlySet<string>,
  now: Date
): Map<string, { done: number; due: number } | null> {
  const inPeriod = tasks.filter((t) => t.required && compareYmd(from, t.deadline) <= 0 && compareYmd(t.deadline, to) <= 0)
  const out = new Map<string, { done: number; due: number } | null>()
  for (const memberId of memberIds) {
    let done = 0
    let due = 0
    for (const t of inPeriod) {
      if (!t.memberIds.includes(memberId)) continue
      const ok = credited.has(creditKey(t._id, memberId))
      if (!ok && !isPastDeadline(t.deadline, now)) continue
      due++
      if (ok) done++
    }
    out.set(memberId, due ? { done, due } : null)
  }
  return out
}
