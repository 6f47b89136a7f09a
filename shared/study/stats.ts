// The branch's study stats: hours and required-task completion per member, per party group and for the
// branch, from the tasks and what was credited. Pure; one pass over tasks × their members.
// Completion counts the year's required tasks due by `asOf` (deadline passed) plus those already done.
import type { BranchStats, StatsRow, StudyTask } from './api'
import { creditKey } from './metric'
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
