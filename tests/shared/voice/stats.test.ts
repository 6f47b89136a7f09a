import type { Category, Moderation, Overdue, Status } from '@shared/voice/api'
import { barShares, statsRows } from '@shared/voice/stats'

const item = (category: Category, status: Status, moderation: Moderation = 'passed', overdue: Overdue = null) => ({
  category,
  status,
  moderation,
  overdue
})

describe('statsRows', () => {
  it('counts per category in the fixed order, and the total', () => {
    const { rows, total } = statsRows([
      item('safety', 'submitted', 'passed', 'receive'),
      item('safety', 'closed'),
      item('safety', 'answered'),
      item('masses', 'handling', 'held', 'answer'),
      item('other', 'reopened')
    ])
    expect(rows).toEqual([
      { category: 'safety', total: 3, open: 2, closed: 1, overdue: 1, held: 0 },
      { category: 'production', total: 0, open: 0, closed: 0, overdue: 0, held: 0 },
      { category: 'masses', total: 1, open: 1, closed: 0, overdue: 1, held: 1 },
      { category: 'orgLife', total: 0, open: 0, closed: 0, overdue: 0, held: 0 },
      { category: 'other', total: 1, open: 1, closed: 0, overdue: 0, held: 0 }
    ])
    expect(total).toEqual({ category: 'other', total: 5, open: 4, closed: 1, overdue: 2, held: 1 })
  })

  it('answers zeros for no suggestions', () => {
    expect(statsRows([]).total.total).toBe(0)
  })
})

describe('barShares', () => {
  it.each([
    [
      [4, 2, 0],
      [1, 0.5, 0]
    ],
    [
      [0, 0],
      [0, 0]
    ],
    [[3], [1]]
  ])('%j → %j', (totals, want) => {
    const rows = totals.map((total) => ({ category: 'other' as const, total, open: 0, closed: 0, overdue: 0, held: 0 }))
    expect(barShares(rows)).toEqual(want)
  })
})
