// Who sees and who acts on a suggestion. Pure: the viewer's roles and orgs come in from the database.
//   the author               always sees it; confirms or reopens the answer
//   the org's secretary      always sees it (also while pending or held); handles it
//   the org's committee      (deputy, committee members) see and handle it once it passed moderation
//   the home org's committee see their dispatched members' suggestions once passed (read only)
//   committee staff          see every passed suggestion of their committee's orgs (read only; stats)
//   peers                    members of the same org see it once passed, unless it is hidden from peers
// No one handles their own suggestion.
import type { RoleGrant } from '@shared/member/api'
import { hasRole, onCommitteeOf } from '@shared/member/roles'
import type { Moderation } from './api'

export interface Viewer {
  memberId: string
  roles: readonly RoleGrant[]
  /** The orgs whose life the viewer takes part in: assessing and active orgs. */
  orgIds: readonly string[]
  /** Whether the viewer is committee staff of the committee above the suggestion's org. */
  staffOfCommittee: boolean
}

export interface Visibility {
  memberId: string
  orgId: string
  homeOrgId: string
  moderation: Moderation
  hiddenFromPeers: boolean
}

export const isSecretaryOf = (v: Pick<Viewer, 'roles'>, orgId: string) => hasRole(v.roles, orgId, ['secretary'])

export function canRead(v: Viewer, s: Visibility): boolean {
  if (v.memberId === s.memberId || isSecretaryOf(v, s.orgId)) return true
  if (s.moderation !== 'passed') return false
  if (onCommitteeOf(v.roles, s.orgId)) return true
  if (s.homeOrgId !== s.orgId && onCommitteeOf(v.roles, s.homeOrgId)) return true
  if (v.staffOfCommittee) return true
  return !s.hiddenFromPeers && v.orgIds.includes(s.orgId)
}

/** Receives, names a handler, answers: the org's committee, on what they can read, never their own. */
export function canHandle(v: Viewer, s: Visibility): boolean {
  return v.memberId !== s.memberId && onCommitteeOf(v.roles, s.orgId) && canRead(v, s)
}

/** Sees the hidden parts (photos pending moderation, the handling history): the author and those who handle it. */
export const seesEverything = (v: Viewer, s: Visibility) => v.memberId === s.memberId || canHandle(v, s)
