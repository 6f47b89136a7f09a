// Who may do what with care (同步关爱). Roles from the database (requireCaller), never from the event.
//   the member's branch committee (assessing org: secretary, deputy, committee members): record, read
//   the branch secretary: the hardship flag, the to-do list of triggers
//   committee staff of the committee above: read records; edit the committee's occasion lists
//   the member: reads their own records
import { hasRole, onCommitteeOf } from '@shared/member/roles'
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { getOrNull } from '@server/db'
import { notFound } from '@server/errors'
import type { MemberDoc } from '@server/model'
import { committeeOf } from '@server/orgs'

export const NOT_FOUND_MEMBER = '该党员不存在或不在你服务的组织'

export async function loadMember(db: Database, memberId: string): Promise<MemberDoc> {
  const m = await getOrNull(db, 'members', memberId)
  if (!m) throw notFound(NOT_FOUND_MEMBER)
  return m
}

export const careOrgOf = (m: Pick<MemberDoc, 'assessingOrgId' | 'homeOrgId'>) => m.assessingOrgId || m.homeOrgId

export async function staffOf(db: Database, caller: Caller, orgId: string): Promise<boolean> {
  if (!caller.roles.some((r) => r.role === 'staff')) return false
  return hasRole(caller.roles, await committeeOf(db, await getOrNull(db, 'orgs', orgId)), ['staff'])
}

export const onBranchCommittee = (caller: Caller, m: MemberDoc) => onCommitteeOf(caller.roles, careOrgOf(m))
export const isBranchSecretary = (caller: Caller, orgId: string) => hasRole(caller.roles, orgId, ['secretary'])
