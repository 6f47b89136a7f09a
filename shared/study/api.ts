// Request/response types of the `study` cloud function: the branch's yearly study plan and its monthly
// items, study tasks pushed to members, study reports 学习报告单 with class hours 学时, the quarterly
// Party-spirit analysis 党性分析报告, and the branch's study stats. Imported by the client with
// `import type`. Instants are ISO strings; dates YYYY-MM-DD in CST. See docs/study.md.

/** Who a plan item / task is for: everyone assessed by the branch, one party group, dispatched members, gig members. */
export const AUDIENCE_KINDS = ['all', 'group', 'dispatched', 'gig'] as const
export type AudienceKind = (typeof AUDIENCE_KINDS)[number]
export const AUDIENCE_LABEL: Record<AudienceKind, string> = {
  all: '全体党员',
  group: '党小组',
  dispatched: '劳务派遣党员',
  gig: '新就业群体党员'
}

export interface Audience {
  kind: AudienceKind
  /** kind 'group': the party group's org id. */
  groupId?: string
}

/** One monthly item of the yearly plan. */
export interface PlanItem {
  /** [a-z0-9-]{1,24}; an item pushed by the committee is `c-<its id>`. */
  id: string
  /** 1..12. */
  month: number
  /** 学习内容. */
  content: string
  /** 学时, 0.5..40 in steps of 0.5. */
  hours: number
  required: boolean
  audience: Audience
  /** Set on items the committee pushed to its branches (read-only in the branch). */
  fromCommittee?: string
}

export interface StudyPlan {
  /** `${orgId}:${year}`. */
  _id: string
  orgId: string
  year: number
  items: PlanItem[]
  rev: number
  updatedAt: string | null
  updatedBy: string | null
}

/** 学习材料: text, a link, or a collective-study check-in activity (集中学习 签到). */
export const MATERIAL_KINDS = ['text', 'link', 'activity'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]
export const MATERIAL_LABEL: Record<MaterialKind, string> = { text: '学习材料', link: '学习链接', activity: '集中学习' }

export interface Material {
  kind: MaterialKind
  /** text: the material itself; link/activity: an optional note. */
  text: string
  /** link: https://… */
  url?: string
  /** activity: a check-in activity of type 'study' of the same org. */
  activityId?: string
  /** One file with any kind of material (shared/study/attachment.ts). */
  attachment?: TaskAttachment
}

/** 附件: a PDF, a Word document or an image. */
export type AttachmentExt = 'pdf' | 'doc' | 'docx' | 'jpg' | 'png' | 'webp'
export type AttachmentKind = 'document' | 'image'
/** ready: members may open it; pending: an image whose media check has not answered; risky: an image that failed it. */
export type AttachmentState = 'ready' | 'pending' | 'risky'

/** What the push form sends: the uploaded file and its name. */
export interface AttachmentInput {
  fileID: string
  name: string
}

/** The attachment as stored with the task (the server fills in what it read from the file). */
export interface TaskAttachment extends AttachmentInput {
  ext: AttachmentExt
  kind: AttachmentKind
  size: number
  /** An image's mediaCheckAsync trace id (its verdict in `mediaVerdicts`); null for a document. */
  traceId: string | null
}

/** The attachment as the task's page shows it: a temporary URL once it may be opened. */
export interface AttachmentView {
  name: string
  ext: AttachmentExt
  kind: AttachmentKind
  size: number
  state: AttachmentState
  /** A temporary URL (about 2 hours) when ready; null otherwise. */
  url: string | null
}

/** plan: pushed from a plan item; relearn: 集中重学 created by analysis verdicts of a quarter. */
export type TaskOrigin = 'plan' | 'relearn'

export interface StudyTask {
  /** plan: `${orgId}:${year}:${itemId}`; relearn: `${orgId}:${year}:relearn-q${quarter}`. */
  _id: string
  orgId: string
  year: number
  origin: TaskOrigin
  itemId: string | null
  title: string
  hours: number
  required: boolean
  /** The plan item's audience; null for a relearn task (the members its verdicts named). */
  audience: Audience | null
  /** Who it applies to: snapshot at push (relearn: members added by each verdict). */
  memberIds: string[]
  material: Material
  /** YYYY-MM-DD CST, inclusive: filed after it → late. */
  deadline: string
  pushedBy: string
  pushedAt: string
}

/** 草稿, 待审核, 已通过, 已退回. */
export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  accepted: '已通过',
  returned: '已退回'
}

/** The three parts of 学习报告单. */
export interface ReportText {
  /** 学习内容: what was studied. */
  studied: string
  /** 心得体会. */
  insights: string
  /** 改进举措: what changes in work and life. */
  changes: string
}

export interface StudyReport extends ReportText {
  /** `${taskId}:${memberId}`. */
  _id: string
  taskId: string
  memberId: string
  name: string
  orgId: string
  groupId: string | null
  year: number
  status: ReportStatus
  /** Filed (last time) after the task's deadline. */
  late: boolean
  submittedAt: string | null
  returnReason: string | null
  reviewedBy: string | null
  reviewedByName: string | null
  reviewedAt: string | null
  /** Class hours credited (the task's hours once accepted, else 0). */
  hours: number
  rev: number
  updatedAt: string
}

/** A task as a member sees it: with their report, whether overdue, and hours credited. */
export interface MyTask {
  task: StudyTask
  report: StudyReport | null
  /** The deadline has passed and nothing was filed. */
  overdue: boolean
  /** Checked in at the task's collective-study activity. */
  checkedIn: boolean
  /** Hours credited for this task (accepted report or check-in). */
  hours: number
  /** getTask only: the task's attachment, with a temporary URL when it may be opened. */
  attachment?: AttachmentView | null
}

/** A 集中学习 check-in activity the push form offers: its id, title and CST start date. */
export interface StudyActivityOption {
  _id: string
  title: string
  date: string
}

/** The verdicts of the branch secretary on a quarterly analysis: 合格, 返单, 集中重学, 个别谈话. */
export const VERDICTS = ['pass', 'return', 'relearn', 'talk'] as const
export type Verdict = (typeof VERDICTS)[number]
export const VERDICT_LABEL: Record<Verdict, string> = { pass: '合格', return: '返单', relearn: '集中重学', talk: '个别谈话' }

/** 草稿, 待小组评议, 待支部评定, 合格, 已返单, 集中重学, 个别谈话. */
export const ANALYSIS_STATUSES = ['draft', 'submitted', 'commented', 'passed', 'returned', 'relearn', 'talk'] as const
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number]
export const ANALYSIS_STATUS_LABEL: Record<AnalysisStatus, string> = {
  draft: '草稿',
  submitted: '待小组评议',
  commented: '待支部评定',
  passed: '合格',
  returned: '已返单',
  relearn: '集中重学',
  talk: '个别谈话'
}

/** The member's parts of 党性分析报告. */
export interface AnalysisText {
  /** 学习情况. */
  learned: string
  /** 心得体会. */
  insights: string
  /** 参加组织生活情况 (pre-filled from check-ins, the member may add to it). */
  orgLife: string
  /** 查找的问题. */
  problems: string
  /** 原因分析. */
  causes: string
  /** 整改措施. */
  measures: string
  /** 上季度整改措施落实情况. */
  lastMeasures: string
}

export interface AnalysisComment {
  text: string
  by: string
  byName: string
  at: string
}

export interface AnalysisVerdict {
  kind: Verdict
  /** 返单 / 集中重学 / 个别谈话: why (required); 合格: optional. */
  reason: string
  by: string
  byName: string
  at: string
  /** relearn: the task created; talk: the talk created (assessment's talks). */
  taskId: string | null
  talkId: string | null
}

export interface Analysis extends AnalysisText {
  /** `${memberId}:${year}q${quarter}`. */
  _id: string
  memberId: string
  name: string
  orgId: string
  groupId: string | null
  year: number
  quarter: number
  status: AnalysisStatus
  /** Org-life check-ins of the quarter when the analysis was first saved: present / expected. */
  orgLifeCount: { present: number; expected: number }
  late: boolean
  submittedAt: string | null
  groupComment: AnalysisComment | null
  verdict: AnalysisVerdict | null
  rev: number
  updatedAt: string
}

/** The quarter's analysis window: opens on `from`, due on `due` (later: still fileable, marked late). */
export interface AnalysisWindow {
  year: number
  quarter: number
  from: string
  due: string
}

export interface StatsRow {
  /** A member id, a group's org id, or the branch's org id. */
  id: string
  name: string
  /** Members counted (1 for a member row). */
  members: number
  hours: number
  requiredDue: number
  requiredDone: number
  /** requiredDone / requiredDue, 0..1; null when nothing was due. */
  completion: number | null
}

export interface BranchStats {
  orgId: string
  orgName: string
  year: number
  /** The CST date the figures are counted to (today, or the year's end for a past year). */
  asOf: string
  branch: StatsRow
  groups: StatsRow[]
  members: Array<StatsRow & { groupId: string | null }>
}

export interface StudyApi {
  // plan
  getPlan: {
    req: { action: 'getPlan'; orgId: string; year?: number }
    /**
     * `groups`: the org's party groups (a plan item may be for one of them). `studyActivities`: for the branch
     * committee, the org's 集中学习 check-in activities that ended at most 30 days ago, soonest first (a task's
     * collective-study material is picked from them); empty for everyone else.
     */
    res: {
      plan: StudyPlan
      tasks: StudyTask[]
      canEdit: boolean
      groups: Array<{ id: string; name: string }>
      studyActivities: StudyActivityOption[]
      /** A committee's plan read by its staff or its committee: how far each item reached (pushPlanItem). */
      committeePush?: CommitteePush
    }
  }
  savePlan: { req: { action: 'savePlan'; orgId: string; year: number; items: PlanItem[]; rev: number }; res: { plan: StudyPlan } }
  /** The committee pushes one item of its own plan to every branch under it (idempotent). */
  pushPlanItem: {
    req: { action: 'pushPlanItem'; committeeId: string; year: number; itemId: string }
    res: { branches: number }
  }
  // tasks
  pushTask: {
    req: {
      action: 'pushTask'
      orgId: string
      year: number
      itemId: string
      material: Omit<Material, 'attachment'> & { attachment?: AttachmentInput }
      deadline: string
    }
    res: { task: StudyTask }
  }
  // member
  myStudy: {
    req: { action: 'myStudy'; year?: number }
    res: {
      year: number
      tasks: MyTask[]
      hours: number
      requiredDue: number
      requiredDone: number
      analysis: Analysis | null
      window: AnalysisWindow
    }
  }
  getTask: { req: { action: 'getTask'; taskId: string }; res: MyTask }
  saveReport: { req: { action: 'saveReport'; taskId: string; text: ReportText; rev: number }; res: { report: StudyReport } }
  fileReport: { req: { action: 'fileReport'; taskId: string; text: ReportText; rev: number }; res: { report: StudyReport } }
  // reviewers
  reportQueue: {
    req: { action: 'reportQueue'; orgId: string; status?: ReportStatus }
    res: { reports: StudyReport[]; tasks: Array<Pick<StudyTask, '_id' | 'title' | 'deadline' | 'hours'>> }
  }
  reviewReport: {
    req: { action: 'reviewReport'; reportId: string; rev: number; decision: 'accept' | 'return'; reason?: string }
    res: { report: StudyReport }
  }
  // quarterly analysis
  myAnalysis: {
    req: { action: 'myAnalysis'; year?: number; quarter?: number }
    res: {
      analysis: Analysis | null
      window: AnalysisWindow
      prefill: { orgLife: string; orgLifeCount: { present: number; expected: number } }
    }
  }
  saveAnalysis: {
    req: { action: 'saveAnalysis'; year: number; quarter: number; text: AnalysisText; rev: number; submit: boolean }
    res: { analysis: Analysis }
  }
  analysisQueue: { req: { action: 'analysisQueue'; orgId: string; year: number; quarter: number }; res: { analyses: Analysis[] } }
  getAnalysis: { req: { action: 'getAnalysis'; analysisId: string }; res: { analysis: Analysis } }
  commentAnalysis: { req: { action: 'commentAnalysis'; analysisId: string; rev: number; text: string }; res: { analysis: Analysis } }
  decideAnalysis: {
    req: { action: 'decideAnalysis'; analysisId: string; rev: number; verdict: Verdict; reason?: string }
    res: { analysis: Analysis }
  }
  // stats
  branchStats: { req: { action: 'branchStats'; orgId: string; year?: number }; res: BranchStats }
  /** branchStats as one xlsx sheet (base64, like commitment.exportCompletion). */
  exportStats: {
    req: { action: 'exportStats'; orgId: string; year?: number }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
  /** Committee staff: every branch under the committee in one call (docs/study.md → Stats across branches). */
  committeeStats: {
    req: { action: 'committeeStats'; committeeId: string; year?: number; quarter?: number }
    res: CommitteeStats
  }
  /** committeeStats as one xlsx sheet (base64). */
  exportCommitteeStats: {
    req: { action: 'exportCommitteeStats'; committeeId: string; year?: number; quarter?: number }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
}

/** A committee plan's reach: the branches under the committee, and per committee item how many branch plans hold it. */
export interface CommitteePush {
  branches: number
  /** By the committee item's id: branch plans holding `c-<id>` (`reached`), and of those the ones equal to the item now (`current`). */
  items: Record<string, { reached: number; current: number }>
}

/** The quarter's Party-spirit analyses of a branch by status (drafts are the member's own: counted as 未提交). */
export type AnalysisCounts = Record<Exclude<AnalysisStatus, 'draft'>, number> & { notFiled: number }

/** One branch (or the committee's total) in committeeStats: branchStats's branch row plus the queues. */
export interface CommitteeStatsRow extends StatsRow {
  /** Study reports filed and waiting for review (any year: the review queue). */
  reportsWaiting: number
  /** The quarter's analyses by status. */
  analyses: AnalysisCounts
}

export interface CommitteeStats {
  committeeId: string
  committeeName: string
  year: number
  quarter: number
  asOf: string
  total: CommitteeStatsRow
  branches: CommitteeStatsRow[]
}

/**
 * Error codes beyond the common ones:
 * - REPORT_STATE    filing or reviewing a report out of order (accepted, not filed yet)
 * - ANALYSIS_STATE  a comment or verdict out of order
 * - ANALYSIS_WINDOW the quarter's analysis is not open yet
 * - TOO_SHORT       a report or analysis below the minimum length
 */
export type StudyErrorCode = 'REPORT_STATE' | 'ANALYSIS_STATE' | 'ANALYSIS_WINDOW' | 'TOO_SHORT' | StudyAttachmentErrorCode

/**
 * The push's attachment:
 * - ATTACHMENT_NOT_FOUND  not this environment's file, not the caller's own upload, or missing
 * - ATTACHMENT_TYPE       the name's extension is not PDF/Word/JPG/PNG/WebP, differs from the file's, or the bytes are not that type
 * - ATTACHMENT_TOO_LARGE  a document over 10 MB, an image over 2 MB
 */
export type StudyAttachmentErrorCode = 'ATTACHMENT_NOT_FOUND' | 'ATTACHMENT_TYPE' | 'ATTACHMENT_TOO_LARGE'

/** A study to-do on the member's home (whoami's `studyTodo`). */
export interface StudyTodo {
  kind: 'taskOpen' | 'reportReturned' | 'analysisOpen' | 'analysisReturned' | 'reviewReports' | 'reviewAnalyses'
  /** taskOpen / reportReturned: the task. */
  taskId?: string
  title?: string
  deadline?: string
  overdue?: boolean
  year?: number
  quarter?: number
  orgId?: string
  count?: number
}
