// Flag bands on the rounded total in integer tenths: ≥ red → 红旗, ≥ yellow → 黄旗, ≥ blue → 蓝旗, else 灰旗.
import type { Flag, RubricInput } from './api'

export function flagOf(totalTenths: number, bands: RubricInput['bands']): Flag {
  if (totalTenths >= bands.red * 10) return 'red'
  if (totalTenths >= bands.yellow * 10) return 'yellow'
  if (totalTenths >= bands.blue * 10) return 'blue'
  return 'grey'
}

/** Competition ranking on totals in tenths, highest first: ties share a rank (1, 2, 2, 4). */
export function ranks(totalsTenths: number[]): number[] {
  return totalsTenths.map((t) => 1 + totalsTenths.filter((o) => o > t).length)
}
