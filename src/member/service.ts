// Typed helpers for the `member` cloud function, built on the one transport.
import type { BindRequest, MemberApi, OrgKind, RoleGrant } from '@shared/member/api'
import type { BindDetails } from './bind'
import { callCloud } from '@/core/cloud'
import { caller, rememberCaller } from '@/core/caller'

type ImportInput = { csv: string } | { rows: NonNullable<Extract<MemberApi['importRoster']['req'], { rows: unknown }>['rows']> }

export const member = {
  /** The caller, asked once per app session (src/core/caller.ts). */
  whoami: () => caller(),
  bind: async (details: BindDetails) => {
    const who = await callCloud('member', { action: 'bind', ...details } as BindRequest & { action: 'bind' })
    rememberCaller(who)
    return who
  },
  card: (memberId?: string) => callCloud('member', memberId ? { action: 'card', memberId } : { action: 'card' }),
  roster: (query: { orgId?: string; search?: string } = {}) => callCloud('member', { action: 'roster', ...query }),
  createInvite: (memberId: string) => callCloud('member', { action: 'createInvite', memberId }),
  importRoster: (input: ImportInput) =>
    callCloud('member', { action: 'importRoster', ...input } as MemberApi['importRoster']['req'] & { action: 'importRoster' }),
  setRoles: (memberId: string, roles: RoleGrant[]) => callCloud('member', { action: 'setRoles', memberId, roles }),
  orgTree: () => callCloud('member', { action: 'orgTree' }),
  saveOrg: (org: { _id?: string; name: string; kind: OrgKind; parentId: string | null; external?: boolean }) =>
    callCloud('member', { action: 'saveOrg', org })
}
