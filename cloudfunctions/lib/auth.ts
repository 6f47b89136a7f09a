// Who is calling: OPENID (from the cloud context, passed in by the router) → binding → member → roles.
// Roles are read from the database on every call; nothing the client sends is trusted.
import type { RoleGrant } from '@shared/member/api'
import { isStaff } from '@shared/member/roles'
import type { Database } from './cloud'
import { getOrNull } from './db'
import { forbidden, notBound } from './errors'
import type { MemberDoc } from './model'

export interface Caller {
  openid: string
  memberId: string
  member: MemberDoc
  roles: RoleGrant[]
}

export async function findCaller(db: Database, openid: string): Promise<Caller | null> {
  const binding = await getOrNull(db, 'bindings', openid)
  if (!binding) return null
  const member = await getOrNull(db, 'members', binding.memberId)
  if (!member) return null
  return { openid, memberId: member._id, member, roles: Array.isArray(member.roles) ? member.roles : [] }
}

/** The bound caller, or NOT_BOUND. */
export async function requireCaller(db: Database, openid: string): Promise<Caller> {
  const caller = await findCaller(db, openid)
  if (!caller) throw notBound()
  return caller
}

/** Committee staff (党委/党群工作部) or FORBIDDEN. */
export function requireStaff(caller: Caller): void {
  if (!isStaff(caller.roles)) throw forbidden('仅党委（党群工作部）工作人员可执行此操作')
}
