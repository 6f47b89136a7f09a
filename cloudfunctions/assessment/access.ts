// Who may do what in a period. Roles come from the database (requireCaller), never from the event.
//   secretary of the assessing org  manages the period (open, close, compute, publish, codes, answers)
//   its secretary/deputy/committee  are the organisation raters and read results
//   committee staff                 edit rubrics, reopen periods, read everything of their committee
//   members of the period           rate (self, peers), read their own detail and the published board
//   home org's secretary            reads a dispatched member's published result (双重管理)
import type { Period } from '@shared/assessment/api'
import type { Caller } from '@server/auth'
import { hasRole, onCommitteeOf } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { committeeOf } from '@server/orgs'
import { findByIds, getOrNull } from '@server/db'
import { forbidden, invalidInput, notFound } from '@server/errors'
import type { PeriodDoc } from '@server/model'

export const isSecretaryOf = (c: Caller, orgId: string) => hasRole(c.roles, orgId, ['secretary'])
/** The org's committee (secretary, deputy, committee members) rate as the organisation. */
export const isOrgRaterOf = (c: Caller, orgId: string) => onCommitteeOf(c.roles, orgId)
export const isStaffOf = (c: Caller, committeeId: string) => hasRole(c.roles, committeeId, ['staff'])
/** Staff of any committee (rubrics are per committee: the one they are staff of). */
export const staffCommittees = (c: Caller) => c.roles.filter((r) => r.role === 'staff').map((r) => r.orgId)

export const canManage = (c: Caller, p: Pick<PeriodDoc, 'orgId'>) => isSecretaryOf(c, p.orgId)
/** Secretary, deputy, committee members of the org, and committee staff: read results and progress. */
export const canReview = (c: Caller, p: Pick<PeriodDoc, 'orgId' | 'committeeId'>) => isOrgRaterOf(c, p.orgId) || isStaffOf(c, p.committeeId)
export const isAssessed = (c: Caller, p: Pick<Period, 'memberIds'>) => p.memberIds.includes(c.memberId)

export function requireManage(c: Caller, p: PeriodDoc): void {
  if (!canManage(c, p)) throw forbidden('只有该支部书记可以执行此操作')
}

export async function loadPeriod(db: Database, id: string): Promise<PeriodDoc> {
  const p = await getOrNull(db, 'periods', id)
  if (!p) throw notFound('该考核期不存在')
  return p
}

/** The period, if the caller may see it (canSeePeriod); otherwise FORBIDDEN with `why`. */
export async function loadVisiblePeriod(db: Database, c: Caller, id: string, why = '你不在该考核期内'): Promise<PeriodDoc> {
  const p = await loadPeriod(db, id)
  if (!canSeePeriod(c, p)) throw forbidden(why)
  return p
}

// The committee (党委) an org belongs to: one walk for every function (cloudfunctions/lib/orgs.ts).
export { committeeOf }

/**
 * The committee a staff action works on: the one asked for (the caller must be its staff), else the only
 * one the caller is staff of. Staff of several committees must name it (INVALID_INPUT).
 */
export function staffCommittee(c: Caller, asked: string | undefined, message: string): string {
  const mine = [...new Set(staffCommittees(c))]
  if (!mine.length || (asked !== undefined && !mine.includes(asked))) throw forbidden(message)
  if (asked !== undefined) return asked
  if (mine.length > 1) throw invalidInput('你是多个党委的工作人员，请指明党委', [{ path: 'committeeId', message: '请指明党委' }])
  return mine[0]
}

/** Every committee whose tree the caller belongs to: staff of, above their assessing/home org, above an org they serve. */
export async function callerCommittees(db: Database, c: Caller): Promise<Set<string>> {
  const out = new Set(staffCommittees(c))
  const member = c.member
  const orgIds = [...new Set([member.assessingOrgId, member.homeOrgId, ...c.roles.map((r) => r.orgId)].filter(Boolean))]
  for (const o of (await findByIds(db, 'orgs', orgIds)).values()) {
    const committee = await committeeOf(db, o)
    if (committee) out.add(committee)
  }
  return out
}

/** Anyone involved may see a period at all (its name, dates, status). */
export function canSeePeriod(c: Caller, p: PeriodDoc): boolean {
  return isAssessed(c, p) || canReview(c, p)
}

/** Milliseconds of a stored instant (a Date from the database, or an ISO string). */
export const ms = (x: unknown): number => new Date(x as string).getTime()

export function toPeriod(p: PeriodDoc): Period {
  const { committeeId: _c, openKey: _k, ratingsDigest: _d, ...rest } = p
  // The store gives Dates where the contract has ISO strings; a required field stays required.
  function iso(x: string): string
  function iso(x: unknown): string | null
  function iso(x: unknown): string | null {
    return x instanceof Date ? x.toISOString() : (x as string | null)
  }
  return {
    ...rest,
    ratingDeadline: iso(p.ratingDeadline),
    openedAt: iso(p.openedAt),
    closedAt: iso(p.closedAt),
    computedAt: iso(p.computedAt),
    publishedAt: iso(p.publishedAt),
    publicityEndsAt: iso(p.publicityEndsAt),
    reopenedAt: iso(p.reopenedAt)
  }
}
