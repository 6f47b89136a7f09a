// When a source may rate (pure; the function's `rate` and the client's rating form share it).
//   rating     every source, until the deadline
//   closed     the organisation only, while the results are not computed (the way out when the
//              secretary closed before every member had an organisation rating: compute refuses
//              until they all have one, so the branch committee completes them; no deadline)
//   reopened   (closed by committee staff after a publish) every source, no deadline, until published again
//   published  nobody
import type { Period, Source } from './api'

export type RatingClock = Pick<Period, 'status' | 'ratingDeadline' | 'computedAt' | 'reopenedAt'>

const ms = (x: unknown): number => new Date(x as string).getTime()

/** Why `source` may not rate now (a Chinese sentence), or null when it may. */
export function ratingRefusal(p: RatingClock, source: Source, now: Date): string | null {
  if (p.status === 'closed' && p.reopenedAt) return null
  if (p.status === 'closed' && source === 'org' && !p.computedAt) return null
  if (p.status === 'closed') return source === 'org' ? '结果已计算，如需修改组织评分，请党委重新开启考核期' : '该考核期已结束评分'
  if (p.status !== 'rating') return '该考核期已结束评分'
  if (now.getTime() > ms(p.ratingDeadline)) return '已过评分截止时间'
  return null
}

/** Whether organisation ratings are still taken after the close: closed, not computed, not reopened. */
export const orgCatchUp = (p: RatingClock): boolean => p.status === 'closed' && !p.reopenedAt && !p.computedAt
