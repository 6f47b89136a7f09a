// Geometry of the aspect chart on a member's result: one horizontal bar per aspect (the member's
// share of the aspect's maximum) with a marker at the branch average. Drawn with Views, so the
// numbers here are the whole chart. Pure; table-tested.
import type { AspectResult } from '../../cloudfunctions/shared/api/assessment'
import { formatScore } from './assessmentScore'

export interface AspectBar {
  aspectId: string
  name: string
  /** Bar length, percent of the track, 0..100, one decimal. */
  percent: number
  /** Average marker position, percent of the track; null when the branch average is unknown. */
  averagePercent: number | null
  /** e.g. '12.5/15'. */
  scoreText: string
  /** e.g. '支部平均 11.2'; '' when unknown. */
  averageText: string
  /** Above, at or below the average (shown as text too: colour is not the only cue). */
  versus: 'above' | 'equal' | 'below' | null
}

function percentOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0
  const p = (value / max) * 100
  return Math.round(Math.min(100, Math.max(0, p)) * 10) / 10
}

export function aspectBars(aspects: readonly AspectResult[], averages: readonly AspectResult[]): AspectBar[] {
  const avgById = new Map(averages.map((a) => [a.aspectId, a]))
  return aspects.map((a) => {
    const avg = avgById.get(a.aspectId)
    const avgScore = avg && Number.isFinite(avg.score) ? avg.score : null
    const diff = avgScore === null ? null : Math.round((a.score - avgScore) * 10) / 10
    return {
      aspectId: a.aspectId,
      name: a.name,
      percent: percentOf(a.score, a.max),
      averagePercent: avgScore === null ? null : percentOf(avgScore, a.max),
      scoreText: `${formatScore(a.score)}/${formatScore(a.max)}`,
      averageText: avgScore === null ? '' : `支部平均 ${formatScore(avgScore)}`,
      versus: diff === null ? null : diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal'
    }
  })
}

export const VERSUS_LABEL = { above: '高于平均', equal: '与平均持平', below: '低于平均' } as const
