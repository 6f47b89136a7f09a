// Geometry of the flag-distribution chart: one stacked horizontal bar per branch, drawn with Views.
// A bar's length is its member count against the largest branch (so sizes compare); its segments
// split that length by flag. Widths are percents with one decimal that add up exactly. Pure.
import { FLAGS, type Flag, type FlagCounts } from '@shared/assessment/api'

export interface Segment {
  flag: Flag
  count: number
  /** Percent of the chart's full width. */
  width: number
}

export interface Bar {
  key: string
  label: string
  total: number
  /** Percent of the full width (0 for a branch with no published results). */
  width: number
  segments: Segment[]
}

export const countTotal = (c: FlagCounts) => FLAGS.reduce((s, f) => s + c[f], 0)

/** Split `whole` (tenths of a percent) over `parts` by largest remainder, so the parts sum to it exactly. */
function apportion(whole: number, parts: number[]): number[] {
  const sum = parts.reduce((s, x) => s + x, 0)
  if (sum === 0) return parts.map(() => 0)
  // Integer arithmetic: equal remainders must compare equal (floats made 5/15 and 2/15 differ).
  const out = parts.map((x) => Math.floor((x * whole) / sum))
  let left = whole - out.reduce((s, x) => s + x, 0)
  const order = parts.map((x, i) => ({ i, rem: (x * whole) % sum })).sort((a, b) => b.rem - a.rem || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    if (parts[i] > 0) {
      out[i]++
      left--
    }
  }
  return out
}

/** One bar per row; `scaleTo` is the count that fills the full width (default: the largest row). */
export function flagBars(rows: ReadonlyArray<{ key: string; label: string; flags: FlagCounts }>, scaleTo?: number): Bar[] {
  const max = scaleTo ?? Math.max(0, ...rows.map((r) => countTotal(r.flags)))
  return rows.map((r) => {
    const total = countTotal(r.flags)
    const tenths = max > 0 ? Math.round((total / max) * 1000) : 0
    const widths = apportion(
      tenths,
      FLAGS.map((f) => r.flags[f])
    )
    return {
      key: r.key,
      label: r.label,
      total,
      width: tenths / 10,
      segments: FLAGS.map((f, i) => ({ flag: f, count: r.flags[f], width: widths[i] / 10 })).filter((s) => s.count > 0)
    }
  })
}

/** Share of each flag in whole percents (largest remainder: they add up to 100 when any). */
export function flagShares(c: FlagCounts): Record<Flag, number> {
  const pct = apportion(
    100,
    FLAGS.map((f) => c[f])
  )
  return Object.fromEntries(FLAGS.map((f, i) => [f, pct[i]])) as Record<Flag, number>
}
