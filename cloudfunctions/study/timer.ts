// The daily timer (config.json, 08:00 CST: `0 0 8 * * * *`). It handles today and the days missed while the
// function was down, at most 7 back (`timerRuns` _id 'study:daily', shared/reminders/ids.ts daysToRun; the
// day is marked done after the work, so a run that dies is redone and the reminder ids keep the redo from
// sending twice). Rules: shared/study/remind.ts.
//  - Deadline near: every task whose deadline is within DEADLINE_NEAR_DAYS days of one of those days; each
//    of its members who has filed nothing (no report, or a draft) and is not credited by the task's
//    collective-study check-in gets 学习任务提醒 (kind 'studyDue') — one per task and member in a run, under
//    the newest day it was near (`studyDue:<day>:<taskId>:<memberId>`), when a consent is left.
//  - Analysis due: from ANALYSIS_REMIND_DAYS days before a quarter's due day, each member assessed by a
//    branch whose analysis is not filed (none, a draft, returned) and who holds a 党性分析提醒 consent gets
//    one message for the quarter (kind 'studyAnalysis', `studyAnalysis:<due>:<memberId>:<year>q<q>`).
//    Only members holding a consent are read and claimed (consents by template, indexed): a quarter's
//    reminder does not write a claim for every member of the committee.
// Tasks are read by the indexed deadline; reports and check-ins by task.
import type { AnalysisWindow } from '@shared/study/api'
import { creditBasis } from '@shared/study/hours'
import {
  ANALYSIS_REMIND_DAYS,
  analysisNeedsReminder,
  analysisReminderNote,
  analysisRemindersOn,
  DEADLINE_NEAR_DAYS,
  nearDayOf
} from '@shared/study/remind'
import { quarterName } from '@shared/study/windows'
import { daysToRun } from '@shared/reminders/ids'
import { addDaysYmd, compareYmd, cstDate } from '@shared/core/time'
import { getDb, type Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import { eachLimited, SEND_CONCURRENCY } from '@server/paging'
import { sendReminder } from '@server/reminders'
import { checkinsAt } from '@server/studyCredits'
import { lastDoneDay, markDone } from '@server/timerRuns'

export { ANALYSIS_REMIND_DAYS, DEADLINE_NEAR_DAYS }
export const JOB = 'study:daily'
/** The member's analysis page opens the latest quarter whose window has opened: the reminded one (until the next opens). */
export const ANALYSIS_PAGE = 'study/pages/analysis/index'

type Env = Record<string, string | undefined>

export interface DailyResult {
  /** The CST day of the run. */
  day: string
  /** The days handled (missed days first, then today); empty when today was already done. */
  days: string[]
  tasks: number
  reminders: number
  sent: number
  /** The quarters whose analysis was reminded in this run (`2026q1`). */
  analysisQuarters: string[]
  analysisReminders: number
  analysisSent: number
}

export async function daily(time: Date, env: Env = process.env, db: Database = getDb()): Promise<DailyResult> {
  const day = cstDate(time)
  const days = daysToRun(await lastDoneDay(db, JOB), day)
  const out: DailyResult = { day, days, tasks: 0, reminders: 0, sent: 0, analysisQuarters: [], analysisReminders: 0, analysisSent: 0 }
  if (!days.length) return out
  await deadlineNear(db, days, time, env, out)
  for (const w of analysisRemindersOn(days)) await analysisDue(db, w, day, time, env, out)
  await markDone(db, JOB, day, time)
  return out
}

async function deadlineNear(db: Database, days: string[], time: Date, env: Env, out: DailyResult): Promise<void> {
  const _ = db.command
  const today = days[days.length - 1]
  const tasks = await findAll(
    db,
    'studyTasks',
    { deadline: _.gte(days[0]).and(_.lte(addDaysYmd(today, DEADLINE_NEAR_DAYS))) },
    { field: { title: true, deadline: true, memberIds: true, material: true } }
  )
  out.tasks = tasks.length
  for (const task of tasks) {
    const reports = new Map(
      (await findAll(db, 'studyReports', { taskId: task._id }, { field: { memberId: true, status: true } })).map((r) => [
        r.memberId,
        r.status
      ])
    )
    const present = await checkinsAt(db, task.material.activityId ? [task.material.activityId] : [])
    const due: Array<{ memberId: string; day: string }> = []
    for (const m of task.memberIds) {
      const status = reports.get(m) ?? null
      const nearOn = nearDayOf(task.deadline, status, days)
      if (nearOn && !creditBasis(status, present.has(`${task.material.activityId}\n${m}`), task)) due.push({ memberId: m, day: nearOn })
    }
    if (!due.length) continue
    const openids = await openidsOf(
      db,
      due.map((d) => d.memberId)
    )
    const passed = compareYmd(today, task.deadline) > 0
    await eachLimited(due, SEND_CONCURRENCY, async ({ memberId, day }) => {
      out.reminders++
      const status = await sendReminder(
        db,
        {
          kind: 'studyDue',
          day,
          target: `${task._id}:${memberId}`,
          memberId,
          openid: openids.get(memberId) ?? null,
          template: 'studyTask',
          page: `study/pages/report/index?taskId=${encodeURIComponent(task._id)}`,
          data: {
            thing1: task.title,
            date2: task.deadline,
            thing3: passed ? '已过截止日期，请尽快补交学习报告单' : '截止日期临近，请尽快提交学习报告单'
          }
        },
        time,
        env
      )
      if (status === 'sent') out.sent++
    })
  }
}

async function analysisDue(db: Database, w: AnalysisWindow, today: string, time: Date, env: Env, out: DailyResult): Promise<void> {
  const _ = db.command
  out.analysisQuarters.push(`${w.year}q${w.quarter}`)
  const holders = (await findAll(db, 'consents', { templateKey: 'studyAnalysis', balance: _.gt(0) }, { field: { memberId: true } })).map(
    (c) => c.memberId
  )
  if (!holders.length) return
  const members = [...(await findByIds(db, 'members', holders)).values()].filter((m) => !!m.assessingOrgId)
  const analyses = await findByIds(
    db,
    'studyAnalyses',
    members.map((m) => `${m._id}:${w.year}q${w.quarter}`)
  )
  const due = members
    .map((m) => ({ memberId: m._id, status: analyses.get(`${m._id}:${w.year}q${w.quarter}`)?.status ?? null }))
    .filter((m) => analysisNeedsReminder(m.status))
  if (!due.length) return
  const openids = await openidsOf(
    db,
    due.map((d) => d.memberId)
  )
  await eachLimited(due, SEND_CONCURRENCY, async ({ memberId, status }) => {
    out.analysisReminders++
    const outcome = await sendReminder(
      db,
      {
        kind: 'studyAnalysis',
        day: w.due,
        target: `${memberId}:${w.year}q${w.quarter}`,
        memberId,
        openid: openids.get(memberId) ?? null,
        template: 'studyAnalysis',
        page: ANALYSIS_PAGE,
        data: { thing1: `${quarterName(w.year, w.quarter)}党性分析`, date2: w.due, thing3: analysisReminderNote(status, w.due, today) }
      },
      time,
      env
    )
    if (outcome === 'sent') out.analysisSent++
  })
}

async function openidsOf(db: Database, memberIds: string[]): Promise<Map<string, string>> {
  if (!memberIds.length) return new Map()
  return new Map((await findIn(db, 'bindings', 'memberId', memberIds)).map((b) => [b.memberId, b._id]))
}
