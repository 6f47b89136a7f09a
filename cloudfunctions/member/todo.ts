// What waits for the caller in assessment, read with `whoami` so the home screen needs one call:
// a recorded talk to confirm (the member), a talk to record (its talker), pending objections of the
// periods the caller manages (the org's secretary). The stored talks, objections and periods are the
// assessment function's (lib/model.ts); the rules mirror its actions (ackTalk, recordTalk,
// answerObjection's canManage).
import type { RoleGrant, TodoItem } from '@shared/member/api'
import type { Database } from '@server/cloud'
import { findAll, findIn } from '@server/db'

const ms = (x: unknown) => new Date(x as string).getTime()

export async function todoOf(db: Database, memberId: string, roles: readonly RoleGrant[], now: Date): Promise<TodoItem[]> {
  const _ = db.command
  const talks = await findAll(
    db,
    'talks',
    _.or([
      { memberId, status: 'recorded' },
      { talkerId: memberId, status: 'assigned' }
    ]),
    { field: { periodId: true, periodName: true, memberId: true, name: true, talkerId: true, status: true, dueAt: true } }
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
    const periods = (await findIn(db, 'periods', 'orgId', managed)).filter((p) => p.status === 'published')
    const byId = new Map(periods.map((p) => [p._id, p]))
    const pending = (await findIn(db, 'objections', 'periodId', [...byId.keys()])).filter((o) => o.status === 'pending')
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
