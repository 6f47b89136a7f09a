// Request/response types of the `checkin` cloud function. Imported by the client with `import type`.
// Instants are ISO strings (UTC, e.g. 2026-07-01T01:30:00.000Z); dates are YYYY-MM-DD in CST.
// See docs/checkin.md.

/** 支部党员大会, 支委会, 党小组会, 党课 (三会一课), 主题党日, 志愿服务, 集中学习, 其他. */
export const ACTIVITY_TYPES = [
  'branchMeeting',
  'committeeMeeting',
  'groupMeeting',
  'partyLecture',
  'themeDay',
  'volunteer',
  'study',
  'other'
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]
export const ACTIVITY_TYPE_LABEL: Record<ActivityType, string> = {
  branchMeeting: '支部党员大会',
  committeeMeeting: '支委会',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  volunteer: '志愿服务',
  study: '集中学习',
  other: '其他'
}

export interface LatLng {
  lat: number
  lng: number
}

export interface Venue extends LatLng {
  /** Default 300 m. */
  radiusM: number
}

export interface WindowOverride {
  /** Default 30: check-in opens 30 minutes before the start. */
  opensMinutesBefore?: number
  /** Default 0: check-in closes at the end. */
  closesMinutesAfter?: number
  /** Default 0: any check-in after the start is late. */
  lateAfterMinutes?: number
}

export interface Station {
  _id: string
  orgId: string
  name: string
  location: LatLng | null
}

/** The check-in window: 'upcoming' before it opens, 'open' while members can check in, 'ended' after. */
export type ActivityPhase = 'upcoming' | 'open' | 'ended'

/**
 * The activity itself (shared/checkin/stage.ts): 'upcoming' before its start, 'ongoing' until its end and
 * its check-in window are over, 'ended' after. Members not checked in are 'pending' (未签到) until it
 * has ended, 'absent' (缺席) only then.
 */
export type ActivityStage = 'upcoming' | 'ongoing' | 'ended'

export interface Activity {
  _id: string
  type: ActivityType
  title: string
  orgId: string
  orgName: string
  startAt: string
  endAt: string
  opensAt: string
  closesAt: string
  /** Check-ins after this are late. */
  lateAfter: string
  open: boolean
  venue: Venue | null
  stationIds: string[]
  rotateSeconds: number
  phase: ActivityPhase
  stage: ActivityStage
  expectedCount: number
  createdBy: string
}

export interface CheckinRecord {
  memberId: string
  name: string
  /** ISO instant; for a make-up: when it was recorded. */
  checkedInAt: string
  /** HH:mm CST. */
  clock: string
  late: boolean
  makeup: boolean
  makeupReason?: string
}

/** 'pending' (未签到): expected, not checked in, the activity not ended yet; 'absent' (缺席) only after its end. */
export type AttendanceStatus = 'present' | 'late' | 'makeup' | 'pending' | 'absent' | 'guest'

export interface AttendanceSummary {
  expected: number
  present: number
  /** Expected and not checked in, once the activity has ended (0 before). */
  absent: number
  /** Expected and not checked in yet, while the activity has not ended (0 after). */
  pending: number
  late: number
  makeup: number
  guests: number
  /** present / expected (0..1); null when nobody is expected or the activity has not started. */
  rate: number | null
}

export interface AttendanceRow {
  memberId: string
  name: string
  expected: boolean
  status: AttendanceStatus
  checkedInAt: string | null
  clock: string | null
  makeupReason?: string
}

export interface Refusal {
  memberId: string
  name: string
  at: string
  code: CheckinRefusalCode
  message: string
}

export interface MyActivity extends Activity {
  /** The caller's own attendance: 'absent' for an ended activity without check-in, null while it has not ended and no check-in. */
  mine: { status: AttendanceStatus | null; checkedInAt: string | null; late: boolean; makeup: boolean; expected: boolean }
}

/** The caller's attendance this CST quarter: activities they were expected at that have ended, and how many of them they attended. */
export interface QuarterAttendance {
  /** e.g. 2026年第四季度. */
  label: string
  /** YYYY-MM-DD (CST), the quarter's first and last day. */
  from: string
  to: string
  /** Ended activities of the quarter the caller was expected at. */
  expected: number
  /** Of those, the ones with a check-in (on time, late or 补签). */
  attended: number
}

export interface OrganiserActivity extends Activity {
  summary: AttendanceSummary
}

export interface LedgerRow {
  /** YYYY-MM-DD CST of the activity's start. */
  date: string
  activityId: string
  type: ActivityType
  typeLabel: string
  title: string
  orgId: string
  orgName: string
  memberId: string
  name: string
  status: AttendanceStatus
  checkedInAt: string | null
  /** HH:mm CST. */
  clock: string | null
  makeupReason: string | null
}

export interface CreateActivityRequest {
  action: 'createActivity'
  type: ActivityType
  title: string
  orgId: string
  startAt: string
  endAt: string
  window?: WindowOverride
  open?: boolean
  venue?: { lat: number; lng: number; radiusM?: number }
  stationIds?: string[]
  /** Default 30. */
  rotateSeconds?: number
  /** Who is expected (≤ 500 member ids, each doing org life in the org / in the group); default all the org's members. */
  expectedMemberIds?: string[]
}

export interface CheckinApi {
  createActivity: { req: CreateActivityRequest; res: { activity: Activity } }
  saveStation: {
    req: { action: 'saveStation'; _id?: string; orgId: string; name: string; location?: LatLng | null }
    res: { station: Station }
  }
  listStations: { req: { action: 'listStations'; orgId?: string }; res: { stations: Station[] } }
  listActivities: {
    /** 'member' (default): my activities; 'organiser': the activities of the orgs I organise (orgId: one of them). */
    req: { action: 'listActivities'; view?: 'member' | 'organiser'; orgId?: string; from?: string; to?: string }
    res: { upcoming: MyActivity[]; past: MyActivity[]; quarter: QuarterAttendance } | { activities: OrganiserActivity[] }
  }
  stationCode: {
    req: { action: 'stationCode'; activityId: string }
    res: {
      activity: Activity
      /** The scene / QR payload (≤ 32 characters). */
      code: string
      /** 6 digits to type (H5 without a camera), with the activity picked from "my activities". */
      shortCode: string
      window: number
      rotateSeconds: number
      secondsLeft: number
      rotatesAt: string
      checkins: CheckinRecord[]
      count: number
    }
  }
  checkin: {
    req:
      | { action: 'checkin'; code: string; activityId?: string; location?: LatLng }
      | { action: 'checkin'; activityId: string; shortCode: string; location?: LatLng }
    res: { checkedInAt: string; clock: string; late: boolean; activity: Activity }
  }
  /**
   * 补签 for several members with one reason (memberIds, ≤ 100; memberId: one, as older clients send).
   * All or nothing: if any member is refused, nothing is written. Idempotent per member: a member already
   * checked in (by scan or an earlier 补签) is left as is and listed in `already`.
   */
  makeup: {
    req: { action: 'makeup'; activityId: string; memberIds?: string[]; memberId?: string; reason: string }
    res: {
      /** One per member asked for, in the order asked: the new make-up, or the check-in already there. */
      records: CheckinRecord[]
      /** Members that were already checked in (nothing written for them). */
      already: string[]
      /** The first record (older clients read it). */
      record: CheckinRecord
    }
  }
  attendance: {
    req: { action: 'attendance'; activityId: string }
    res: {
      activity: Activity
      summary: AttendanceSummary
      rows: AttendanceRow[]
      /** Refused attempts at this activity, newest first. */
      refusals: Refusal[]
      /**
       * Refused attempts naming no existing activity (not a code, an unknown activity, TOO_MANY_ATTEMPTS)
       * by members doing org life in the activity's org or expected at it, during its check-in window.
       */
      memberRefusals?: Refusal[]
    }
  }
  ledger: {
    req: { action: 'ledger'; orgId: string; from: string; to: string }
    res: { org: { _id: string; name: string }; from: string; to: string; activities: OrganiserActivity[]; rows: LedgerRow[] }
  }
  /**
   * The ledger of `ledger` as one xlsx sheet (one row per member per activity), same rights and limits.
   * The file travels base64 in the reply (no cloud storage needed): H5 saves it as a download,
   * weapp writes it under USER_DATA_PATH and opens it with Taro.openDocument (showMenu to share).
   */
  ledgerXlsx: {
    req: { action: 'ledgerXlsx'; orgId: string; from: string; to: string }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
  /**
   * The station screen's mini-program code (weapp): `wxacode.getUnlimited` with the current rotating
   * code as `scene`, opening `page` (the check-in page). Same rights as stationCode. The image changes
   * with the code, so a screen asks once per window.
   */
  stationWxacode: {
    req: { action: 'stationWxacode'; activityId: string }
    res: { code: string; page: string; mimeType: string; base64: string; window: number; rotatesAt: string; secondsLeft: number }
  }
}

/**
 * Refusals of a check-in (each is recorded in `checkinRefusals`, bounded per member and 10 minutes,
 * except ALREADY_CHECKED_IN, CONFIG_MISSING and the common codes):
 * - CODE_MALFORMED       not a check-in code
 * - CODE_FORGED          signature wrong (made up / altered), or a wrong short code
 * - CODE_EXPIRED         a genuine code a little too old: scan the screen again
 * - CODE_REPLAYED        a genuine code long expired: a photo being reused
 * - CODE_OTHER_ACTIVITY  a code of another activity than the one picked
 * - WINDOW_NOT_OPEN      details {opensAt}
 * - WINDOW_CLOSED        details {closesAt}
 * - LOCATION_REQUIRED    the activity has a venue and no location came
 * - OUT_OF_RANGE         details {distanceM, radiusM}
 * - NOT_ELIGIBLE         not a member of the activity's org (nor an open activity)
 * - ALREADY_CHECKED_IN   details {checkedInAt, clock}; nothing written
 * - TOO_MANY_ATTEMPTS    10 refusals about the code in 10 minutes: wait (recorded once per 10 minutes)
 * - NOT_FOUND            a short code for an unknown activity
 * - CONFIG_MISSING       the function's CHECKIN_SECRET is not set
 * Common: INVALID_INPUT, UNAUTHENTICATED, NOT_BOUND, FORBIDDEN, NOT_FOUND, CONFLICT, INTERNAL.
 */
export type CheckinRefusalCode =
  | 'CODE_MALFORMED'
  | 'CODE_FORGED'
  | 'CODE_EXPIRED'
  | 'CODE_REPLAYED'
  | 'CODE_OTHER_ACTIVITY'
  | 'WINDOW_NOT_OPEN'
  | 'WINDOW_CLOSED'
  | 'LOCATION_REQUIRED'
  | 'OUT_OF_RANGE'
  | 'NOT_ELIGIBLE'
  | 'NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS'

/** WXACODE_FAILED: the mini-program code could not be made (stationWxacode; details {errCode}). */
export type CheckinErrorCode = CheckinRefusalCode | 'ALREADY_CHECKED_IN' | 'CONFIG_MISSING' | 'WXACODE_FAILED'
