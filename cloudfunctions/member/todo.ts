// What waits for the caller in assessment, read with `whoami` so the home screen needs one call:
// a recorded talk to confirm (the member), a talk to record (its talker), pending objections of the
// periods the caller manages (the org's secretary). The shapes are the assessment function's stored
// talks, objections and periods (their API types); the rules mirror its actions (ackTalk, recordTalk,
// answerObjection's canManage).
import type { Objection, Period, Talk } from '@shared/assessment/api'
import type { RoleGrant, TodoItem } from '@shared/member/api'
import type { Database } from '@server/cloud'
import { findAll, findIn } from '@server/db'

type TalkRead = Pick<Talk, 'periodId' | 'periodName' | 'memberId' | 'name' | 'talkerId' | 'status'> & { _id: string; dueAt: unknown }
type PeriodRead = Pick<Period, '_id' | 'name' | 'orgId' | 'status'>

const ms = (x: unknown) => new Date(x as string).getTime()

export async function todoOf(db: Database, memberId: string, roles: readonly RoleGrant[], now: Date): Promise<TodoItem[]> {
  const _ = db.command
  const talks = await findAll<TalkRead>(
    db,
    'talks',
    _.or([
      { memberId, status: 'recorded' },
      { talkerId: memberId, status: 'assigned' }
    ])
  )
  const items: Array<TodoItem & { at: number }> = talks.map((t) =>
    t.status === 'recorded'
      ? { kind: 'ackTalk', periodId: t.periodId, periodName: t.periodName, memberId: t.memberId, name: t.name, at: ms(t.dueAt) }
      : {
          kind: 'recordTalk',
          periodId: t.periodId,
          periodName: t.periodName,
          memberId: t.memberId,
          name: t.name,
          dueAt: new Date(ms(t.dueAt)).toISOString(),
          overdue: now.getTime() > ms(t.dueAt),
          at: ms(t.dueAt)
        }
  )

  const managed = roles.filter((r) => r.role === 'secretary').map((r) => r.orgId)
  if (managed.length) {
    // Objections are filed only while a period is published (its publicity window).
    const periods = (await findIn<PeriodRead>(db, 'periods', 'orgId', managed)).filter((p) => p.status === 'published')
    const byId = new Map(periods.map((p) => [p._id, p]))
    const pending = (await findIn<Objection>(db, 'objections', 'periodId', [...byId.keys()])).filter((o) => o.status === 'pending')
    for (const o of pending) {
      items.push({
        kind: 'answerObjection',
        periodId: o.periodId,
        periodName: byId.get(o.periodId)?.name ?? '',
        memberId: o.memberId,
        name: o.name,
        at: ms(o.filedAt)
      })
    }
  }
  return items
    .sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind) || a.memberId.localeCompare(b.memberId))
    .map(({ at: _at, ...item }) => item)
}
