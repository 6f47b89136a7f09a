// Who is calling: OPENID (from the cloud context, passed in by the router) → binding → member → roles.
// Roles are read from the database on every call; nothing the client sends is trusted.
import type { RoleGrant, RoleName } from '@shared/member/api'
import { isStaff as isStaffRoles, SERVING_ROLES as SERVING } from '@shared/member/visibility'
import type { Database } from './cloud'
import { getOrNull } from './db'
import { forbidden, notBound } from './errors'
import type { BindingDoc, MemberDoc } from './model'

export interface Caller {
  openid: string
  memberId: string
  member: MemberDoc
  roles: RoleGrant[]
}

/** Roles that make someone serve an org (see its roster). `staff` is committee-wide. */
export const SERVING_ROLES: readonly RoleName[] = SERVING

export async function findCaller(db: Database, openid: string): Promise<Caller | null> {
  const binding = await getOrNull<BindingDoc>(db, 'bindings', openid)
  if (!binding) return null
  const member = await getOrNull<MemberDoc>(db, 'members', binding.memberId)
  if (!member) return null
  return { openid, memberId: member._id, member, roles: Array.isArray(member.roles) ? member.roles : [] }
}

/** The bound caller, or NOT_BOUND. */
export async function requireCaller(db: Database, openid: string): Promise<Caller> {
  const caller = await findCaller(db, openid)
  if (!caller) throw notBound()
  return caller
}

export function hasRole(roles: RoleGrant[], orgId: string, names: readonly RoleName[]): boolean {
  return roles.some((r) => r.orgId === orgId && names.includes(r.role))
}

export function isStaff(roles: RoleGrant[]): boolean {
  return isStaffRoles(roles)
}

/** Committee staff (党委/党群工作部) or FORBIDDEN. */
export function requireStaff(caller: Caller): void {
  if (!isStaff(caller.roles)) throw forbidden('仅党委（党群工作部）工作人员可执行此操作')
}
