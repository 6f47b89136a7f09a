// Stored document shapes (what the collections hold). API shapes live in api/*.ts.
import type { MemberDetail, OrgKind } from '@shared/member/api'

export interface OrgDoc {
  _id: string
  name: string
  kind: OrgKind
  parentId: string | null
  external: boolean
  createdAt?: Date
  updatedAt?: Date
}

/** A member as stored: the API's detail shape (phone private, unique) without the derived `bound`. */
export interface MemberDoc extends Omit<MemberDetail, 'bound'> {
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
