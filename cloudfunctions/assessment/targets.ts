// Who rates whom in a period: self (the member), peers (the others of the branch, or of the party
// group when peerScope is 'group'; members without a group rate each other), and the organisation raters (secretary, deputy, committee
// members of the assessing org) rate every member but themselves, unless they are the only one.
import type { OrgRater, Source } from '@shared/assessment/api'
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds } from '@server/db'
import type { MemberDoc, PeriodDoc } from '@server/model'
import { BRANCH_COMMITTEE_ROLES, hasRole, onCommitteeOf } from '@shared/member/roles'
import { isAssessed, isOrgRaterOf } from './access'

export interface Target {
  memberId: string
  name: string
  source: Exclude<Source, 'masses'>
}

/** Members holding an organisation-rater role in the org. */
export async function orgRaterIds(db: Database, orgId: string): Promise<string[]> {
  const docs = await findAll(db, 'members', { 'roles.orgId': orgId }, { field: { roles: true } })
  return docs.filter((m) => onCommitteeOf(m.roles, orgId)).map((m) => m._id)
}

/** The organisation raters of the org with their names and highest role there (BRANCH_COMMITTEE_ROLES order: secretary first). */
export async function orgRatersOf(db: Database, orgId: string): Promise<OrgRater[]> {
  const docs = await findAll(db, 'members', { 'roles.orgId': orgId }, { field: { name: true, roles: true } })
  const rank = (r: OrgRater['role']) => BRANCH_COMMITTEE_ROLES.indexOf(r)
  const out: OrgRater[] = []
  for (const m of docs) {
    const role = BRANCH_COMMITTEE_ROLES.find((r) => hasRole(m.roles, orgId, [r])) as OrgRater['role'] | undefined
    if (role) out.push({ memberId: m._id, name: m.name, role })
  }
  return out.sort((a, b) => rank(a.role) - rank(b.role) || a.memberId.localeCompare(b.memberId))
}

/** A member's peers. 'group' scope: the same party group; members without a group (none exists for
 * them) are peers of each other, i.e. they fall back to the branch's members without a group. */
export function peersOf(
  p: Pick<PeriodDoc, 'memberIds' | 'peerScope'>,
  members: Map<string, Pick<MemberDoc, 'groupId'>>,
  memberId: string
): string[] {
  const groupOf = (id: string) => members.get(id)?.groupId || null
  const mine = groupOf(memberId)
  return p.memberIds.filter((o) => o !== memberId && (p.peerScope === 'branch' || groupOf(o) === mine))
}

/** Every target of the caller, in a stable order (self, peers, org). */
export async function targetsOf(db: Database, caller: Caller, p: PeriodDoc): Promise<Target[]> {
  const members = await findByIds(db, 'members', p.memberIds)
  const name = (id: string) => members.get(id)?.name ?? id
  const out: Target[] = []
  if (isAssessed(caller, p)) {
    out.push({ memberId: caller.memberId, name: name(caller.memberId), source: 'self' })
    for (const id of peersOf(p, members, caller.memberId)) out.push({ memberId: id, name: name(id), source: 'peer' })
  }
  if (isOrgRaterOf(caller, p.orgId)) {
    const raters = await orgRaterIds(db, p.orgId)
    const alone = raters.filter((r) => r !== caller.memberId).length === 0
    for (const id of p.memberIds) if (id !== caller.memberId || alone) out.push({ memberId: id, name: name(id), source: 'org' })
  }
  return out
}
