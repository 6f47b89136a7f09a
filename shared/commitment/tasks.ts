// X tasks of an org: which apply to a member (assigned to them or to all, or a challenge they took),
// which challenges they may still take, and the verdict on taking one (first come, up to the limit).
import type { XTask } from './api'

export const CHALLENGE_LIMIT_MAX = 200

export const appliesTo = (t: Pick<XTask, 'kind' | 'assignees' | 'takers'>, memberId: string): boolean =>
  t.kind === 'assigned' ? t.assignees === 'all' || t.assignees.includes(memberId) : t.takers.includes(memberId)

/** Challenges with room left that the member has not taken. */
export const openChallenges = (tasks: readonly XTask[], memberId: string): XTask[] =>
  tasks.filter((t) => t.kind === 'challenge' && !t.takers.includes(memberId) && t.takers.length < (t.limit ?? 0))

export type TakeVerdict = { ok: true } | { ok: false; code: 'CHALLENGE_FULL' | 'CHALLENGE_TAKEN' | 'NOT_A_CHALLENGE'; message: string }

export function takeVerdict(task: Pick<XTask, 'kind' | 'limit' | 'takers' | 'title'>, memberId: string): TakeVerdict {
  if (task.kind !== 'challenge') return { ok: false, code: 'NOT_A_CHALLENGE', message: '该任务由党组织分派，不需要认领' }
  if (task.takers.includes(memberId)) return { ok: false, code: 'CHALLENGE_TAKEN', message: `你已认领「${task.title}」` }
  if (task.takers.length >= (task.limit ?? 0)) {
    return { ok: false, code: 'CHALLENGE_FULL', message: `「${task.title}」已有 ${task.limit} 人揭榜，名额已满` }
  }
  return { ok: true }
}
