// The daily timer (config.json, 08:00 CST: `0 0 8 * * * *`): "deadline near" reminders. For every task whose
// deadline is today or within DEADLINE_NEAR_DAYS days, each of its members who has filed nothing (no report,
// or a draft) and is not credited by the task's collective-study check-in gets 学习任务提醒 once a day
// (kind 'studyDue', id `studyDue:<day>:<taskId>:<memberId>`; a timer fired twice sends nothing twice), when a
// consent is left. Tasks are read by the indexed deadline; reports and check-ins by task.
import { creditBasis } from '@shared/study/hours'
import { isDeadlineNear } from '@shared/study/windows'
import { addDaysYmd, cstDate } from '@shared/core/time'
import { getDb, type Database } from '@server/cloud'
import { findAll, findIn } from '@server/db'
import { eachLimited, SEND_CONCURRENCY } from '@server/paging'
import { sendReminder } from '@server/reminders'
import { checkinsAt } from '@server/studyCredits'

export const DEADLINE_NEAR_DAYS = 3

export interface DailyResult {
  day: string
  tasks: number
  reminders: number
  sent: number
}

export async function daily(
  time: Date,
  env: Record<string, string | undefined> = process.env,
  db: Database = getDb()
): Promise<DailyResult> {
  const _ = db.command
  const day = cstDate(time)
  const tasks = await findAll(
    db,
    'studyTasks',
    { deadline: _.gte(day).and(_.lte(addDaysYmd(day, DEADLINE_NEAR_DAYS))) },
    { field: { title: true, deadline: true, memberIds: true, material: true } }
  )
  const out: DailyResult = { day, tasks: tasks.length, reminders: 0, sent: 0 }
  for (const task of tasks) {
    const reports = new Map(
      (await findAll(db, 'studyReports', { taskId: task._id }, { field: { memberId: true, status: true } })).map((r) => [
        r.memberId,
        r.status
      ])
    )
    const present = await checkinsAt(db, task.material.activityId ? [task.material.activityId] : [])
    const due = task.memberIds.filter((m) => {
      const status = reports.get(m) ?? null
      return (
        isDeadlineNear(task.deadline, status, time, DEADLINE_NEAR_DAYS) &&
        !creditBasis(status, present.has(`${task.material.activityId}\n${m}`), task)
      )
    })
    if (!due.length) continue
    const openids = new Map((await findIn(db, 'bindings', 'memberId', due)).map((b) => [b.memberId, b._id]))
    await eachLimited(due, SEND_CONCURRENCY, async (memberId) => {
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
          data: { thing1: task.title, date2: task.deadline, thing3: '截止日期临近，请尽快提交学习报告单' }
        },
        time,
        env
      )
      if (status === 'sent') out.sent++
    })
  }
  return out
}
