// The political birthday's to-dos, read with `whoami` so the home screen needs one call: the caller's
// greetings not yet opened (written by the birthday timer), and, for the secretary of an org, how many of
// the members it greets have their political birthday in the next 7 days. The stored greetings are the
// birthday function's (lib/model.ts); the rules are shared/birthday's.
import type { BirthdayTodo } from '@shared/birthday/api'
import { birthdayRelation } from '@shared/birthday/served'
import { upcomingOf } from '@shared/birthday/upcoming'
import { cstDate } from '@shared/core/time'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import type { MemberDoc } from '@server/model'

export const THIS_WEEK_DAYS = 7
const MAX_NAMES = 5

export async function birthdayTodoOf(db: Database, member: MemberDoc, now: Date): Promise<BirthdayTodo[]> {
  const out: BirthdayTodo[] = []
  const unopened = await findAll(db, 'birthdayGreetings', { memberId: member._id, openedAt: null }, { max: 50 })
  for (const g of unopened.sort((a, b) => a.date.localeCompare(b.date)))
    out.push({ kind: 'openGreeting', greetingId: g._id, date: g.date, years: g.years })

  const orgIds = [...new Set((member.roles ?? []).filter((r) => r.role === 'secretary').map((r) => r.orgId))]
  if (!orgIds.length) return out
  const members = await findIn(db, 'members', 'assessingOrgId', orgIds)
  const orgs = await findByIds(db, 'orgs', orgIds)
  const today = cstDate(now)
  for (const orgId of orgIds) {
    const own = members
      .filter((m) => (m.partyStatus === 'full' || m.partyStatus === 'probationary') && birthdayRelation(m, orgId) === 'own')
      .map((m) => ({ _id: m._id, name: m.name, joinedAt: m.joinedAt ?? null, homeOrgId: m.homeOrgId, assessingOrgId: m.assessingOrgId }))
    const week = upcomingOf(own, orgId, today, THIS_WEEK_DAYS)
    if (week.length)
      out.push({
        kind: 'birthdaysThisWeek',
        orgId,
        orgName: orgs.get(orgId)?.name ?? '',
        count: week.length,
        names: week.slice(0, MAX_NAMES).map((w) => w.name)
      })
  }
  return out
}
