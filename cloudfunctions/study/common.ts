// Reads and writes shared by the study actions: ids, transactions at a rev, what is credited.
import type { MyTask, ReportStatus, StudyReport, StudyTask } from '@shared/study/api'
import { creditBasis, creditedHours } from '@shared/study/hours'
import { creditKey } from '@shared/study/metric'
import { isOverdue } from '@shared/study/windows'
import type { Database, Transaction } from '@server/cloud'
import { findAll, findIn, getOrNull, IN_CHUNK } from '@server/db'
import { AppError, conflict, notFound } from '@server/errors'
import type { StudyTaskDoc } from '@server/model'

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

const isTransactionError = (e: unknown) =>
  !(e instanceof AppError) && /TRANSACTION/i.test(String((e as { message?: unknown })?.message ?? e))

/** db.runTransaction, retried up to 3 times when the platform aborts it; an AppError passes through. */
export async function inTransaction<T>(db: Database, fn: (t: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.runTransaction(fn)) as T
    } catch (e) {
      if (!isTransactionError(e)) throw e
      if (attempt >= 3) throw conflict('同时操作的人较多，请稍后重试')
    }
  }
}

/** CONFLICT unless the stored rev (0 when absent) is the one the writer read. */
export function requireRev(stored: { rev: number } | null, rev: number, what: string): void {
  if ((stored?.rev ?? 0) !== rev) throw conflict(`${what}刚被修改（本人在另一处保存或他人审核），请刷新后重试`, { rev: stored?.rev ?? 0 })
}

/** The members who checked in at these activities: `${activityId}\n${memberId}`. */
export async function checkinsAt(db: Database, activityIds: string[]): Promise<Set<string>> {
  if (!activityIds.length) return new Set()
  const docs = await findIn(db, 'checkins', 'activityId', activityIds)
  return new Set(docs.map((c) => `${c.activityId}\n${c.memberId}`))
}

/**
 * Every credited (task, member) of `tasks`: accepted reports and check-ins at a task's collective-study
 * activity (shared/study/hours.ts), as creditKey strings. Reads accepted reports by task id in chunks.
 */
export async function creditedOf(
  db: Database,
  tasks: ReadonlyArray<Pick<StudyTask, '_id' | 'material' | 'memberIds'>>
): Promise<Set<string>> {
  const _ = db.command
  const out = new Set<string>()
  const ids = tasks.map((t) => t._id)
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const accepted = await findAll(
      db,
      'studyReports',
      { taskId: _.in(ids.slice(i, i + IN_CHUNK)), status: 'accepted' },
      { field: { taskId: true, memberId: true }, max: 500_000 }
    )
    for (const r of accepted) out.add(creditKey(r.taskId, r.memberId))
  }
  const withActivity = tasks.filter((t) => t.material.kind === 'activity' && t.material.activityId)
  const present = await checkinsAt(
    db,
    withActivity.map((t) => t.material.activityId as string)
  )
  for (const t of withActivity) for (const m of t.memberIds) if (present.has(`${t.material.activityId}\n${m}`)) out.add(creditKey(t._id, m))
  return out
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
