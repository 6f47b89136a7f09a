// Who may do what in the birthday function, and the reads several actions share.
import { greetingOrgOf } from '@shared/birthday/served'
import { DEFAULT_SEVEN_ONES, type SevenOneItem } from '@shared/birthday/sevenOnes'
import { BRANCH_COMMITTEE_ROLES, hasRole, isStaff } from '@shared/member/roles'
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { committeeOf } from '@server/orgs'
import { getOrNull } from '@server/db'
import { forbidden, notFound } from '@server/errors'
import type { MemberDoc } from '@server/model'

export { loadOrg } from '@server/orgs'

export async function loadMember(db: Database, memberId: string): Promise<MemberDoc> {
  const m = await getOrNull(db, 'members', memberId)
  if (!m) throw notFound('党员不存在')
  return m
}

/** The committee (党委) above an org: a bounded walk up the tree; null outside one. */
export async function committeeOfOrg(db: Database, orgId: string): Promise<string | null> {
  return committeeOf(db, await getOrNull(db, 'orgs', orgId))
}

/** The org's committee (secretary, deputy, committee member) or committee staff; FORBIDDEN otherwise. */
export function requireServing(c: Caller, orgId: string): void {
  if (!hasRole(c.roles, orgId, BRANCH_COMMITTEE_ROLES) && !isStaff(c.roles))
    throw forbidden('只有该组织的书记、副书记、支委或党委工作人员可以查看')
}

/** The org whose birthdays the caller looks at by default: the first they are secretary (else on the committee) of. */
export function defaultOrgOf(c: Caller): string {
  const grant = c.roles.find((r) => r.role === 'secretary') ?? c.roles.find((r) => BRANCH_COMMITTEE_ROLES.includes(r.role))
  if (!grant) throw forbidden('只有支部书记、副书记或支委可以查看政治生日')
  return grant.orgId
}

/** May the caller keep the 七个一 of `m`: the committee of the org that greets them (or staff). */
export const canKeepSevenOnes = (c: Caller, m: MemberDoc): boolean =>
  hasRole(c.roles, greetingOrgOf(m), BRANCH_COMMITTEE_ROLES) || isStaff(c.roles)

/** The committee's 七个一 list, or the default. */
export async function sevenOnesListOf(db: Database, committeeId: string | null): Promise<{ items: SevenOneItem[]; isDefault: boolean }> {
  const doc = committeeId ? await getOrNull(db, 'sevenOnesLists', committeeId) : null
  return doc ? { items: doc.items, isDefault: false } : { items: DEFAULT_SEVEN_ONES.map((i) => ({ ...i })), isDefault: true }
}
