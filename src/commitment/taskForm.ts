// The X-task form (secretary): its fields, the checks before sending, and the request. Pure; table-tested.
import type { CommitmentApi, TaskScope, XTask } from '@shared/commitment/api'

export interface TaskDraft {
  kind: XTask['kind']
  scope: TaskScope
  title: string
  target: string
  deadline: string
  /** assigned: everyone, or the members picked. */
  everyone: boolean
  assignees: string[]
  /** challenge: the number of takers, as typed. */
  limit: string
}

export const emptyTask = (): TaskDraft => ({
  kind: 'assigned',
  scope: 'year',
  title: '',
  target: '',
  deadline: '',
  everyone: true,
  assignees: [],
  limit: '3'
})

/** The first thing wrong, or null. */
export function taskProblem(d: TaskDraft, year: number): string | null {
  if (!d.title.trim()) return '请填写任务名称'
  if (!d.target.trim()) return '请填写任务目标'
  if (!d.deadline) return '请选择完成时限'
  if (!d.deadline.startsWith(`${year}-`)) return `完成时限须在 ${year} 年内`
  if (d.kind === 'assigned' && !d.everyone && !d.assignees.length) return '请选择承担任务的党员'
  if (d.kind === 'challenge') {
    const n = Number(d.limit)
    if (!Number.isInteger(n) || n < 1 || n > 200) return '揭榜人数须为 1–200 的整数'
  }
  return null
}

export function taskRequest(d: TaskDraft, orgId: string, year: number): Omit<CommitmentApi['createTask']['req'], 'action'> {
  const base = { orgId, year, kind: d.kind, scope: d.scope, title: d.title.trim(), target: d.target.trim(), deadline: d.deadline }
  return d.kind === 'challenge' ? { ...base, limit: Number(d.limit) } : { ...base, assignees: d.everyone ? 'all' : d.assignees }
}
