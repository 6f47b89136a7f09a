// Stored document shapes (what the collections hold, declared in collections.ts) that more than one function
// or the demo seed reads. API shapes live in shared/<capability>/api.ts.
import type { ActivityType, LatLng, Venue } from '@shared/checkin/api'
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

// Check-in: written by the checkin function, read by assessment (attendance metrics) and the demo seed.
export interface ActivityDoc {
  /** 'a' + 9 base36 characters: short, because it is part of the rotating code (a `scene` ≤ 32). */
  _id: string
  type: ActivityType
  title: string
  orgId: string
  startAt: Date
  endAt: Date
  opensAt: Date
  closesAt: Date
  lateAfter: Date
  open: boolean
  venue: Venue | null
  stationIds: string[]
  rotateSeconds: number
  /** The org's members when the activity was created (a group: its members). */
  expectedMemberIds: string[]
  createdBy: string
  createdAt: Date
}

export interface CheckinDoc {
  /** `<activityId>:<memberId>`: the database itself keeps it to one per member and activity. */
  _id: string
  activityId: string
  memberId: string
  orgId: string
  checkedInAt: Date
  late: boolean
  makeup: boolean
  makeupReason: string | null
  makeupBy: string | null
  via: 'code' | 'shortCode' | 'makeup'
  distanceM: number | null
}

export interface RefusalDoc {
  _id?: string
  memberId: string
  openid: string
  activityId: string | null
  at: Date
  code: string
  via: 'code' | 'shortCode'
}

export interface StationDoc {
  _id: string
  orgId: string
  name: string
  location: LatLng | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

export const checkinId = (activityId: string, memberId: string) => `${activityId}:${memberId}`
