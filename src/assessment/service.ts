// Typed helpers for the `assessment` cloud function, built on the one transport (services/cloud.ts).
import type { ItemScore, RatingInput, Source } from '@shared/assessment/api'
import { callCloud } from '@/core/cloud'

export const assessment = {
  listPeriods: () => callCloud('assessment', { action: 'listPeriods' }),
  myPeriods: () => callCloud('assessment', { action: 'myPeriods' }),
  rateTargets: (periodId: string) => callCloud('assessment', { action: 'rateTargets', periodId }),
  rate: (periodId: string, source: Exclude<Source, 'masses'>, memberId: string, input: RatingInput) =>
    callCloud('assessment', { action: 'rate', periodId, source, memberId, ...input }),
  getRubric: (rubricId: string) => callCloud('assessment', { action: 'getRubric', rubricId }),
  massesForm: (code: string) => callCloud('assessment', { action: 'massesForm', code }),
  massesRate: (code: string, ratings: Array<{ memberId: string; scores: Record<string, ItemScore> }>) =>
    callCloud('assessment', { action: 'massesRate', code, ratings }),
  board: (periodId: string) => callCloud('assessment', { action: 'board', periodId }),
  memberResult: (periodId: string, memberId?: string) =>
    callCloud('assessment', memberId ? { action: 'memberResult', periodId, memberId } : { action: 'memberResult', periodId }),
  fileObjection: (periodId: string, reason: string) => callCloud('assessment', { action: 'fileObjection', periodId, reason }),
  ackTalk: (talkId: string) => callCloud('assessment', { action: 'ackTalk', talkId })
}

export { RATED_EVENT } from './routes'

/** A route parameter of the current page, decoded ('' when absent). */
export function routeParam(params: Record<string, string | undefined> | undefined, name: string): string {
  const v = params?.[name]
  if (!v) return ''
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}
