// The one table from collection name to the document it stores. The db helpers (db.ts) read through
// it, so a read names its collection and gets that collection's type; collections.ts declares the
// same names (its type is keyed by CollectionName, so the two cannot drift).
import type {
  ActivityDoc,
  AuditDoc,
  BindAttemptDoc,
  BindingDoc,
  CardDoc,
  CardTemplateDoc,
  CardVersionDoc,
  CheckinDoc,
  CommitmentAuditDoc,
  ConsentDoc,
  ConsentReportDoc,
  GreetingDoc,
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
  SelfCheckDoc,
  SevenOnesDoc,
  SevenOnesListDoc,
  RubricDoc,
  StationDoc,
  StudyAnalysisDoc,
  StudyPlanDoc,
  StudyReportDoc,
  StudyTaskDoc,
  TalkDoc,
  TimerRunDoc,
  WallLinkDoc,
  XTaskDoc
} from './model'
import type { CareFlagDoc, CareOccasionsDoc, CareRecordDoc, MediaVerdictDoc, SuggestionDoc } from './model'

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
  commitmentTemplates: CardTemplateDoc
  commitmentCards: CardDoc
  commitmentVersions: CardVersionDoc
  commitmentChecks: SelfCheckDoc
  commitmentTasks: XTaskDoc
  commitmentWallLinks: WallLinkDoc
  commitmentAudit: CommitmentAuditDoc
  reminders: ReminderDoc
  consents: ConsentDoc
  consentReports: ConsentReportDoc
  timerRuns: TimerRunDoc
  birthdayGreetings: GreetingDoc
  sevenOnes: SevenOnesDoc
  sevenOnesLists: SevenOnesListDoc
  studyPlans: StudyPlanDoc
  studyTasks: StudyTaskDoc
  studyReports: StudyReportDoc
  studyAnalyses: StudyAnalysisDoc
  suggestions: SuggestionDoc
  mediaVerdicts: MediaVerdictDoc
  careOccasions: CareOccasionsDoc
  careRecords: CareRecordDoc
  careFlags: CareFlagDoc
}

export type CollectionName = keyof Documents

/** A stored document of collection C as read back: it always has its _id. */
export type Stored<C extends CollectionName> = Documents[C] & { _id: string }
