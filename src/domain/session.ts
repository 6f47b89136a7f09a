// Where to go after we know who is calling. Pure; table-tested.
import type { RoleGrant, RoleName, WhoamiResult } from '../../cloudfunctions/shared/api/member'

export const PAGES = {
  login: '/pages/login/index',
  home: '/pages/home/index',
  card: '/pages/card/index',
  roster: '/packageOrg/pages/roster/index',
  member: '/packageOrg/pages/member/index',
  orgs: '/packageOrg/pages/orgs/index',
  import: '/packageOrg/pages/import/index',
  checkin: '/pages/checkin/index',
  activities: '/pages/activities/index',
  orgActivities: '/packageOrg/pages/activities/index',
  newActivity: '/packageOrg/pages/newActivity/index',
  station: '/packageOrg/pages/station/index',
  attendance: '/packageOrg/pages/attendance/index',
  ledger: '/packageOrg/pages/ledger/index'
} as const

/** The roster → member page, for one member. */
export function memberPage(memberId: string): string {
  return `${PAGES.member}?id=${encodeURIComponent(memberId)}`
}

/** Committee staff (党委/党群工作部): org tree, roster import, roles. */
export function isStaff(roles: readonly RoleGrant[] | null | undefined): boolean {
  return (roles ?? []).some((g) => g.role === 'staff')
}

/** A secretary of one of the member's active or assessing orgs may issue an invitation code (the server decides). */
export function canInvite(
  roles: readonly RoleGrant[] | null | undefined,
  m: { activeOrgIds: readonly string[]; assessingOrgId: string }
): boolean {
  const orgIds = [...m.activeOrgIds, m.assessingOrgId]
  return (roles ?? []).some((g) => g.role === 'secretary' && orgIds.includes(g.orgId))
}

/** Roles that run a branch roster (secretary/deputy of a branch, committee staff). */
const ROSTER_ROLES: ReadonlySet<RoleName> = new Set<RoleName>(['secretary', 'deputy', 'staff'])

export function rosterOrgIds(roles: readonly RoleGrant[] | null | undefined): string[] {
  const ids: string[] = []
  for (const g of roles ?? []) {
    if (ROSTER_ROLES.has(g.role) && !ids.includes(g.orgId)) ids.push(g.orgId)
  }
  return ids
}

export function canSeeRoster(roles: readonly RoleGrant[] | null | undefined): boolean {
  return rosterOrgIds(roles).length > 0
}

export type Landing = 'bind' | 'roster' | 'home'

export function landingFor(who: WhoamiResult): Landing {
  if (!who.bound) return 'bind'
  return canSeeRoster(who.roles ?? who.member?.roles) ? 'roster' : 'home'
}
