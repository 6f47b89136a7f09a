// Request/response types of the `member` cloud function. Imported by the client with `import type`.
import type { CardTodo } from '@shared/commitment/api'
import type { BirthdayTodo } from '@shared/birthday/todo'
import type { StudyTodo } from '@shared/study/api'
import type { ConsentBalances } from '@shared/reminders/api'
import type { SubscribeTemplates } from '@shared/reminders/templates'
import type { CareTodoSummary } from '@shared/care/api'

export type PartyStatus = 'applicant' | 'activist' | 'candidate' | 'probationary' | 'full'
export type EmploymentType = 'contract' | 'dispatched' | 'gig'
/** committee 党委, generalBranch 党总支, branch 党支部, jointBranch 联合党支部, group 党小组. */
export type OrgKind = 'committee' | 'generalBranch' | 'branch' | 'jointBranch' | 'group'
/** secretary 书记, deputy 副书记, committeeMember 支委, groupLeader 党小组长, staff 党委/党群工作部. */
export type RoleName = 'secretary' | 'deputy' | 'committeeMember' | 'groupLeader' | 'staff'

export interface Org {
  _id: string
  name: string
  kind: OrgKind
  parentId: string | null
  /** An org outside our committee's tree (a village or community branch, a platform branch). */
  external: boolean
}

export interface RoleGrant {
  orgId: string
  role: RoleName
}

/** What anyone allowed to see a member sees. */
export interface MemberBasic {
  _id: string
  name: string
  partyStatus: PartyStatus
  employment: EmploymentType
  homeOrgId: string
  activeOrgIds: string[]
  assessingOrgId: string
  groupId: string | null
  /** YYYY-MM-DD, China Standard Time: the political birthday. */
  joinedAt: string | null
  /** YYYY-MM-DD, CST. */
  fullAt: string | null
  roles: RoleGrant[]
  bound: boolean
}

/** Basic plus private fields: only the member themself, or a secretary serving them. */
export interface MemberDetail extends MemberBasic {
  phone: string
}

/** Shown beside 党龄: the 光荣在党50年 medal, or a round anniversary of joining (10, 20 … years). */
export type PoliticalHonour = { kind: 'fiftyYears' } | { kind: 'anniversary'; years: number }

export interface IdentityCard {
  /** `phone` only when the caller may read it: the member themself, or a secretary of one of their active/assessing orgs. */
  member: MemberBasic & { phone?: string }
  /** Orgs referenced by the member (home, active, assessing, group), by id. */
  orgs: Record<string, Org>
  /** 党龄: whole years since fullAt, in CST on the server's `now`; null for a probationary member (shared/member/politicalAge.ts). */
  politicalAge: number | null
  honour: PoliticalHonour | null
}

export interface WhoamiResult {
  bound: boolean
  /** Present when bound: the caller's own record including the phone. */
  member?: MemberDetail
  orgs?: Record<string, Org>
  /** As on the identity card. */
  politicalAge?: number | null
  honour?: PoliticalHonour | null
  /** Org ids where the caller is secretary/deputy/committeeMember/groupLeader/staff. */
  roles?: RoleGrant[]
  /** Present when bound: what waits for the caller (home's 待办, 我的考评), oldest first. */
  todo?: TodoItem[]
  /** Present when bound: the commitment card's to-dos (shared/commitment/api.ts CardTodo), member's first. */
  cardTodo?: CardTodo[]
  /** Present when bound: political-birthday to-dos (shared/birthday/api.ts BirthdayTodo): greetings to open, then birthdays this week of the orgs the caller is secretary of. */
  birthdayTodo?: BirthdayTodo[]
  /** Present when bound: study to-dos (shared/study/api.ts StudyTodo): the member's tasks and quarterly analysis, then reports and analyses waiting for the caller as a reviewer. */
  studyTodo?: StudyTodo[]
  /** Present when bound: the caller's own consents left per subscribe-message template (offer renewal after a use at 0). */
  consents?: ConsentBalances
  /**
   * Present when bound: the WeChat template id of each subscribe message the product sends, the set ones
   * only (from the functions' environment variables): what the client passes to requestSubscribeMessage.
   */
  subscribeTemplates?: SubscribeTemplates
  /** Present when bound: for a branch secretary, the members the care triggers name (shared/care), per org. */
  careTodo?: CareTodoSummary[]
}

/**
 * One thing waiting for the caller until it is done:
 * - ackTalk          a talk about me was recorded: confirm the record (the member)
 * - recordTalk       a talk I hold is not recorded yet (the talker: the secretary or the committee member assigned)
 * - answerObjection  a pending objection in a period of an org I am the secretary of
 */
export interface TodoItem {
  kind: 'ackTalk' | 'recordTalk' | 'answerObjection'
  periodId: string
  periodName: string
  /** The member the item is about (ackTalk: myself). */
  memberId: string
  name: string
  /** recordTalk: the due instant (ISO) and whether it has passed. */
  dueAt?: string
  overdue?: boolean
}

export type BindRequest = { action: 'bind'; name: string; phoneLast4: string } | { action: 'bind'; inviteCode: string }

export interface RosterEntry extends MemberBasic {
  /** Only when the caller may read it (a secretary of one of the member's active/assessing orgs). */
  phone?: string
  /** Why this member is on this roster: 'active' (org life here), 'assessing', 'home' (our dispatched member elsewhere), 'group' (a party group's member). */
  relation: Array<'active' | 'assessing' | 'home' | 'group'>
}

export interface RosterResult {
  org: Org
  members: RosterEntry[]
  orgs: Record<string, Org>
}

export interface ImportRow {
  name: string
  phone: string
  partyStatus: PartyStatus
  employment: EmploymentType
  homeOrgId: string
  activeOrgIds: string[]
  assessingOrgId: string
  groupId?: string | null
  joinedAt?: string | null
  fullAt?: string | null
}

export interface ImportRowError {
  /** 1-based row number in the input (CSV: data rows after the header); 0 = the input as a whole. */
  row: number
  reason: string
}

export interface MemberApi {
  whoami: { req: { action: 'whoami' }; res: WhoamiResult }
  bind: { req: BindRequest; res: WhoamiResult }
  card: { req: { action: 'card'; memberId?: string }; res: IdentityCard }
  roster: { req: { action: 'roster'; orgId?: string; search?: string }; res: RosterResult }
  createInvite: { req: { action: 'createInvite'; memberId: string }; res: { code: string; expiresAt: string } }
  importRoster: {
    req: { action: 'importRoster'; csv: string } | { action: 'importRoster'; rows: ImportRow[] }
    /** `warnings`: rows imported but worth a look (e.g. 转正 far from a year after 入党), by row number. */
    res: { imported: number; memberIds: string[]; warnings?: ImportRowError[] }
  }
  setRoles: { req: { action: 'setRoles'; memberId: string; roles: RoleGrant[] }; res: { member: MemberBasic } }
  orgTree: { req: { action: 'orgTree' }; res: { orgs: Org[] } }
  saveOrg: {
    req: { action: 'saveOrg'; org: { _id?: string; name: string; kind: OrgKind; parentId: string | null; external?: boolean } }
    res: { org: Org }
  }
}

/**
 * Error codes the member function may answer (besides the common ones in shared/errors), with `details`:
 * - BIND_MISMATCH  { remainingTries }                wrong name / last 4 digits; nothing bound
 * - BIND_LOCKED    { lockedUntil (ISO), retryAfterSeconds }   5 failures: roster entry or WeChat user locked 15 min
 * - BIND_AMBIGUOUS                                   namesakes with the same last 4 digits: use an invitation code
 * - INVITE_INVALID { remainingTries }                unknown, used, revoked or expired code
 * - ALREADY_BOUND                                    this WeChat user, or this member, is already bound
 * - IMPORT_ROWS_INVALID  ImportRowError[]            every bad row with its reason; nothing imported
 * Common: INVALID_INPUT (details: [{path, message}]), UNAUTHENTICATED, NOT_BOUND, FORBIDDEN, NOT_FOUND, CONFLICT, INTERNAL.
 */
export type MemberErrorCode =
  | 'NOT_BOUND'
  | 'ALREADY_BOUND'
  | 'BIND_MISMATCH'
  | 'BIND_LOCKED'
  | 'BIND_AMBIGUOUS'
  | 'INVITE_INVALID'
  | 'IMPORT_ROWS_INVALID'
