// Stored document shapes of the checkin function (collections declared in shared/collections.ts).
import type { ActivityType, LatLng, Venue } from '@shared/checkin/api'

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
