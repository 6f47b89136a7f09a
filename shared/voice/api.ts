// Request/response types of the `voice` cloud function: the suggestion sheet 党员建议说明表 / 随手拍
// (seed 001: "反映情况不怕多、提出问题不怕难、意见建议不怕小"). A member files what they saw or
// suggest, with up to 9 photos; the branch receives it, names who handles it, answers with what was
// done; the member confirms or reopens it. Imported by the client with `import type` (and the label
// maps as values). Instants are ISO strings. See docs/voice.md.

export const CATEGORIES = ['safety', 'production', 'masses', 'orgLife', 'other'] as const
export type Category = (typeof CATEGORIES)[number]
export const CATEGORY_LABEL: Record<Category, string> = {
  safety: '安全',
  production: '生产',
  masses: '服务群众',
  orgLife: '组织生活',
  other: '其他'
}

/**
 * submitted 待受理 → received 已受理 → handling 办理中 (who) → answered 已答复 → closed 已办结 (the member
 * confirms), or reopened 重新办理 (the member gives a reason) → handling / answered again.
 */
export const STATUSES = ['submitted', 'received', 'handling', 'answered', 'reopened', 'closed'] as const
export type Status = (typeof STATUSES)[number]
export const STATUS_LABEL: Record<Status, string> = {
  submitted: '待受理',
  received: '已受理',
  handling: '办理中',
  answered: '已答复',
  reopened: '重新办理',
  closed: '已办结'
}

/**
 * Content security: pending 审核中 until every photo's verdict arrives (mediaCheckAsync); passed 已通过;
 * held 未公开 (a photo was risky, or the text needs review): only the author and the secretary see it,
 * the branch still handles it, peers never see it.
 */
export type Moderation = 'pending' | 'passed' | 'held'
export const MODERATION_LABEL: Record<Moderation, string> = { pending: '安全审核中', passed: '已通过', held: '未公开' }

export type PhotoVerdict = 'pending' | 'pass' | 'risky'

/** What is late: not received within RECEIVE_DAYS, or not answered within ANSWER_DAYS (shared/voice/rules.ts). */
export type Overdue = 'receive' | 'answer' | null

export type HistoryAction = 'submit' | 'moderated' | 'receive' | 'assign' | 'answer' | 'confirm' | 'reopen'
export const HISTORY_LABEL: Record<HistoryAction, string> = {
  submit: '提交',
  moderated: '安全审核完成',
  receive: '支部受理',
  assign: '指定办理人',
  answer: '答复',
  confirm: '确认办结',
  reopen: '重新打开'
}

export interface HistoryEntry {
  at: string
  action: HistoryAction
  /** Who did it (a name); null for the platform (moderation). */
  byName: string | null
  note: string | null
}

export interface PhotoView {
  /** The photo's number in the sheet, from 1 (its order never changes). */
  n: number
  /** A temporary URL, or null when the caller may not see it (a risky photo). */
  url: string | null
  verdict: PhotoVerdict
}

/** Which list: the caller's own, their branch's (committee), their peers' (members of the same org), their dispatched members' (home org committee). */
export const SCOPES = ['mine', 'branch', 'peers', 'home'] as const
export type Scope = (typeof SCOPES)[number]

export interface SuggestionSummary {
  _id: string
  memberId: string
  memberName: string
  orgId: string
  orgName: string
  category: Category
  title: string
  status: Status
  moderation: Moderation
  hiddenFromPeers: boolean
  photoCount: number
  submittedAt: string
  overdue: Overdue
}

export interface SuggestionDetail extends SuggestionSummary {
  content: string
  location: string | null
  photos: PhotoView[]
  handlerName: string | null
  answer: string | null
  reopenReason: string | null
  history: HistoryEntry[]
  /** What the caller may do now (the server decides; the client only shows buttons). */
  can: { receive: boolean; assign: boolean; answer: boolean; confirm: boolean; reopen: boolean }
  /** Committee members the branch may name as handler (only for those who may assign). */
  handlers: Array<{ _id: string; name: string }>
}

export interface SubmitRequest {
  /** Chosen by the client once per sheet (8–32 of [a-z0-9]): a retried submit files the same suggestion. */
  draftId: string
  category: Category
  title: string
  content: string
  location: string | null
  hiddenFromPeers: boolean
  /** File IDs from cloud storage, uploaded under `voice/<memberId>/` (photoCloudPath), at most 9. */
  photos: string[]
}

export interface ListRequest {
  scope: Scope
  /** branch: which org (default: the first the caller serves); home: which home org. */
  orgId?: string
  status?: Status
}

export interface ListResult {
  items: SuggestionSummary[]
  /** Orgs the caller may list in this scope (branch/home), for a picker. */
  orgs: Array<{ _id: string; name: string }>
  orgId: string | null
}

export interface StatsRow {
  category: Category
  total: number
  /** Not closed yet. */
  open: number
  closed: number
  overdue: number
  held: number
}

export interface StatsResult {
  orgId: string
  orgName: string
  year: number
  rows: StatsRow[]
  total: StatsRow & { category: 'other' }
  orgs: Array<{ _id: string; name: string }>
}

export interface VoiceApi {
  submit: { req: SubmitRequest; res: SuggestionDetail }
  list: { req: ListRequest; res: ListResult }
  get: { req: { id: string }; res: SuggestionDetail }
  receive: { req: { id: string }; res: SuggestionDetail }
  assign: { req: { id: string; handlerId: string }; res: SuggestionDetail }
  answer: { req: { id: string; answer: string }; res: SuggestionDetail }
  confirm: { req: { id: string }; res: SuggestionDetail }
  reopen: { req: { id: string; reason: string }; res: SuggestionDetail }
  stats: { req: { orgId?: string; year?: number }; res: StatsResult }
}
