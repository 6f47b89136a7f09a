// Stored document shapes of the assessment function (collections declared in shared/collections.ts).
// Derived _ids keep "exactly one" true under concurrency: the database refuses the second insert.
import type { AuditEntry, MemberResult, Objection, Period, Rubric, Source, Talk, TalkRecord } from '@shared/assessment/api'

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
  scores: Record<string, number>
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

/** Reminder log: `_id` = `<kind>:<cst date>:<target>` so a day's reminder is sent once. */
export interface ReminderDoc {
  _id: string
  kind: 'rating' | 'talk'
  day: string
  target: string
  sent: boolean
  at: Date
}
