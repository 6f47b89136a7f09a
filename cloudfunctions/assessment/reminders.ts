// The daily timer (config.json, 09:00 CST): subscribe-message reminders
//  - to members and organisation raters who still owe ratings, in the last 3 days before a deadline;
//  - to talkers of overdue talks.
// Template ids come from the environment (ASSESSMENT_RATE_TEMPLATE_ID, ASSESSMENT_TALK_TEMPLATE_ID);
// unset → skipped with a log. A rating reminder opens 我的考评 (the rater's tasks); a talk reminder
// opens the period's desk, where the talker records the talk. Every reminder goes through the shared
// reminders kit (cloudfunctions/lib/reminders.ts): claimed as `<kind>:<CST day>:<target>` before it is
// sent (a second run the same day sends nothing), sent only when the member has a consent left for the
// template (the consent ledger), which it spends; 43101 zeroes it.
import { raterRef, ratingId } from '@shared/assessment/anonymity'
import { getDb, type Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import type { MemberDoc, PeriodDoc } from '@server/model'
import { sendReminder } from '@server/reminders'
import { addDays, cstDate, cstDateTime } from '@shared/core/time'
import { ms } from './access'
import { orgRaterIds, peersOf } from './targets'

export const REMIND_DAYS_BEFORE = 3
/** Client pages the messages open (weapp paths without the leading slash, as subscribeMessage wants). */
export const RATE_REMINDER_PAGE = 'assessment/pages/my/index'
export const talkReminderPage = (periodId: string) => `assessment/pages/period/index?periodId=${encodeURIComponent(periodId)}`

/** Who still owes ratings in a period (pure over its ratings' ids). */
export function owing(
  p: PeriodDoc,
  members: Map<string, MemberDoc>,
  orgRaters: string[],
  ratingIds: Set<string>,
  secret: string
): string[] {
  const out = new Set<string>()
  for (const id of p.memberIds) {
    if (!ratingIds.has(ratingId(p._id, 'self', id, id))) out.add(id)
    if (peersOf(p, members, id).some((t) => !ratingIds.has(ratingId(p._id, 'peer', raterRef(secret, p._id, 'peer', id, t), t)))) out.add(id)
  }
  const alone = orgRaters.length === 1
  for (const r of orgRaters) if (p.memberIds.some((t) => (t !== r || alone) && !ratingIds.has(ratingId(p._id, 'org', r, t)))) out.add(r)
  return [...out].sort()
}

async function openidsOf(db: Database, memberIds: string[]): Promise<Map<string, string>> {
  const bindings = await findIn(db, 'bindings', 'memberId', memberIds)
  return new Map(bindings.map((b) => [b.memberId, b._id]))
}

export async function remind(time: Date, env: Record<string, string | undefined> = process.env) {
  const db = getDb()
  const _ = db.command
  const day = cstDate(time)
  const out = { day, ratingReminders: 0, talkReminders: 0, skipped: [] as string[] }

  const rateTemplate = env.ASSESSMENT_RATE_TEMPLATE_ID
  if (!rateTemplate) {
    console.log('[assessment.remind] ASSESSMENT_RATE_TEMPLATE_ID unset: rating reminders skipped')
    out.skipped.push('rating')
  } else if (env.ASSESSMENT_SECRET) {
    const periods = await findAll(db, 'periods', {
      status: 'rating',
      ratingDeadline: _.gt(time).and(_.lte(addDays(time, REMIND_DAYS_BEFORE)))
    })
    for (const p of periods) {
      const members = await findByIds(db, 'members', p.memberIds)
      const ids = new Set((await findAll(db, 'ratings', { periodId: p._id }, { field: { _id: true }, max: 200_000 })).map((r) => r._id))
      const who = owing(p, members, await orgRaterIds(db, p.orgId), ids, env.ASSESSMENT_SECRET)
      const openids = await openidsOf(db, who)
      for (const memberId of who) {
        const status = await sendReminder(
          db,
          {
            kind: 'rating',
            day,
            target: `${p._id}:${memberId}`,
            memberId,
            openid: openids.get(memberId) ?? null,
            template: 'assessmentRate',
            page: RATE_REMINDER_PAGE,
            data: {
              thing1: `${p.orgName}${p.name}`,
              time2: cstDateTime(new Date(ms(p.ratingDeadline))),
              thing3: '你还有未完成的评分，请在截止前完成'
            }
          },
          time,
          env
        )
        if (status === 'sent') out.ratingReminders++
      }
    }
  }

  const talkTemplate = env.ASSESSMENT_TALK_TEMPLATE_ID
  if (!talkTemplate) {
    console.log('[assessment.remind] ASSESSMENT_TALK_TEMPLATE_ID unset: talk reminders skipped')
    out.skipped.push('talk')
  } else {
    const talks = await findAll(db, 'talks', { status: 'assigned', dueAt: _.lt(time) })
    const openids = await openidsOf(db, [...new Set(talks.map((t) => t.talkerId))])
    for (const t of talks) {
      const status = await sendReminder(
        db,
        {
          kind: 'talk',
          day,
          target: t._id,
          memberId: t.talkerId,
          openid: openids.get(t.talkerId) ?? null,
          template: 'assessmentTalk',
          page: talkReminderPage(t.periodId),
          data: { thing1: `与${t.name}的谈话`, time2: cstDateTime(new Date(ms(t.dueAt))), thing3: '谈话已逾期，请尽快谈话并记录' }
        },
        time,
        env
      )
      if (status === 'sent') out.talkReminders++
    }
  }
  return { ok: true as const, data: out }
}
