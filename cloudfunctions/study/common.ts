// Reads and writes shared by the study actions: ids, transactions at a rev, what is credited.
import type { MyTask, ReportStatus, StudyReport, StudyTask } from '@shared/study/api'
import { creditBasis, creditedHours } from '@shared/study/hours'
import { isOverdue } from '@shared/study/windows'
import type { Database, Transaction } from '@server/cloud'
import { getOrNull } from '@server/db'
import { AppError, conflict, notFound } from '@server/errors'
import type { StudyTaskDoc } from '@server/model'

export { checkinsAt, creditedOf } from '@server/studyCredits'

export const planIdOf = (orgId: string, year: number) => `${orgId}:${year}`
export const taskIdOf = (orgId: string, year: number, itemId: string) => `${orgId}:${year}:${itemId}`
export const relearnTaskIdOf = (orgId: string, year: number, quarter: number) => `${orgId}:${year}:relearn-q${quarter}`
export const reportIdOf = (taskId: string, memberId: string) => `${taskId}:${memberId}`
export const analysisIdOf = (memberId: string, year: number, quarter: number) => `${memberId}:${year}q${quarter}`

export async function loadTask(db: Database, taskId: string): Promise<StudyTaskDoc> {
  const t = await getOrNull(db, 'studyTasks', taskId)
  if (!t) throw notFound('该学习任务不存在')
  return t
}

export const stateError = (code: 'REPORT_STATE' | 'ANALYSIS_STATE', message: string) => new AppError(code, message)

/** CONFLICT unless the stored rev (0 when absent) is the one the writer read. */
export function requireRev(stored: { rev: number } | null, rev: number, what: string): void {
  if ((stored?.rev ?? 0) !== rev) throw conflict(`${what}刚被修改（本人在另一处保存或他人审核），请刷新后重试`, { rev: stored?.rev ?? 0 })
}

/** A task as its member sees it. */
export function myTask(task: StudyTask, report: StudyReport | null, checkedIn: boolean, now: Date): MyTask {
  const status: ReportStatus | null = report?.status ?? null
  return {
    task,
    report,
    overdue: isOverdue(task.deadline, status, now) && !creditBasis(status, checkedIn, task),
    checkedIn,
    hours: creditedHours(status, checkedIn, task)
  }
}

export const sortTasks = <T extends Pick<StudyTask, 'deadline' | '_id'>>(tasks: T[]): T[] =>
  tasks.sort((a, b) => a.deadline.localeCompare(b.deadline) || a._id.localeCompare(b._id))

/** `Transaction` re-exported for the action files. */
export type { Transaction }
