// Stored document shapes: what each collection holds (declared in collections.ts; documents.ts maps
// every collection to its shape, and the db helpers read through that table). API shapes live in
// shared/<capability>/api.ts.
import type { Analysis, StudyPlan, StudyReport, StudyTask } from '@shared/study/api'
import type { CardItem, CardTemplate, CardVersion, CommitmentCard, SelfCheck, XTask } from '@shared/commitment/api'
import type { AuditEntry, ItemScore, MemberResult, Objection, Period, Rubric, Source, Talk, TalkRecord } from '@shared/assessment/api'
import type { ActivityType, LatLng, Venue } from '@shared/checkin/api'
import type { MemberDetail, OrgKind } from '@shared/member/api'
import type { TemplateKey } from '@shared/reminders/templates'
import type { Greeting } from '@shared/birthday/api'
import type { SevenOneItem, SevenOneMark } from '@shared/birthday/sevenOnes'
import type { Category, HistoryAction, Moderation, PhotoVerdict, Status } from '@shared/voice/api'
import type { CareKind, Occasion } from '@shared/care/api'

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

// Assessment: derived _ids keep "exactly one" true under concurrency (the database refuses the second insert).
export type RubricDoc = Rubric

/** A period as stored: the API shape plus what only the server uses. */
export interface PeriodDoc extends Period {
  /** The committee whose rubric and staff govern this period. */
  committeeId: string
  /** Unique: the org id while the period is not published (one open period per org), else `<orgId>:<periodId>`. */
  openKey: string
  /** sha256 over the ratings compute read (ids and updatedAt); publish refuses when they changed since. */
  ratingsDigest?: string | null
}

export interface RatingDoc {
  /** `<periodId>:<source>:<raterRef>:<memberId>`: one per period × source × rater × member. */
  _id: string
  periodId: string
  orgId: string
  memberId: string
  source: Source
  /** Member id for self/org; for peer/masses the HMAC key of this rater and this target (never a member id). */
  rater: string
  /** null: 不了解 (peer/masses only). */
  scores: Record<string, ItemScore>
  bonus?: Record<string, number>
  vetoes?: string[]
  comment?: string
  createdAt: Date
  updatedAt: Date
}

export interface MassesCodeDoc {
  /** sha256 of the code: the code itself is never stored. */
  _id: string
  periodId: string
  orgId: string
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
}

export type ResultDoc = MemberResult

export type ObjectionDoc = Objection

/** `_id` = `<periodId>:<memberId>`: one talk per member and period. */
export interface TalkDoc extends Omit<Talk, 'overdue' | 'dueAt' | 'recordedAt' | 'acknowledgedAt'> {
  dueAt: Date
  record: TalkRecord | null
  recordedAt: Date | null
  acknowledgedAt: Date | null
  createdAt: Date
  /** CST date of the last overdue reminder (never twice a day). */
  remindedOn?: string | null
}

export interface AuditDoc extends Omit<AuditEntry, 'at'> {
  at: Date
}

/** Reminder log (cloudfunctions/lib/reminders.ts): `_id` = `<kind>:<cst date>:<target>` so a reminder goes out once. */
export interface ReminderDoc {
  _id: string
  kind: string
  day: string
  target: string
  memberId: string
  template: TemplateKey
  /** claimed → sent, or why not: no template id set, member unbound, no consent left, 43101 refused, another failure. */
  status: 'claimed' | 'sent' | 'noTemplate' | 'unbound' | 'noConsent' | 'refused' | 'failed'
  at: Date
}

/** Consents left of a member for a template: `_id` = `<memberId>:<templateKey>`. */
export interface ConsentDoc {
  _id: string
  memberId: string
  templateKey: TemplateKey
  balance: number
  updatedAt: Date
}

/** A counted consent report: `_id` = `<memberId>:<reportId>` (a retried report counts once). */
export interface ConsentReportDoc {
  _id: string
  memberId: string
  keys: TemplateKey[]
  at: Date
}

/** A daily job's newest completed CST day: `_id` = `<fn>:<job>`. */
export interface TimerRunDoc {
  _id: string
  lastDone: string
  at: Date
}

/** The ping function's collection holds a smoke-test entry or a caller's counter (`_id` = `count:<openid>`). */
export interface PingDoc {
  _id: string
  openid: string
  note?: string
  at?: Date
  n?: number
  counter?: boolean
}

/** A commitment card as stored: the API's card plus the approved version's items, denormalised for the wall. */
export interface CardDoc extends CommitmentCard {
  /** The items of `approvedVersion` (null before the first approval). */
  approvedItems: CardItem[] | null
  approvedAt: string | null
}

/** An immutable submitted version: `_id` = `<cardId>:v<version>`; only its decision is filled in once. */
export interface CardVersionDoc extends CardVersion {
  _id: string
  cardId: string
  memberId: string
  orgId: string
}

/** The committee's card template: `_id` = `<committeeId>:v<version>` (a version never changes). */
export type CardTemplateDoc = CardTemplate

/** An org's public wall link: `_id` = the org id, `token` unique (the link anyone may open). */
export interface WallLinkDoc {
  _id: string
  token: string
  createdBy: string
  createdAt: string
}

/** Audit of the wall: a card withdrawn by the secretary (who, when, why). */
export interface CommitmentAuditDoc {
  _id?: string
  at: string
  by: string
  byName: string
  action: 'withdraw'
  orgId: string
  cardId: string
  reason: string
}

export type SelfCheckDoc = SelfCheck
export type XTaskDoc = XTask

/** A political-birthday greeting: `_id` = `<memberId>:<year>` (never twice a year). */
export interface GreetingDoc extends Omit<Greeting, 'openedAt'> {
  openedAt: Date | null
  createdAt: Date
}

/** A member's 七个一 of a year: `_id` = `<memberId>:<year>`, orgId (the org that greets them), marks by item id. */
export interface SevenOnesDoc {
  _id: string
  memberId: string
  orgId: string
  year: number
  marks: Record<string, SevenOneMark>
  updatedAt: Date
}

/** A committee's 七个一 list: `_id` = the committee id. */
export interface SevenOnesListDoc {
  _id: string
  items: SevenOneItem[]
  savedBy: string
  savedAt: Date
  year: number
}

/** A branch's (or committee's) yearly study plan: `_id` = `<orgId>:<year>`. */
export type StudyPlanDoc = StudyPlan
/** A study task: `_id` = `<orgId>:<year>:<itemId>` (one per plan item) or `<orgId>:<year>:relearn-q<q>`. */
export type StudyTaskDoc = StudyTask
/** A study report 学习报告单: `_id` = `<taskId>:<memberId>` (one per member and task). */
export type StudyReportDoc = StudyReport
/** A quarterly Party-spirit analysis: `_id` = `<memberId>:<year>q<quarter>`. */
export type StudyAnalysisDoc = Analysis

// Voice: suggestion sheets 党员建议说明表 / 随手拍 (cloudfunctions/voice, shared/voice).
export interface SuggestionPhotoDoc {
  fileID: string
  /** security.mediaCheckAsync's trace id; its verdict arrives later (mediaVerdicts). */
  traceId: string | null
  verdict: PhotoVerdict
}

export interface SuggestionHistoryDoc {
  at: Date
  action: HistoryAction
  /** A member id; null for the platform (moderation). */
  by: string | null
  note: string | null
}

export interface SuggestionDoc {
  _id: string
  memberId: string
  orgId: string
  homeOrgId: string
  year: number
  category: Category
  title: string
  content: string
  location: string | null
  hiddenFromPeers: boolean
  photos: SuggestionPhotoDoc[]
  textVerdict: 'pass' | 'review'
  moderation: Moderation
  status: Status
  handlerId: string | null
  answer: string | null
  reopenReason: string | null
  submittedAt: Date
  receivedAt: Date | null
  answeredAt: Date | null
  reopenedAt: Date | null
  closedAt: Date | null
  history: SuggestionHistoryDoc[]
}

/** `_id` is the trace_id. */
export interface MediaVerdictDoc {
  _id: string
  suggest: string
  label: number | null
  at: Date
}

// Care 同步关爱 (cloudfunctions/care, shared/care).
export interface CareOccasionsDoc {
  _id: string
  occasions: Occasion[]
  /** No check-in for this many weeks raises a to-do (absent on lists saved before it existed: 8). */
  noCheckinWeeks?: number
  savedBy: string
  savedAt: Date
}

export interface CareRecordDoc {
  _id: string
  memberId: string
  orgId: string
  kind: CareKind
  occasionId: string
  occasionName: string
  date: string
  place: string
  content: string
  followUp: string | null
  by: string
  at: Date
}

/** `_id` is the member id. */
export interface CareFlagDoc {
  _id: string
  hardship: boolean
  note: string | null
  since: Date
  by: string
}
