// Request/response types of the `assessment` cloud function (填卡、评分、挂旗; issue 5).
// Imported by the client with `import type`. Instants are ISO strings; dates YYYY-MM-DD in CST.
// The contract between the function and the client: change both sides together. See docs/assessment.md.

/** 个人自评, 党员互评, 群众参评, 组织考评. */
export const SOURCES = ['self', 'peer', 'masses', 'org'] as const
export type Source = (typeof SOURCES)[number]
export const SOURCE_LABEL: Record<Source, string> = {
  self: '个人自评',
  peer: '党员互评',
  masses: '群众参评',
  org: '组织考评'
}

/** 红旗, 黄旗, 蓝旗, 灰旗. */
export const FLAGS = ['red', 'yellow', 'blue', 'grey'] as const
export type Flag = (typeof FLAGS)[number]
export const FLAG_LABEL: Record<Flag, string> = { red: '红旗', yellow: '黄旗', blue: '蓝旗', grey: '灰旗' }

/**
 * Data the product holds that a derived item scores from (ratio 0..1 × the item's max):
 * - meetingAttendance   present / expected at 三会一课 and 主题党日 activities of the period (checkin data)
 * - volunteerAttendance present / expected at 志愿服务 activities of the period (checkin data)
 * - studyCompletion     required study tasks credited (report accepted, or checked in at their collective study) / required tasks due in the period (shared/study/metric.ts)
 * - cardSelfCheck       commitment-card items accepted as done in a self-check / items due by the period's end (shared/commitment/metric.ts)
 */
export const DERIVED_METRICS = ['meetingAttendance', 'volunteerAttendance', 'studyCompletion', 'cardSelfCheck'] as const
export type DerivedMetric = (typeof DERIVED_METRICS)[number]
export const DERIVED_METRIC_LABEL: Record<DerivedMetric, string> = {
  meetingAttendance: '三会一课、主题党日出勤率',
  volunteerAttendance: '志愿服务出勤率',
  studyCompletion: '学习任务完成率',
  cardSelfCheck: '承诺卡自查完成率'
}

export interface RubricItem {
  /** Stable within a rubric; ratings reference it. [a-z0-9-]{1,24}. */
  id: string
  name: string
  /** Maximum points, > 0, in 0.5 steps. */
  max: number
  /** 评分标准, shown to raters. */
  criteria: string
  scoring: 'rated' | 'derived'
  /** Rated items: which sources rate it (default all four). Ignored for derived items. */
  sources?: Source[]
  /** Derived items: where the ratio comes from. */
  metric?: DerivedMetric
}

export interface RubricAspect {
  id: string
  name: string
  /** The aspect's maximum is the sum of its items' max. */
  items: RubricItem[]
}

/** 加分项: points the organisation source awards (0..max), summed and capped by bonusCap. */
export interface BonusItem {
  id: string
  name: string
  max: number
  criteria: string
}

/** 否决项: any one ticked by the organisation source caps the total at vetoCeiling. */
export interface VetoItem {
  id: string
  name: string
  criteria: string
}

/** What committee staff edit; saving it makes a new version. */
export interface RubricInput {
  name: string
  aspects: RubricAspect[]
  /** Percent per source, integers summing to 100 (default self 10, peer 30, masses 20, org 40). */
  weights: Record<Source, number>
  bonusItems: BonusItem[]
  /** Default 5. */
  bonusCap: number
  vetoItems: VetoItem[]
  /** Default 69 (grey). */
  vetoCeiling: number
  /** Lower bounds, default red 90, yellow 80, blue 70; below blue: grey. */
  bands: { red: number; yellow: number; blue: number }
}

export interface Rubric extends RubricInput {
  /** `<committeeOrgId>:v<version>`; 'default' for the shipped default not yet saved by a committee. */
  _id: string
  /** The committee (党委) that owns it. */
  orgId: string
  version: number
  createdAt: string | null
  createdBy: string | null
}

/**
 * rating   raters may rate (and change their ratings) until close
 * closed   no more ratings; the secretary computes and reviews
 * published results on the board; publicity window for objections; talks created
 */
export type PeriodStatus = 'rating' | 'closed' | 'published'

export interface Period {
  _id: string
  /** The assessing org (usually a branch). */
  orgId: string
  orgName: string
  /** e.g. 2026年第四季度, 2026年度. */
  name: string
  /** Dates of what is assessed (derived items read data between them), CST. */
  from: string
  to: string
  /** Rating deadline (instant); reminders go out before it. */
  ratingDeadline: string
  status: PeriodStatus
  /** The frozen rubric version (a later edit never changes this period). */
  rubricId: string
  /** Peers rate the whole branch, or only their party group (large branches). */
  peerScope: 'branch' | 'group'
  /** Default 5. */
  publicityDays: number
  /** Members assessed: the assessing org's members when the period opened (dispatched included). */
  memberIds: string[]
  openedAt: string
  openedBy: string
  closedAt: string | null
  computedAt: string | null
  publishedAt: string | null
  /** publishedAt + publicityDays. */
  publicityEndsAt: string | null
  /** Set when committee staff reopened a closed/published period. */
  reopenedAt: string | null
}

/** Progress of one member's ratings (secretary view; counts only, never who). */
export interface RatingProgress {
  memberId: string
  name: string
  self: boolean
  peer: number
  /** How many peers should rate this member. */
  peerExpected: number
  masses: number
  org: number
}

/** A member of the assessing org's committee: they rate every member as the organisation (but themselves, unless alone). */
export interface OrgRater {
  memberId: string
  name: string
  role: 'secretary' | 'deputy' | 'committeeMember'
}

/** Somebody the caller should rate in a period. */
export interface RateTarget {
  memberId: string
  name: string
  source: Exclude<Source, 'masses'>
  /** The caller's own current rating of this member, so they can change it; null if not rated yet. */
  mine: RatingInput | null
  /** The caller's rating of this member (same source) in the org's previous published period, for 同上期; null if none. */
  last?: { periodName: string; scores: Record<string, ItemScore> } | null
}

/** A score, or null: 不了解 (peer and masses only), that source is left out of the item for the member. */
export type ItemScore = number | null

/** The scores of one rating: every rated item the source rates, 0..max in 0.5 steps (or null = 不了解, peer/masses). */
export interface RatingInput {
  scores: Record<string, ItemScore>
  /** Organisation source only. */
  bonus?: Record<string, number>
  /** Organisation source only: veto item ids that apply. */
  vetoes?: string[]
  comment?: string
}

export interface ItemResult {
  itemId: string
  aspectId: string
  score: number
  max: number
  /** rated: from the sources; derived: from data; noData: a derived item with no data in the period, or a rated item no source scored (score 0, left out: the total is rescaled over the other items, said so in `note`). */
  basis: 'rated' | 'derived' | 'noData'
  /** Rated items: each source's mean (null when that source did not rate it, or it is withheld). */
  sourceMeans?: Partial<Record<Source, number | null>>
  /** Rated items: how many raters of each source scored it (不了解 left out); counts only. */
  sourceRaters?: Partial<Record<Source, number>>
  /** Derived items: the ratio 0..1 and a Chinese explanation (e.g. "出勤 9/10"). */
  ratio?: number | null
  note?: string
}

export interface AspectResult {
  aspectId: string
  name: string
  score: number
  max: number
}

export interface SourceSummary {
  /** Sum over the items this source rated of its mean score; null when the source rated nothing. */
  score: number | null
  /** Sum of the max of those items. */
  max: number
  /** Number of raters (counts only). */
  raters: number
  /** Set when a peer/masses source had fewer than 3 raters: its score and per-item means are withheld (null). */
  note?: string
}

export interface MemberResult {
  _id: string
  periodId: string
  orgId: string
  memberId: string
  name: string
  /** 0..100, one decimal, rounded half up before banding. */
  total: number
  flag: Flag
  /** 1-based, ties share a rank (1, 2, 2, 4). */
  rank: number
  aspects: AspectResult[]
  items: ItemResult[]
  bonus: number
  /** Names of the veto items that applied (the total is capped at the ceiling). */
  vetoes: string[]
  sources: Record<Source, SourceSummary>
  computedAt: string
}

/** One line of the published board 评比台. */
export interface BoardEntry {
  memberId: string
  name: string
  total: number
  flag: Flag
  rank: number
}

export type ObjectionStatus = 'pending' | 'answered'

export interface Objection {
  _id: string
  periodId: string
  memberId: string
  name: string
  reason: string
  filedAt: string
  status: ObjectionStatus
  answer: string | null
  answeredAt: string | null
  answeredBy: string | null
}

/** assigned → recorded (by the talker) → acknowledged (by the member: done). */
export type TalkStatus = 'assigned' | 'recorded' | 'acknowledged'

export interface TalkRecord {
  /** YYYY-MM-DD CST, the day the talk took place. */
  date: string
  /** 存在问题. */
  problems: string
  /** 差距不足. */
  shortfalls: string
  /** 整改方向 (how to change). */
  plan: string
}

export interface Talk {
  _id: string
  periodId: string
  periodName: string
  orgId: string
  memberId: string
  name: string
  /** The flag and score that called for the talk; null for a talk a study verdict (个别谈话) created. */
  flag: Flag | null
  total: number | null
  /** What the talk is about when not a flag: the secretary's reason (study: `periodId` = `study:<org>:<year>q<q>`). */
  topic?: string
  /** The secretary, or the branch committee member they assigned. */
  talkerId: string
  talkerName: string
  dueAt: string
  status: TalkStatus
  overdue: boolean
  record: TalkRecord | null
  recordedAt: string | null
  acknowledgedAt: string | null
}

export interface AuditEntry {
  _id: string
  periodId: string
  at: string
  /** A member id, or for peer/masses ratings just 'peer' / 'masses' (never a key or a member id: nothing links two ratings to one rater). */
  by: string
  action: string
  /** e.g. 'rating:<ratingId>', 'result:<memberId>', 'period'. */
  target: string
  before: unknown
  after: unknown
}

export interface FlagCounts {
  red: number
  yellow: number
  blue: number
  grey: number
}

export interface BranchOverview {
  orgId: string
  orgName: string
  /** The branch's period with the asked name, null when it has none. */
  period: { _id: string; status: PeriodStatus; memberCount: number } | null
  /** Published results only. */
  flags: FlagCounts
}

/** One period on 我的考评. */
export interface MyPeriod {
  period: Period
  /** The caller sits on the assessing org's committee: its desk is theirs to open. */
  desk: boolean
  /** The caller's rating tasks while rating (a committee member's organisation ones while a closed period waits for them); else null. */
  targets: RateTarget[] | null
  /** The caller's own result once published (as memberResult discloses it); else null. */
  result: MemberResult | null
}

export interface AssessmentApi {
  /** Any bound member (transparency): the rubric a committee uses now (the default until staff save one); by id only a rubric of the caller's own committee. */
  getRubric: { req: { action: 'getRubric'; rubricId?: string }; res: { rubric: Rubric } }
  /** Committee staff: every saved version, newest first. `committeeId` only needed by staff of several committees. */
  listRubrics: { req: { action: 'listRubrics'; committeeId?: string }; res: { rubrics: Rubric[] } }
  /** Committee staff: validate (items sum to 100, weights to 100, bands ordered …) and save as a new version. `committeeId` as in listRubrics. */
  saveRubric: { req: { action: 'saveRubric'; rubric: RubricInput; committeeId?: string }; res: { rubric: Rubric } }

  /** The assessing org's secretary. One open (not published) period per org at a time. */
  openPeriod: {
    req: {
      action: 'openPeriod'
      orgId: string
      name: string
      from: string
      to: string
      ratingDeadline: string
      peerScope?: 'branch' | 'group'
      publicityDays?: number
    }
    res: { period: Period }
  }
  /** Periods the caller may see: of their assessing org (member), orgs they serve (secretary), all (staff). */
  listPeriods: { req: { action: 'listPeriods'; orgId?: string }; res: { periods: Period[] } }
  /** 我的考评 in one call: the periods the caller sees, newest first, with their tasks or own result. */
  myPeriods: { req: { action: 'myPeriods' }; res: { periods: MyPeriod[] } }
  /** Period + its frozen rubric; progress only for the secretary/org raters/staff. */
  getPeriod: {
    req: { action: 'getPeriod'; periodId: string }
    res: {
      period: Period
      rubric: Rubric
      progress: RatingProgress[] | null
      canManage: boolean
      massesCodesIssued: number
      /** Of those, used (each a masses rating); 0 unless progress is given. */
      massesCodesUsed: number
      /** Who rates as the organisation (with progress; null otherwise): the desk says who rates the secretary. */
      orgRaters: OrgRater[] | null
      /** With progress, once computed (as `results` answers); null otherwise. One call opens the desk. */
      results: MemberResult[] | null
      averages: AspectResult[] | null
      /** With progress, once published (as listObjections and listTalks with the org answer); null otherwise. */
      objections: Objection[] | null
      talks: Talk[] | null
    }
  }
  /** Who the caller rates in this period: self, peers (branch or group), and as an org rater the members. */
  rateTargets: { req: { action: 'rateTargets'; periodId: string }; res: { period: Period; rubric: Rubric; targets: RateTarget[] } }
  /** Create or change the caller's rating (self / peer / org). Exactly one per period × source × rater × member. */
  rate: {
    req: { action: 'rate'; periodId: string; source: Exclude<Source, 'masses'>; memberId: string } & RatingInput
    res: { saved: true; updatedAt: string }
  }

  /** Secretary: one-time masses codes (1..50 per call); the plain codes are returned once, stored hashed. */
  issueMassesCodes: {
    req: { action: 'issueMassesCodes'; periodId: string; count: number }
    res: { codes: string[]; expiresAt: string }
  }
  /** No account needed: what a masses code may rate (period, the masses items, the members). */
  massesForm: {
    req: { action: 'massesForm'; code: string }
    res: {
      period: Pick<Period, '_id' | 'name' | 'orgName' | 'ratingDeadline'>
      items: RubricItem[]
      members: Array<{ memberId: string; name: string }>
    }
  }
  /** No account needed: rate listed members once each (an item may be null = 不了解); the code is then used up. */
  massesRate: {
    req: { action: 'massesRate'; code: string; ratings: Array<{ memberId: string; scores: Record<string, ItemScore> }> }
    res: { saved: number }
  }

  /** Secretary: stop rating. */
  closePeriod: { req: { action: 'closePeriod'; periodId: string }; res: { period: Period } }
  /** Secretary: compute every member's result (idempotent); needs organisation ratings for all. */
  compute: { req: { action: 'compute'; periodId: string }; res: { period: Period; results: MemberResult[] } }
  /** Secretary, branch committee, staff: the computed results before and after publish. */
  results: { req: { action: 'results'; periodId: string }; res: { period: Period; results: MemberResult[]; averages: AspectResult[] } }
  /** Secretary: publish (once); starts the publicity window and creates talks for yellow/blue/grey. */
  publish: { req: { action: 'publish'; periodId: string; talkDueDays?: number }; res: { period: Period; talks: number } }
  /** Committee staff: back to 'closed' so ratings/results can change; a reason is required. */
  reopenPeriod: { req: { action: 'reopenPeriod'; periodId: string; reason: string }; res: { period: Period } }

  /** The published board 评比台 of a period: members of the org, its secretaries, staff. */
  board: { req: { action: 'board'; periodId: string }; res: { period: Period; entries: BoardEntry[]; flags: FlagCounts } }
  /**
   * One member's detail: the member themself (default), the secretary/committee of the assessing org,
   * staff, and the home org's secretary of a dispatched member (published only for the latter two
   * and for the member). Never who rated what.
   */
  memberResult: {
    req: { action: 'memberResult'; periodId: string; memberId?: string }
    /** With the period's frozen rubric (its item names), so the result page opens with one call. */
    res: { period: Period; rubric: Rubric; result: MemberResult; averages: AspectResult[]; objection: Objection | null; talk: Talk | null }
  }

  /** The member, during the publicity window: one objection per period (re-filing replaces a pending one). */
  fileObjection: { req: { action: 'fileObjection'; periodId: string; reason: string }; res: { objection: Objection } }
  /** Secretary: answer an objection. */
  answerObjection: { req: { action: 'answerObjection'; objectionId: string; answer: string }; res: { objection: Objection } }
  listObjections: { req: { action: 'listObjections'; periodId: string }; res: { objections: Objection[] } }

  /** Secretary/committee of an org: its talks (overdue first); a member: their own. */
  listTalks: { req: { action: 'listTalks'; orgId?: string; periodId?: string }; res: { talks: Talk[] } }
  /** Secretary: hand a talk to a branch committee member. */
  assignTalk: { req: { action: 'assignTalk'; talkId: string; talkerId: string }; res: { talk: Talk } }
  /** The talker: record the talk. */
  recordTalk: { req: { action: 'recordTalk'; talkId: string } & TalkRecord; res: { talk: Talk } }
  /** The member: acknowledge the record; the talk is done. */
  ackTalk: { req: { action: 'ackTalk'; talkId: string }; res: { talk: Talk } }

  /** Committee staff: flag distribution per branch for the periods with this name (default: the newest name). `committeeId` as in listRubrics. */
  overview: {
    req: { action: 'overview'; name?: string; committeeId?: string }
    res: { name: string | null; names: string[]; branches: BranchOverview[]; totals: FlagCounts }
  }
  /** Secretary/staff: a period's results as one xlsx sheet (base64, like checkin.ledgerXlsx). */
  exportResults: {
    req: { action: 'exportResults'; periodId: string }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
  /** Secretary/staff: the audit log of a period (who, when, before → after), with the names of the members it mentions. */
  auditLog: {
    req: { action: 'auditLog'; periodId: string }
    /** `names`: every member the entries name (who did it, whose rating/result/talk/objection, a talker), id → name. */
    res: { entries: AuditEntry[]; names: Record<string, string> }
  }
}

/**
 * Error codes besides the common ones (INVALID_INPUT, UNAUTHENTICATED, NOT_BOUND, FORBIDDEN, NOT_FOUND, CONFLICT):
 * - RUBRIC_INVALID      sums/weights/bands wrong (details: [{path, message}])
 * - PERIOD_STATE        action not allowed in the period's status (rating after close, publishing twice …)
 * - PERIOD_EXISTS       the org already has a period that is not published
 * - SCORE_INVALID       a score outside 0..max, not in 0.5 steps, an unknown or missing item
 * - SELF_PEER           rating oneself as a peer
 * - NOT_A_TARGET        the member is not someone the caller may rate (another branch, another group …)
 * - CODE_INVALID        a masses code that is unknown, forged, used or expired
 * - ORG_RATINGS_MISSING compute without organisation ratings (details: {members: [{memberId, name}]})
 * - WINDOW_CLOSED       objection after the publicity window
 * - TALK_STATE          recording/acknowledging a talk out of order
 */
export type AssessmentErrorCode =
  | 'RUBRIC_INVALID'
  | 'PERIOD_STATE'
  | 'PERIOD_EXISTS'
  | 'SCORE_INVALID'
  | 'SELF_PEER'
  | 'NOT_A_TARGET'
  | 'CODE_INVALID'
  | 'ORG_RATINGS_MISSING'
  | 'WINDOW_CLOSED'
  | 'TALK_STATE'
