// Geometry of the aspect chart on a member's result: one horizontal bar per aspect (the member's
// share of the aspect's maximum) with a marker at the branch average. Drawn with Views, so the
// numbers here are the whole chart. Pure; table-tested.
import type { AspectResult } from '@shared/assessment/api'
import { formatScore } from './score'

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
    // Items without data leave an aspect's max, so the branch's (mean) max can differ from the member's:
    // then the marker and the comparison are on shares of each one's own max.
    const avgMax = avg && avg.max > 0 ? avg.max : a.max
    const percent = percentOf(a.score, a.max)
    const averagePercent = avgScore === null ? null : percentOf(avgScore, avgMax)
    const diff =
      avgScore === null || averagePercent === null
        ? null
        : avgMax === a.max
          ? Math.round((a.score - avgScore) * 10) / 10
          : Math.round((percent - averagePercent) * 10) / 10
    return {
      aspectId: a.aspectId,
      name: a.name,
      percent,
      averagePercent,
      scoreText: `${formatScore(a.score)}/${formatScore(a.max)}`,
      averageText: avgScore === null ? '' : `支部平均 ${formatScore(avgScore)}`,
      versus: diff === null ? null : diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal'
    }
  })
}

export const VERSUS_LABEL = { above: '高于平均', equal: '与平均持平', below: '低于平均' } as const
