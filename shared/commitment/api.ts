// Request/response types of the `commitment` cloud function: the commitment card 党员争优目标计划卡
// ("5+X"), its review, the wall 亮承诺, the quarterly self-check and the committee's card template.
// Imported by the client with `import type`. Instants are ISO strings; dates YYYY-MM-DD in CST.
// The contract between the function and the client: change both sides together. See docs/commitment.md.
// (Named `commitment`, not `card`: member.card is the identity card 身份卡.)

/** 工作目标, 争优措施, 承诺事项, 学习提升, 服务群众 — the default five sections (seed 001). */
export const DEFAULT_SECTIONS = [
  { id: 'goals', name: '工作目标' },
  { id: 'measures', name: '争优措施' },
  { id: 'pledges', name: '承诺事项' },
  { id: 'study', name: '学习提升' },
  { id: 'service', name: '服务群众' }
] as const

/** X items live in this pseudo-section; their content comes from the org's task, never from the member. */
export const X_SECTION = 'x'

export interface TemplateSection {
  /** [a-z0-9-]{1,24}, stable within a template; card items reference it. Never 'x'. */
  id: string
  name: string
  /** 1..maxItems, default 1. */
  minItems: number
  /** ≤ 5, default 5. */
  maxItems: number
}

/**
 * The quarterly self-check window, in CST days: from `daysBeforeQuarterEnd` days before the quarter's last
 * day (inclusive: 15 → Q4 opens 12-17) to day `dayOfNextMonth` of the month after the quarter (inclusive:
 * 15 → 01-15). Q4's window crosses into the next year and belongs to the card's year.
 */
export interface CheckWindowRule {
  daysBeforeQuarterEnd: number
  dayOfNextMonth: number
}

/** What committee staff edit; saving makes a new version. A card keeps the version it started with. */
export interface TemplateInput {
  sections: TemplateSection[]
  checkWindow: CheckWindowRule
  /** Whether a party group's leader may review the cards of their group (default false). */
  groupLeadersReview: boolean
}

export interface CardTemplate extends TemplateInput {
  /** `${committeeId}:v${version}`; `default` for the built-in one when a committee has saved none. */
  _id: string
  committeeId: string | null
  version: number
  savedAt: string | null
  savedBy: string | null
}

/** 已完成, 进行中, 未开始. */
export const PROGRESS = ['done', 'doing', 'notStarted'] as const
export type Progress = (typeof PROGRESS)[number]
export const PROGRESS_LABEL: Record<Progress, string> = { done: '已完成', doing: '进行中', notStarted: '未开始' }

/** One commitment. `target` (a number, a date or a concrete deliverable) or `deadline` is required to submit. */
export interface CardItem {
  /** [a-z0-9-]{1,24}, stable across versions (comments and self-checks reference it). */
  id: string
  /** A template section id, or 'x'. */
  section: string
  /** What: 承诺内容. */
  what: string
  /** The measurable target: 目标/标准. May be '' in a draft. */
  target: string
  /** YYYY-MM-DD within the card's year, or null. */
  deadline: string | null
  /** X items: the org's task. */
  taskId?: string
}

/** 草稿, 待审核, 已通过, 已退回. */
export const CARD_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export type CardStatus = (typeof CARD_STATUSES)[number]
export const CARD_STATUS_LABEL: Record<CardStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已通过',
  returned: '已退回'
}
/** The queue also counts members with no card at all. */
export type QueueStatus = CardStatus | 'missing'
export const QUEUE_STATUS_LABEL: Record<QueueStatus, string> = { missing: '未填写', ...CARD_STATUS_LABEL }

export interface ReturnNote {
  reason: string
  /** itemId → comment. */
  itemComments: Record<string, string>
  by: string
  byName: string
  at: string
}

/** An immutable submitted version (every submission is kept; the approved one is what the wall shows). */
export interface CardVersion {
  /** 1, 2, … per card. */
  version: number
  items: CardItem[]
  submittedAt: string
  /** Set once reviewed. */
  decision: 'approved' | 'returned' | null
  decidedAt: string | null
  decidedBy: string | null
  decidedByName: string | null
  returnNote: ReturnNote | null
}

export interface CommitmentCard {
  /** `${memberId}:${year}`: one card per member per year. */
  _id: string
  memberId: string
  memberName: string
  /** The member's assessing org when the card was started. */
  orgId: string
  year: number
  templateId: string
  status: CardStatus
  /** The working copy: what the member edits (draft/returned) or what waits for review (submitted). */
  items: CardItem[]
  /** Bumped on every write; a write names the rev it read (CONFLICT otherwise). */
  rev: number
  /** The version the wall shows (the last approved), or null. */
  approvedVersion: number | null
  /** The latest submitted version number (0 before the first submit). */
  lastVersion: number
  returnNote: ReturnNote | null
  /** Withdrawn from the wall by the secretary (the card stays approved). */
  withdrawn: { reason: string; by: string; byName: string; at: string } | null
  updatedAt: string
}

/** One line of a quarterly self-check. */
export interface CheckEntry {
  itemId: string
  progress: Progress
  note: string
  /** Cloud file ids of photo evidence (the file store of the members'-voice issue); [] until then. */
  photos: string[]
}

/** 待审核, 已认可, 已退回. */
export type CheckStatus = 'submitted' | 'accepted' | 'returned'
export const CHECK_STATUS_LABEL: Record<CheckStatus, string> = { submitted: '待审核', accepted: '已认可', returned: '已退回' }

export interface SelfCheck {
  /** `${cardId}:q${quarter}`. */
  _id: string
  cardId: string
  memberId: string
  orgId: string
  year: number
  /** 1..4. */
  quarter: number
  /** The approved version the check was made against. */
  version: number
  entries: CheckEntry[]
  status: CheckStatus
  returnReason: string | null
  submittedAt: string
  reviewedAt: string | null
  reviewedBy: string | null
  rev: number
}

export interface CheckWindow {
  quarter: number
  /** CST dates, inclusive. */
  from: string
  to: string
}

/** Department targets broken down to members (seed 004): 年度, 季度, 月度; or 揭榜挂帅 challenges. */
export const TASK_SCOPES = ['year', 'quarter', 'month'] as const
export type TaskScope = (typeof TASK_SCOPES)[number]
export const TASK_SCOPE_LABEL: Record<TaskScope, string> = { year: '年度任务', quarter: '季度任务', month: '月度任务' }

/** An X item from the org: assigned to members, or a challenge members take up (first come, up to `limit`). */
export interface XTask {
  _id: string
  orgId: string
  year: number
  kind: 'assigned' | 'challenge'
  scope: TaskScope
  title: string
  target: string
  /** YYYY-MM-DD within the year. */
  deadline: string
  /** assigned: member ids, or 'all' (every member assessed by the org, now and later). */
  assignees: string[] | 'all'
  /** challenge: at most this many takers (1..200). */
  limit: number | null
  /** challenge: member ids in the order they took it. */
  takers: string[]
  createdBy: string
  createdAt: string
}

/** What the wall shows of a member: name, post, commitments and progress; nothing private. */
export interface WallCard {
  /** The card's id on the wall in the app; on the public wall (no account) only its position: c1, c2 … */
  cardId: string
  name: string
  /** 岗位 / org role shown as 亮身份 (e.g. 支部书记, 党员). */
  post: string
  items: Array<Pick<CardItem, 'id' | 'section' | 'what' | 'target' | 'deadline'> & { progress: Progress | null }>
  approvedAt: string
  /** The last accepted quarter whose progress is shown, or null. */
  progressQuarter: number | null
}

export interface Wall {
  orgId: string
  orgName: string
  year: number
  sections: Array<{ id: string; name: string }>
  cards: WallCard[]
}

export interface QueueRow {
  memberId: string
  name: string
  groupId: string | null
  status: QueueStatus
  cardId: string | null
  rev: number | null
  submittedAt: string | null
  /** The self-check of the current (or last) window: its status, or 'missing' when due and not filed. */
  check: CheckStatus | 'missing' | null
  checkId: string | null
}

export interface ReviewQueue {
  orgId: string
  year: number
  counts: Record<QueueStatus, number>
  checkCounts: Record<CheckStatus | 'missing', number>
  /** The window the check column refers to (current, else the last one that has opened), or null. */
  window: CheckWindow | null
  rows: QueueRow[]
}

export interface MyCardResult {
  year: number
  template: CardTemplate
  card: CommitmentCard | null
  /** X tasks that apply to the caller (assigned, or challenges they took), and open challenges they could take. */
  tasks: XTask[]
  challenges: XTask[]
  /** Every submitted version, newest first. */
  versions: CardVersion[]
  /** The self-check window open now, or null; and the checks filed this year. */
  window: CheckWindow | null
  checks: SelfCheck[]
  /** Whether last year's card exists (for 复制去年的). */
  lastYear: boolean
  orgId: string
  orgName: string
}

export interface CompletionRow {
  orgId: string
  orgName: string
  members: number
  approved: number
  /** Self-checks accepted for the last window that has opened. */
  checksAccepted: number
}

export interface CommitmentApi {
  // member
  myCard: { req: { action: 'myCard'; year?: number }; res: MyCardResult }
  saveDraft: { req: { action: 'saveDraft'; year: number; items: CardItem[]; rev: number }; res: { card: CommitmentCard } }
  copyLastYear: { req: { action: 'copyLastYear'; year: number }; res: { card: CommitmentCard } }
  submitCard: { req: { action: 'submitCard'; year: number; rev: number }; res: { card: CommitmentCard } }
  takeChallenge: { req: { action: 'takeChallenge'; taskId: string }; res: { task: XTask } }
  submitCheck: {
    req: { action: 'submitCheck'; year: number; quarter: number; entries: CheckEntry[]; rev?: number }
    res: { check: SelfCheck }
  }
  // reviewers (the assessing org's secretary/deputy/committee members; group leaders where allowed)
  reviewQueue: { req: { action: 'reviewQueue'; orgId: string; year?: number }; res: ReviewQueue }
  getCard: {
    req: { action: 'getCard'; cardId: string }
    res: { card: CommitmentCard; versions: CardVersion[]; checks: SelfCheck[]; template: CardTemplate; tasks: XTask[] }
  }
  reviewCard: {
    req: {
      action: 'reviewCard'
      cardId: string
      rev: number
      decision: 'approve' | 'return'
      reason?: string
      itemComments?: Record<string, string>
    }
    res: { card: CommitmentCard }
  }
  reviewCheck: {
    req: { action: 'reviewCheck'; checkId: string; rev: number; decision: 'accept' | 'return'; reason?: string }
    res: { check: SelfCheck }
  }
  createTask: {
    req: {
      action: 'createTask'
      orgId: string
      year: number
      kind: XTask['kind']
      scope: TaskScope
      title: string
      target: string
      deadline: string
      assignees?: string[] | 'all'
      limit?: number
    }
    res: { task: XTask }
  }
  listTasks: { req: { action: 'listTasks'; orgId: string; year?: number }; res: { tasks: XTask[] } }
  withdrawCard: { req: { action: 'withdrawCard'; cardId: string; reason: string }; res: { card: CommitmentCard } }
  // the wall: members of the org, or anyone with the org's public link (no account)
  wall: { req: { action: 'wall'; orgId?: string; year?: number }; res: Wall }
  publicWall: { req: { action: 'publicWall'; token: string }; res: Wall }
  wallLink: { req: { action: 'wallLink'; orgId: string }; res: { token: string; path: string } }
  // committee staff
  getTemplate: { req: { action: 'getTemplate'; templateId?: string }; res: { template: CardTemplate; versions: CardTemplate[] } }
  saveTemplate: { req: { action: 'saveTemplate'; template: TemplateInput }; res: { template: CardTemplate } }
  completion: { req: { action: 'completion'; year?: number }; res: { year: number; rows: CompletionRow[] } }
  /**
   * Committee staff: `completion`'s rows as one xlsx sheet (base64, like checkin.ledgerXlsx): a header, then one
   * row per branch (name, members, approved, share, self-checks accepted, share). Read only.
   */
  exportCompletion: {
    req: { action: 'exportCompletion'; year?: number }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
}

/**
 * A commitment to-do on the member's home (whoami's `cardTodo`), until the reminders of the
 * political-birthday issue land:
 * - cardMissing / cardDraft  no card, or one not yet submitted, for this year (the member)
 * - cardReturned             the card came back with a reason (the member)
 * - checkOpen                a self-check window is open and the quarter is not filed (the member; `until` its last day)
 * - checkReturned            the quarter's self-check came back (the member)
 * - reviewCards / reviewChecks  cards or self-checks wait for review in an org the caller reviews (`count`)
 */
export interface CardTodo {
  kind: 'cardMissing' | 'cardDraft' | 'cardReturned' | 'checkOpen' | 'checkReturned' | 'reviewCards' | 'reviewChecks'
  year: number
  quarter?: number
  /** checkOpen: the window's last day (YYYY-MM-DD, CST). */
  until?: string
  /** reviewCards / reviewChecks: the org and how many wait. */
  orgId?: string
  orgName?: string
  count?: number
}
