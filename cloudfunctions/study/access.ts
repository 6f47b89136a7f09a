// Who may do what in study. Roles come from the database (requireCaller), never from the event.
//   a member                 their own tasks, reports and analyses only (never another member's)
//   the branch committee     secretary, deputy, committee members of the org assessing the member:
//                            plan, push tasks, review reports, read analyses, stats
//   the secretary / deputy   the verdict on an analysis
//   a party group's leader   reviews the reports and comments on the analyses of their group's members
//   committee staff          read everything of their committee's branches, push plan items to them
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll } from '@server/db'
import { forbidden, invalidInput } from '@server/errors'
import type { OrgDoc } from '@server/model'
import { committeeOf, loadOrg } from '@server/orgs'
import { hasRole, onCommitteeOf } from '@shared/member/roles'

export { committeeOf, loadOrg }

export const isCommitteeOf = (c: Caller, orgId: string) => onCommitteeOf(c.roles, orgId)
export const isStaffOf = (c: Caller, committeeId: string | null) => !!committeeId && hasRole(c.roles, committeeId, ['staff'])
export const isLeaderOf = (c: Caller, groupId: string | null) => !!groupId && hasRole(c.roles, groupId, ['groupLeader'])
export const isSecretaryOf = (c: Caller, orgId: string) => hasRole(c.roles, orgId, ['secretary', 'deputy'])

/** The groups the caller leads (org ids). */
export const ledGroups = (c: Caller) => c.roles.filter((r) => r.role === 'groupLeader').map((r) => r.orgId)

/** Reads a member's report or analysis: the member, their group leader, the branch committee, committee staff. */
export function canReadPrivate(
  c: Caller,
  doc: { memberId: string; orgId: string; groupId: string | null },
  committeeId: string | null
): boolean {
  return c.memberId === doc.memberId || isCommitteeOf(c, doc.orgId) || isLeaderOf(c, doc.groupId) || isStaffOf(c, committeeId)
}

/** Reviews a report: the branch committee or the member's group leader; never one's own. */
export function requireReportReviewer(c: Caller, doc: { memberId: string; orgId: string; groupId: string | null }): void {
  if (c.memberId === doc.memberId) throw forbidden('不能审核自己的学习报告')
  if (!isCommitteeOf(c, doc.orgId) && !isLeaderOf(c, doc.groupId))
    throw forbidden('只有本支部的支委或该党员所在党小组的组长可以审核学习报告')
}

/** The groups of `orgId` the caller leads. */
export async function ledGroupsIn(db: Database, c: Caller, orgId: string): Promise<string[]> {
  const led = ledGroups(c)
  if (!led.length) return []
  const groups = await findAll(db, 'orgs', { parentId: orgId, kind: 'group' }, { field: { _id: true } })
  return groups.map((g) => g._id).filter((g) => led.includes(g))
}

/** The org that assesses the caller: their study lives there. */
export async function callerOrg(db: Database, c: Caller): Promise<OrgDoc> {
  if (!c.member.assessingOrgId) throw invalidInput('你还没有考核所在的党组织，请联系支部书记')
  return loadOrg(db, c.member.assessingOrgId)
}

/** The branch committee or its committee's staff (reads of the whole branch: plan edits aside). */
export async function requireBranchReader(db: Database, c: Caller, org: OrgDoc): Promise<string | null> {
  const committeeId = await committeeOf(db, org)
  if (!isCommitteeOf(c, org._id) && !isStaffOf(c, committeeId)) throw forbidden('只有本支部的支委和党委工作人员可以查看')
  return committeeId
}

/** A committee's staff (the committee-wide reads: stats across branches). */
export async function requireCommitteeStaff(db: Database, c: Caller, committeeId: string): Promise<OrgDoc> {
  const committee = await loadOrg(db, committeeId)
  if (committee.kind !== 'committee') throw invalidInput('请选择党委', [{ path: 'committeeId', message: '不是党委' }])
  if (!isStaffOf(c, committee._id)) throw forbidden('只有本党委的工作人员可以查看各支部学习统计')
  return committee
}

/**
 * The orgs under a committee that assess members (branches, joint and general branches; not groups, not
 * external orgs), by id. One read of the org tree.
 */
export async function branchesUnder(db: Database, committeeId: string): Promise<Array<{ _id: string; name: string }>> {
  const orgs = await findAll(db, 'orgs', {}, { field: { kind: true, parentId: true, name: true } })
  const inTree = new Set([committeeId])
  for (let grew = true; grew; ) {
    grew = false
    for (const o of orgs)
      if (o.parentId && inTree.has(o.parentId) && !inTree.has(o._id)) {
        inTree.add(o._id)
        grew = true
      }
  }
  return orgs
    .filter((o) => inTree.has(o._id) && o._id !== committeeId && o.kind !== 'group')
    .map((o) => ({ _id: o._id, name: o.name }))
    .sort((a, b) => a._id.localeCompare(b._id))
}
