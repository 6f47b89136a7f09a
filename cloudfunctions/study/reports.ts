// The member's tasks and study reports 学习报告单: drafts saved as the member types (saveReport), filing
// (fileReport: minimum lengths; after the deadline it is marked late), the reviewers' queue and their
// decision (accept → the task's hours are credited; return with a reason → the member refiles).
// Every write names the rev it read: one winner when the member and a reviewer act at once.
import type { ReportText, StudyApi, StudyReport } from '@shared/study/api'
import { reportIssues, reportTransition, type ReportEvent } from '@shared/study/report'
import { isLateFiling, shownInYear } from '@shared/study/windows'
import { requireCaller, type Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import type { StudyTaskDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { cstDate } from '@shared/core/time'
import { committeeOf, isCommitteeOf, isStaffOf, ledGroupsIn, loadOrg, requireReportReviewer } from './access'
import { analysisOf } from './analysis'
import { checkinsAt, loadTask, myTask, reportIdOf, requireRev, sortTasks, stateError } from './common'
import { inTransaction } from '@server/db'
import { afterWrite, remindReturned } from './reminders'
import { attachmentView } from './attachment'
import { orgId, reason, reportId, reportText, rev, taskId, year } from './schemas'

export const myStudy = action({
  schema: v.object({ year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['myStudy']['res']> {
    const caller = await requireCaller(db, openid)
    const y = input.year ?? Number(cstDate(now).slice(0, 4))
    const _ = db.command
    const tasks = sortTasks(
      (await findAll(db, 'studyTasks', { memberIds: caller.memberId, year: _.in([y - 1, y]) })).filter((t) => shownInYear(t, y))
    )
    const reports = new Map(
      (await findAll(db, 'studyReports', { memberId: caller.memberId, year: _.in([y - 1, y]) })).map((r) => [r.taskId, r])
    )
    const present = await checkinsAt(
      db,
      tasks.flatMap((t) => (t.material.kind === 'activity' && t.material.activityId ? [t.material.activityId] : []))
    )
    const mine = tasks.map((t) =>
      myTask(
        hideOthers(t),
        reports.get(t._id) ?? null,
        !!t.material.activityId && present.has(`${t.material.activityId}\n${caller.memberId}`),
        now
      )
    )
    const { analysis, window } = await analysisOf(db, caller.memberId, now)
    const required = mine.filter((x) => x.task.required)
    return {
      year: y,
      tasks: mine,
      hours: mine.reduce((s, x) => s + x.hours, 0),
      requiredDue: required.filter((x) => x.hours > 0 || x.task.deadline < cstDate(now)).length,
      requiredDone: required.filter((x) => x.hours > 0).length,
      analysis,
      window
    }
  }
})

/** A member sees a task without the list of the others it was pushed to. */
const hideOthers = (t: StudyTaskDoc): StudyTaskDoc => ({ ...t, memberIds: [] })

async function requireAssigned(db: Database, caller: Caller, id: string): Promise<StudyTaskDoc> {
  const task = await loadTask(db, id)
  if (!task.memberIds.includes(caller.memberId)) throw forbidden('这项学习任务没有布置给你')
  return task
}

export const getTask = action({
  schema: v.object({ taskId: taskId() }),
  async handler(input, { db, openid, now }): Promise<StudyApi['getTask']['res']> {
    const caller = await requireCaller(db, openid)
    const task = await requireAssigned(db, caller, input.taskId)
    const report = await getOrNull(db, 'studyReports', reportIdOf(task._id, caller.memberId))
    const present = await checkinsAt(db, task.material.activityId ? [task.material.activityId] : [])
    const mine = myTask(hideOthers(task), report, present.has(`${task.material.activityId}\n${caller.memberId}`), now)
    return { ...mine, attachment: await attachmentView(db, task.material.attachment) }
  }
})

/** save (a draft, no length check) or file (minimum lengths; late after the deadline). */
async function writeReport(
  db: Database,
  caller: Caller,
  taskIdValue: string,
  text: ReportText,
  rev: number,
  event: ReportEvent,
  now: Date
) {
  const task = await requireAssigned(db, caller, taskIdValue)
  if (event === 'file') {
    const issues = reportIssues(text)
    if (issues.length) throw new AppError('TOO_SHORT', issues[0].message, issues)
  }
  const id = reportIdOf(task._id, caller.memberId)
  const at = now.toISOString()
  const report = await inTransaction(db, async (t) => {
    const cur = await getOrNull(t, 'studyReports', id)
    requireRev(cur, rev, '学习报告')
    const move = reportTransition(cur?.status ?? 'none', event)
    if (!move.ok) throw stateError('REPORT_STATE', move.message)
    const next: StudyReport = {
      _id: id,
      taskId: task._id,
      memberId: caller.memberId,
      name: caller.member.name,
      orgId: task.orgId,
      groupId: caller.member.groupId ?? null,
      year: task.year,
      reviewedBy: null,
      reviewedByName: null,
      reviewedAt: null,
      ...cur,
      studied: text.studied,
      insights: text.insights,
      changes: text.changes,
      status: move.next,
      // A refiled report waits for a fresh review: the last return's reason goes with it.
      returnReason: event === 'file' ? null : (cur?.returnReason ?? null),
      late: event === 'file' ? isLateFiling(task.deadline, now) : (cur?.late ?? false),
      submittedAt: event === 'file' ? at : (cur?.submittedAt ?? null),
      hours: 0,
      rev: (cur?.rev ?? 0) + 1,
      updatedAt: at
    }
    const { _id, ...data } = next
    await t.collection('studyReports').doc(_id).set({ data })
    return next
  })
  return { report }
}

export const saveReport = action({
  schema: v.object({ taskId: taskId(), text: reportText(), rev: rev() }),
  async handler(input, { db, openid, now }): Promise<StudyApi['saveReport']['res']> {
    return writeReport(db, await requireCaller(db, openid), input.taskId, input.text, input.rev, 'save', now)
  }
})

export const fileReport = action({
  schema: v.object({ taskId: taskId(), text: reportText(), rev: rev() }),
  async handler(input, { db, openid, now }): Promise<StudyApi['fileReport']['res']> {
    return writeReport(db, await requireCaller(db, openid), input.taskId, input.text, input.rev, 'file', now)
  }
})

export const reportQueue = action({
  schema: v.object({
    orgId: orgId(),
    status: v.optional(v.enum(['draft', 'submitted', 'accepted', 'returned'] as const, { label: '状态' }))
  }),
  async handler(input, { db, openid }): Promise<StudyApi['reportQueue']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    const committeeId = await committeeOf(db, org)
    const whole = isCommitteeOf(caller, org._id) || isStaffOf(caller, committeeId)
    const groups = await ledGroupsIn(db, caller, org._id)
    if (!whole && !groups.length) throw forbidden('只有本支部的支委、党小组长和党委工作人员可以查看学习报告')
    const status = input.status ?? 'submitted'
    // A draft is the member's own until filed: nobody else reads it.
    if (status === 'draft') throw forbidden('草稿只有党员本人可以查看')
    const reports = (await findAll(db, 'studyReports', { orgId: org._id, status })).filter(
      (r) => whole || (r.groupId && groups.includes(r.groupId))
    )
    reports.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a._id.localeCompare(b._id))
    const taskIds = [...new Set(reports.map((r) => r.taskId))]
    const tasks = (await Promise.all(taskIds.map((id) => getOrNull(db, 'studyTasks', id))))
      .filter((t): t is StudyTaskDoc => !!t)
      .map((t) => ({ _id: t._id, title: t.title, deadline: t.deadline, hours: t.hours }))
    return { reports, tasks }
  }
})

export const reviewReport = action({
  schema: v.object({
    reportId: reportId(),
    rev: rev(),
    decision: v.enum(['accept', 'return'] as const, { label: '审核结果' }),
    reason: v.optional(reason('退回原因'))
  }),
  async handler(input, { db, openid, now }): Promise<StudyApi['reviewReport']['res']> {
    const caller = await requireCaller(db, openid)
    const found = await getOrNull(db, 'studyReports', input.reportId)
    if (!found) throw notFound('该学习报告不存在')
    requireReportReviewer(caller, found)
    if (input.decision === 'return' && !input.reason)
      throw invalidInput('退回时请填写原因', [{ path: 'reason', message: '退回原因为必填项' }])
    if (input.decision === 'accept' && input.reason)
      throw invalidInput('通过时不填写退回原因', [{ path: 'reason', message: '通过时不填写退回原因' }])
    const task = await loadTask(db, found.taskId)
    const at = now.toISOString()
    const report = await inTransaction(db, async (t) => {
      const cur = await getOrNull(t, 'studyReports', input.reportId)
      requireRev(cur, input.rev, '学习报告')
      const c = cur as StudyReport
      const move = reportTransition(c.status, input.decision)
      if (!move.ok) throw stateError('REPORT_STATE', move.message)
      const next: StudyReport = {
        ...c,
        status: move.next,
        returnReason: input.decision === 'return' ? (input.reason as string) : null,
        reviewedBy: caller.memberId,
        reviewedByName: caller.member.name,
        reviewedAt: at,
        hours: input.decision === 'accept' ? task.hours : 0,
        rev: c.rev + 1,
        updatedAt: at
      }
      const { _id, ...data } = next
      await t.collection('studyReports').doc(_id).set({ data })
      return next
    })
    if (report.status === 'returned') await afterWrite('reviewReport', () => remindReturned(db, report, task.title, now))
    return { report }
  }
})
