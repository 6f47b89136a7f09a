// The branch's figures: per category, how many suggestions were filed, are still open, were closed,
// are overdue, are held by content security; and the total. Pure: overdue comes in already decided.
import { CATEGORIES, type Category, type Moderation, type Overdue, type Status, type StatsRow } from './api'

export interface Counted {
  category: Category
  status: Status
  moderation: Moderation
  overdue: Overdue
}

const empty = (category: Category): StatsRow => ({ category, total: 0, open: 0, closed: 0, overdue: 0, held: 0 })

export function statsRows(items: readonly Counted[]): { rows: StatsRow[]; total: StatsRow & { category: 'other' } } {
  const rows = CATEGORIES.map(empty)
  const total = { ...empty('other'), category: 'other' as const }
  for (const it of items) {
    const row = rows[CATEGORIES.indexOf(it.category)]
    if (!row) continue
    for (const r of [row, total]) {
      r.total++
      if (it.status === 'closed') r.closed++
      else r.open++
      if (it.overdue) r.overdue++
      if (it.moderation === 'held') r.held++
    }
  }
  return { rows, total }
}

/** The bar lengths of the chart, as a share (0–1) of the largest category. */
export function barShares(rows: readonly StatsRow[]): number[] {
  const max = Math.max(0, ...rows.map((r) => r.total))
  return rows.map((r) => (max === 0 ? 0 : r.total / max))
}
