// The branch's study stats: hours and required-task completion per member, per party group and for the
// branch, from the tasks and what was credited. Pure; one pass over tasks × their members.
// Completion counts the year's required tasks due by `asOf` (deadline passed) plus those already done.
import {
  ANALYSIS_STATUS_LABEL,
  type AnalysisCounts,
  type AnalysisStatus,
  type BranchStats,
  type CommitteeStats,
  type CommitteeStatsRow,
  type StatsRow,
  type StudyTask
} from './api'
import { creditKey } from './metric'
import { currentAnalysisQuarter } from './windows'
import { compareYmd } from '@shared/core/time'

export interface StatsMember {
  _id: string
  name: string
  groupId: string | null
}

const ratio = (done: number, due: number): number | null => (due ? done / due : null)

function row(id: string, name: string, members: number, hours: number, due: number, done: number): StatsRow {
  return { id, name, members, hours, requiredDue: due, requiredDone: done, completion: ratio(done, due) }
}

export function branchStats(input: {
  org: { _id: string; name: string }
  year: number
  asOf: string
  members: readonly StatsMember[]
  groups: ReadonlyArray<{ _id: string; name: string }>
  tasks: ReadonlyArray<Pick<StudyTask, '_id' | 'required' | 'deadline' | 'memberIds' | 'hours'>>
  /** creditKey(taskId, memberId) of every credited task. */
  credited: ReadonlySet<string>
}): BranchStats {
  const per = new Map(input.members.map((m) => [m._id, { hours: 0, due: 0, done: 0 }]))
  for (const t of input.tasks) {
    const past = compareYmd(t.deadline, input.asOf) < 0
    for (const id of t.memberIds) {
      const p = per.get(id)
      if (!p) continue
      const ok = input.credited.has(creditKey(t._id, id))
      if (ok) p.hours += t.hours
      if (t.required && (ok || past)) {
        p.due++
        if (ok) p.done++
      }
    }
  }
  const members = input.members.map((m) => {
    const p = per.get(m._id) as { hours: number; due: number; done: number }
    return { ...row(m._id, m.name, 1, p.hours, p.due, p.done), groupId: m.groupId }
  })
  const sum = (id: string, name: string, rows: typeof members) =>
    row(
      id,
      name,
      rows.length,
      rows.reduce((s, r) => s + r.hours, 0),
      rows.reduce((s, r) => s + r.requiredDue, 0),
      rows.reduce((s, r) => s + r.requiredDone, 0)
    )
  const groups = input.groups.map((g) =>
    sum(
      g._id,
      g.name,
      members.filter((m) => m.groupId === g._id)
    )
  )
  const ungrouped = members.filter((m) => !m.groupId || !input.groups.some((g) => g._id === m.groupId))
  if (ungrouped.length) groups.push(sum('', '未编入党小组', ungrouped))
  return {
    orgId: input.org._id,
    orgName: input.org.name,
    year: input.year,
    asOf: input.asOf,
    branch: sum(input.org._id, input.org.name, members),
    groups,
    members
  }
}

/** 80% — for the table and the export; '—' when nothing was due. */
export const percent = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`)

/** The CST date a year's figures are counted to: today, or the year's last day for a past year. */
export const statsAsOf = (year: number, today: string): string => (year < Number(today.slice(0, 4)) ? `${year}-12-31` : today)

/**
 * The quarter whose analyses the committee's stats show for `year` at `now`: the quarter members work on
 * (the latest window opened) when it is of that year; 4 for a past year; 1 for a year none has opened in yet.
 */
export function statsQuarter(year: number, now: Date): number {
  const cur = currentAnalysisQuarter(now)
  if (cur.year === year) return cur.quarter
  return cur.year > year ? 4 : 1
}

/** The analysis columns, in the order of the flow (未提交 first: no analysis, or only a draft). */
export const ANALYSIS_COUNT_KEYS = ['notFiled', 'submitted', 'commented', 'passed', 'returned', 'relearn', 'talk'] as const

export const ANALYSIS_COUNT_LABEL: Record<keyof AnalysisCounts, string> = {
  notFiled: '未提交',
  submitted: ANALYSIS_STATUS_LABEL.submitted,
  commented: ANALYSIS_STATUS_LABEL.commented,
  passed: ANALYSIS_STATUS_LABEL.passed,
  returned: ANALYSIS_STATUS_LABEL.returned,
  relearn: ANALYSIS_STATUS_LABEL.relearn,
  talk: ANALYSIS_STATUS_LABEL.talk
}

/**
 * A branch's analyses of the quarter by status, from (status, count) rows: drafts count as not filed (a
 * draft is the member's own), as do members with no analysis; never below zero (analyses of members who
 * have since left the branch are still counted by their status).
 */
export function analysisCounts(members: number, rows: ReadonlyArray<{ status: AnalysisStatus; n: number }>): AnalysisCounts {
  const c: AnalysisCounts = { notFiled: 0, submitted: 0, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0 }
  let filed = 0
  for (const r of rows) {
    if (r.status === 'draft') continue
    c[r.status] += r.n
    filed += r.n
  }
  c.notFiled = Math.max(0, members - filed)
  return c
}

/**
 * The committee's stats: each branch's row as branchStats computes it (members, hours, required due/done,
 * completion) with the reports waiting for review and the quarter's analyses by status; the total sums the
 * branches (completion from the summed counts). Branches in the order given.
 */
export function committeeStats(input: {
  committee: { _id: string; name: string }
  year: number
  quarter: number
  asOf: string
  branches: ReadonlyArray<{ _id: string; name: string }>
  /** Members by the org assessing them. */
  members: ReadonlyArray<{ _id: string; orgId: string }>
  tasks: ReadonlyArray<Pick<StudyTask, '_id' | 'orgId' | 'required' | 'deadline' | 'memberIds' | 'hours'>>
  credited: ReadonlySet<string>
  /** Reports waiting for review, by org. */
  waiting: Readonly<Record<string, number>>
  /** The quarter's analyses: (org, status, count). */
  analyses: ReadonlyArray<{ orgId: string; status: AnalysisStatus; n: number }>
}): CommitteeStats {
  const by = <T extends { orgId: string }>(xs: readonly T[]) => {
    const m = new Map<string, T[]>()
    for (const x of xs) m.set(x.orgId, [...(m.get(x.orgId) ?? []), x])
    return m
  }
  const members = by(input.members)
  const tasks = by(input.tasks)
  const analyses = by(input.analyses)
  const branches = input.branches.map((b): CommitteeStatsRow => {
    const s = branchStats({
      org: b,
      year: input.year,
      asOf: input.asOf,
      members: (members.get(b._id) ?? []).map((m) => ({ _id: m._id, name: '', groupId: null })),
      groups: [],
      tasks: tasks.get(b._id) ?? [],
      credited: input.credited
    })
    return { ...s.branch, reportsWaiting: input.waiting[b._id] ?? 0, analyses: analysisCounts(s.branch.members, analyses.get(b._id) ?? []) }
  })
  const total = (key: 'members' | 'hours' | 'requiredDue' | 'requiredDone' | 'reportsWaiting') => branches.reduce((s, b) => s + b[key], 0)
  const sums: AnalysisCounts = { notFiled: 0, submitted: 0, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0 }
  for (const b of branches) for (const k of ANALYSIS_COUNT_KEYS) sums[k] += b.analyses[k]
  return {
    committeeId: input.committee._id,
    committeeName: input.committee.name,
    year: input.year,
    quarter: input.quarter,
    asOf: input.asOf,
    total: {
      ...row(input.committee._id, input.committee.name, total('members'), total('hours'), total('requiredDue'), total('requiredDone')),
      reportsWaiting: total('reportsWaiting'),
      analyses: sums
    },
    branches
  }
}
