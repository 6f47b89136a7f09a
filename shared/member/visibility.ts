// Who may see which member, and whether the phone (roster privacy).
//
// - A member always sees themself, phone included.
// - Serving an org (secretary, deputy, committee member, group leader of it) shows the members whose
//   activeOrgIds or assessingOrgId include it (dispatched members from elsewhere included), or, for a
//   party group, whose groupId is it.
// - The HOME org's secretary also sees its members who do org life elsewhere (e.g. a village branch's
//   dispatched members working for us): basic information only.
// - Committee staff see every member's basic information (they assess every branch).
// - The phone is shown only to the member and to a secretary of one of the member's active or
//   assessing orgs ("a secretary serving them"). Not to deputies, group leaders, staff, or the
//   home org's secretary, unless they are also such a secretary.
import type { RoleGrant } from './api'
import { hasRole, isStaff, SERVING_ROLES } from './roles'

export type Relation = 'active' | 'assessing' | 'home' | 'group'

export interface Viewer {
  memberId: string
  roles: RoleGrant[]
}

export interface Placement {
  _id: string
  homeOrgId: string
  activeOrgIds: string[]
  assessingOrgId: string
  groupId: string | null
}

/** Orgs whose roster the viewer may open, in the order of their role grants (first = default). */
export function servedOrgIds(roles: RoleGrant[]): string[] {
  const out: string[] = []
  for (const r of roles) if (SERVING_ROLES.includes(r.role) && !out.includes(r.orgId)) out.push(r.orgId)
  return out
}

/** The ways `m` belongs on `orgId`'s roster (empty: not at all). */
export function relationsTo(m: Placement, orgId: string): Relation[] {
  const rel: Relation[] = []
  if (m.activeOrgIds.includes(orgId)) rel.push('active')
  if (m.assessingOrgId === orgId) rel.push('assessing')
  if (m.homeOrgId === orgId) rel.push('home')
  if (m.groupId === orgId) rel.push('group')
  return rel
}

export interface RosterAccess {
  allowed: boolean
  /** Also list members whose only relation is 'home' (their org life is elsewhere). */
  includeHomeOnly: boolean
}

export function rosterAccess(viewer: Viewer, orgId: string): RosterAccess {
  const staff = isStaff(viewer.roles)
  const serving = hasRole(viewer.roles, orgId, SERVING_ROLES)
  return {
    allowed: staff || serving,
    includeHomeOnly: staff || hasRole(viewer.roles, orgId, ['secretary'])
  }
}

/** Whether `m` appears on `orgId`'s roster for this access. */
export function onRoster(m: Placement, orgId: string, access: RosterAccess): boolean {
  const rel = relationsTo(m, orgId)
  if (!access.allowed || rel.length === 0) return false
  if (rel.length === 1 && rel[0] === 'home') return access.includeHomeOnly
  return true
}

/** May the viewer read the phone of `m`? */
export function canSeePhone(viewer: Viewer, m: Placement): boolean {
  if (viewer.memberId === m._id) return true
  return [...m.activeOrgIds, m.assessingOrgId].some((orgId) => hasRole(viewer.roles, orgId, ['secretary']))
}

/** May the viewer see `m` at all (identity card, roster entry)? */
export function canSeeMember(viewer: Viewer, m: Placement): boolean {
  if (viewer.memberId === m._id || isStaff(viewer.roles)) return true
  const lifeOrgs = [...m.activeOrgIds, m.assessingOrgId, ...(m.groupId ? [m.groupId] : [])]
  if (lifeOrgs.some((orgId) => hasRole(viewer.roles, orgId, SERVING_ROLES))) return true
  return hasRole(viewer.roles, m.homeOrgId, ['secretary'])
}

/** May the viewer create a one-time invitation code for `m`? (A secretary of an org serving them.) */
export function canInvite(viewer: Viewer, m: Placement): boolean {
  return [...m.activeOrgIds, m.assessingOrgId].some((orgId) => hasRole(viewer.roles, orgId, ['secretary']))
}
