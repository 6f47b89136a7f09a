// Study's subscribe messages through the reminders kit (lib/reminders.ts: exactly once per id, a consent of
// the member spent, keywords trimmed): a task pushed → each of its members (学习任务提醒, STUDY_TASK_TEMPLATE_ID);
// a report returned → its member (学习报告退回提醒, STUDY_RETURNED_TEMPLATE_ID). Sent after the write: a send
// that fails or finds no consent changes nothing written (the to-do list still shows the matter), and a
// reminder never blocks the action (its outcome is logged in `reminders`). An analysis returned (返单) → its
// member (党性分析提醒, STUDY_ANALYSIS_TEMPLATE_ID); 集中重学 → the member, of the relearn task (学习任务提醒).
// "Deadline near" and "analysis due": the daily timer (timer.ts).
import type { Analysis, StudyReport, StudyTask } from '@shared/study/api'
import { analysisWindow, quarterName } from '@shared/study/windows'
import { cstDate } from '@shared/core/time'
import type { Database } from '@server/cloud'
import { findIn } from '@server/db'
import { eachLimited, SEND_CONCURRENCY } from '@server/paging'
import { sendReminder } from '@server/reminders'

async function openidsOf(db: Database, memberIds: string[]): Promise<Map<string, string>> {
  const bindings = await findIn(db, 'bindings', 'memberId', memberIds)
  return new Map(bindings.map((b) => [b.memberId, b._id]))
}

const reportPagePath = (taskId: string) => `study/pages/report/index?taskId=${encodeURIComponent(taskId)}`

/** Runs a reminder after the action's write: a failure is logged, never answered (the write stands). */
export async function afterWrite(what: string, send: () => Promise<void>): Promise<void> {
  try {
    await send()
  } catch (e) {
    console.error(`[study.${what}] reminder failed`, e)
  }
}

/** 学习任务提醒 to every member of a task just pushed: the title, the deadline, what to do. */
export async function remindPushed(db: Database, task: StudyTask, now: Date): Promise<void> {
  const openids = await openidsOf(db, task.memberIds)
  await eachLimited(task.memberIds, SEND_CONCURRENCY, async (memberId) => {
    await sendReminder(
      db,
      {
        kind: 'studyTask',
        day: cstDate(now),
        target: `${task._id}:${memberId}`,
        memberId,
        openid: openids.get(memberId) ?? null,
        template: 'studyTask',
        page: reportPagePath(task._id),
        data: { thing1: task.title, date2: task.deadline, thing3: '请按时学习并提交学习报告单' }
      },
      now
    )
  })
}

/** 学习报告退回提醒 to the member whose report came back: the task, the reason. */
export async function remindReturned(db: Database, report: StudyReport, title: string, now: Date): Promise<void> {
  const openids = await openidsOf(db, [report.memberId])
  await sendReminder(
    db,
    {
      kind: 'studyReturned',
      day: cstDate(now),
      target: `${report._id}:r${report.rev}`,
      memberId: report.memberId,
      openid: openids.get(report.memberId) ?? null,
      template: 'studyReturned',
      page: reportPagePath(report.taskId),
      data: { thing1: title, thing2: report.returnReason ?? '', thing3: '请按意见修改后重新提交' }
    },
    now
  )
}

/** 党性分析提醒 to the member whose analysis came back (返单): the quarter, its due day, the reason. */
export async function remindAnalysisReturned(db: Database, analysis: Analysis, now: Date): Promise<void> {
  const openids = await openidsOf(db, [analysis.memberId])
  await sendReminder(
    db,
    {
      kind: 'studyAnalysisReturned',
      day: cstDate(now),
      target: `${analysis._id}:r${analysis.rev}`,
      memberId: analysis.memberId,
      openid: openids.get(analysis.memberId) ?? null,
      template: 'studyAnalysis',
      page: 'study/pages/analysis/index',
      data: {
        thing1: `${quarterName(analysis.year, analysis.quarter)}党性分析返单`,
        date2: analysisWindow(analysis.year, analysis.quarter).due,
        thing3: analysis.verdict?.reason || '请按意见修改后重新提交'
      }
    },
    now
  )
}
