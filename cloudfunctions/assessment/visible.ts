// The periods a caller may see: read by the period list and by the rubric page (a rubric frozen into a
// period the caller sees is theirs to read). Its own module so periods.ts and rubrics.ts need not import each other.
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findIn } from '@server/db'
import { canSeePeriod, ms, staffCommittees } from './access'
import type { PeriodDoc } from '@server/model'

/** Periods the caller may see (optionally of one org), newest first. */
export async function visiblePeriods(db: Database, caller: Caller, orgId?: string): Promise<PeriodDoc[]> {
  const _ = db.command
  const served = [...new Set(caller.roles.filter((r) => r.role !== 'staff').map((r) => r.orgId))]
  const mine = caller.member.assessingOrgId
  const staff = staffCommittees(caller)
  const or: object[] = [{ orgId: _.in([...served, mine]) }]
  if (staff.length) or.push({ committeeId: _.in(staff) })
  const where = orgId ? _.and([{ orgId }, _.or(or)]) : _.or(or)
  const docs = (await findAll(db, 'periods', where)).filter((p) => canSeePeriod(caller, p))
  // 双重管理: a home org's secretary sees the published periods of its members assessed elsewhere.
  const homeOf = caller.roles.filter((r) => r.role === 'secretary').map((r) => r.orgId)
  if (homeOf.length) {
    const away = (await findIn(db, 'members', 'homeOrgId', homeOf)).filter((m) => m.assessingOrgId !== m.homeOrgId).map((m) => m._id)
    if (away.length) {
      const theirs = await findAll(db, 'periods', { memberIds: _.in(away.slice(0, 500)), status: 'published' })
      for (const p of theirs) if (!docs.some((d) => d._id === p._id) && (!orgId || p.orgId === orgId)) docs.push(p)
    }
  }
  return docs.sort((a, b) => ms(b.openedAt) - ms(a.openedAt))
}
