// Stored document shapes (what the collections hold). API shapes live in api/*.ts.
import type { EmploymentType, OrgKind, PartyStatus, RoleGrant } from './api/member'

export interface OrgDoc {
  _id: string
  name: string
  kind: OrgKind
  parentId: string | null
  external: boolean
  createdAt?: Date
  updatedAt?: Date
}

export interface MemberDoc {
  _id: string
  name: string
  /** Private: only the member and a secretary serving them read it. Unique. */
  phone: string
  partyStatus: PartyStatus
  employment: EmploymentType
  homeOrgId: string
  activeOrgIds: string[]
  assessingOrgId: string
  groupId: string | null
  joinedAt: string | null
  fullAt: string | null
  roles: RoleGrant[]
  createdAt?: Date
  updatedAt?: Date
}

/** `_id` is the OPENID: one binding per WeChat user; unique index on memberId: one WeChat user per member. */
export interface BindingDoc {
  _id: string
  memberId: string
  via: 'phone' | 'invite' | 'seed'
  boundAt: Date
}

/** Failed bind tries per key: `member:<memberId>` (the roster entry) or `openid:<openid>`. */
export interface BindAttemptDoc {
  _id: string
  failures: number
  lockedUntil: Date | null
  updatedAt: Date
}

/** `_id` is sha256 of the code, so the code itself is never stored. */
export interface InviteDoc {
  _id: string
  memberId: string
  orgId: string
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
  usedBy: string | null
  revokedAt: Date | null
}
