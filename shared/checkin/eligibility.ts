// Who may check in at an activity, who is expected, and who organises it.
//
// Dual management (双重管理): a member takes part in org life at every org in activeOrgIds (the
// employer's branch for a dispatched worker, the platform and community branches for a rider), so
// they may check in at an activity of any of them — not at their home org's activity unless the home
// org is also active. A party-group activity is for the group's members (groupId). An open activity
// (volunteer service, 双报到) accepts any bound member as a guest.
import type { RoleGrant } from '@shared/member/api'
import { hasRole, onCommitteeOf } from '@shared/member/roles'

export interface MemberPlacement {
  _id: string
  activeOrgIds: string[]
  groupId: string | null
}

export interface ActivityOrg {
  orgId: string
  /** The kind of the activity's org: a 'group' activity is for the group's members. */
  orgKind: string
  /** The parent of the activity's org (for a group: its branch). */
  orgParentId: string | null
  open: boolean
}

/** Members the activity counts on: the org's active members, or the group's members. */
export function isExpected(m: MemberPlacement, a: Pick<ActivityOrg, 'orgId' | 'orgKind'>): boolean {
  return a.orgKind === 'group' ? m.groupId === a.orgId : (m.activeOrgIds ?? []).includes(a.orgId)
}

export type Eligibility = { eligible: true; as: 'member' | 'guest' } | { eligible: false }

export function eligibility(m: MemberPlacement, a: ActivityOrg): Eligibility {
  if (isExpected(m, a)) return { eligible: true, as: 'member' }
  if (a.open) return { eligible: true, as: 'guest' }
  return { eligible: false }
}

/**
 * Organisers of an org's activities (create, station screen, attendance, stations): its secretary,
 * deputy or committee members; for a party group also its group leader and the organisers of its branch.
 */
export function canOrganise(roles: RoleGrant[], org: { _id: string; kind: string; parentId: string | null }): boolean {
  if (onCommitteeOf(roles, org._id)) return true
  if (org.kind === 'group') return hasRole(roles, org._id, ['groupLeader']) || onCommitteeOf(roles, org.parentId)
  return false
}

/** Make-up check-ins: only the secretary of the activity's org (for a party group: of its branch). */
export function canMakeup(roles: RoleGrant[], org: { _id: string; kind: string; parentId: string | null }): boolean {
  return hasRole(roles, org.kind === 'group' ? org.parentId : org._id, ['secretary'])
}

/**
 * The committee (党委) an org belongs to, from the org and its ancestors in order (`chain[0]` the org,
 * then its parent, …): the first committee met. null when the chain reaches an external org (a
 * village, community or platform branch is outside every committee) or no committee.
 */
export function committeeOf(chain: ReadonlyArray<{ _id: string; kind: string; external?: boolean }>): string | null {
  for (const o of chain) {
    if (o.external) return null
    if (o.kind === 'committee') return o._id
  }
  return null
}

/**
 * The ledger and attendance are read by organisers and by the staff of the committee the org belongs
 * to (they assess its branches); `committeeId` from committeeOf. Staff of another committee cannot.
 */
export function canReadAttendance(
  roles: RoleGrant[],
  org: { _id: string; kind: string; parentId: string | null },
  committeeId: string | null
): boolean {
  return canOrganise(roles, org) || hasRole(roles, committeeId, ['staff'])
}

/**
 * The ids of a chosen expected list that cannot be expected at the activity: unknown members, or
 * members not doing org life in the org (a group: not in the group). Empty when the list is fine.
 */
export function notExpectable(
  ids: string[],
  members: Map<string, MemberPlacement>,
  a: Pick<ActivityOrg, 'orgId' | 'orgKind'>
): { unknown: string[]; outside: string[] } {
  const unknown: string[] = []
  const outside: string[] = []
  for (const id of ids) {
    const m = members.get(id)
    if (!m) unknown.push(id)
    else if (!isExpected(m, a)) outside.push(id)
  }
  return { unknown, outside }
}
