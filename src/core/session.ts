// Where to go after we know who is calling. Pure; table-tested.
import type { RoleGrant, RoleName, WhoamiResult } from '@shared/member/api'

export const PAGES = {
  login: '/pages/login/index',
  home: '/pages/home/index',
  card: '/pages/card/index',
  roster: '/member/pages/roster/index',
  member: '/member/pages/member/index',
  orgs: '/member/pages/orgs/index',
  import: '/member/pages/import/index',
  checkin: '/pages/checkin/index',
  activities: '/pages/activities/index',
  orgActivities: '/checkin/pages/activities/index',
  newActivity: '/checkin/pages/newActivity/index',
  station: '/checkin/pages/station/index',
  attendance: '/checkin/pages/attendance/index',
  ledger: '/checkin/pages/ledger/index'
} as const

/** The roster → member page, for one member. */
export function memberPage(memberId: string): string {
  return `${PAGES.member}?id=${encodeURIComponent(memberId)}`
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

/** Everyone lands on home, which puts their own tools first (src/home/layout.ts); the unbound bind first. */
export type Landing = 'bind' | 'home'

export function landingFor(who: WhoamiResult): Landing {
  return who.bound ? 'home' : 'bind'
}
