// The one table from collection name to the document it stores. The db helpers (db.ts) read through
// it, so a read names its collection and gets that collection's type; collections.ts declares the
// same names (its type is keyed by CollectionName, so the two cannot drift).
import type {
  ActivityDoc,
  AuditDoc,
  BindAttemptDoc,
  BindingDoc,
  CheckinDoc,
  InviteDoc,
  MassesCodeDoc,
  MemberDoc,
  ObjectionDoc,
  OrgDoc,
  PeriodDoc,
  PingDoc,
  RatingDoc,
  RefusalDoc,
  ReminderDoc,
  ResultDoc,
  RubricDoc,
  StationDoc,
  TalkDoc
} from './model'

export interface Documents {
  ping: PingDoc
  orgs: OrgDoc
  members: MemberDoc
  bindings: BindingDoc
  bindAttempts: BindAttemptDoc
  invites: InviteDoc
  activities: ActivityDoc
  checkins: CheckinDoc
  checkinRefusals: RefusalDoc
  stations: StationDoc
  rubrics: RubricDoc
  periods: PeriodDoc
  ratings: RatingDoc
  massesCodes: MassesCodeDoc
  results: ResultDoc
  objections: ObjectionDoc
  talks: TalkDoc
  assessmentAudit: AuditDoc
  assessmentReminders: ReminderDoc
}

export type CollectionName = keyof Documents

/** A stored document of collection C as read back: it always has its _id. */
export type Stored<C extends CollectionName> = Documents[C] & { _id: string }
