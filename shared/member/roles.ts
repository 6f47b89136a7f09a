// The role sets the rules of every capability use, declared once (RoleName is in api.ts).
import type { RoleGrant, RoleName } from './api'

/** Every role, in the order lists show them. */
export const ROLE_NAMES: readonly RoleName[] = ['secretary', 'deputy', 'committeeMember', 'groupLeader', 'staff']

/**
 * The committee of an org (支部委员会; of a committee or general branch too): its secretary, deputy and
 * committee members. They organise its activities, rate as the organisation, hold talks and read its
 * members' results.
 */
export const BRANCH_COMMITTEE_ROLES: readonly RoleName[] = ['secretary', 'deputy', 'committeeMember']

/** Those who serve an org's members (see its roster): its committee, and a party group's leader. */
export const SERVING_ROLES: readonly RoleName[] = [...BRANCH_COMMITTEE_ROLES, 'groupLeader']

/** `grants` hold one of `names` in the org `orgId`. */
export function hasRole(
  grants: readonly RoleGrant[] | null | undefined,
  orgId: string | null | undefined,
  names: readonly RoleName[]
): boolean {
  return !!orgId && (grants ?? []).some((g) => g.orgId === orgId && names.includes(g.role))
}

/** On the committee (secretary, deputy or committee member) of the org `orgId`. */
export const onCommitteeOf = (grants: readonly RoleGrant[] | null | undefined, orgId: string | null | undefined): boolean =>
  hasRole(grants, orgId, BRANCH_COMMITTEE_ROLES)

/** Committee staff (党委/党群工作部) of some committee. */
export const isStaff = (grants: readonly RoleGrant[] | null | undefined): boolean => (grants ?? []).some((g) => g.role === 'staff')
