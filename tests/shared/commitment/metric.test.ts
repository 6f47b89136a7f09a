import type { CardItem } from '@shared/commitment/api'
import { cardSelfCheckMetrics, dueDate, dueItems, type MetricCheck } from '@shared/commitment/metric'

const item = (id: string, deadline: string | null): CardItem => ({ id, section: 'goals', what: id, target: 't', deadline })
const ITEMS = [item('a', '2026-03-31'), item('b', '2026-06-30'), item('c', '2026-09-30'), item('d', null)]
const check = (quarter: number, status: MetricCheck['status'], done: string[], memberId = 'm1'): MetricCheck => ({
  memberId,
  year: 2026,
  quarter,
  status,
  entries: ITEMS.map((x) => ({ itemId: x.id, progress: done.includes(x.id) ? 'done' : 'doing' }))
})

describe('due items', () => {
  it.each<[string, string[]]>([
    ['2026-03-31', ['a']],
    ['2026-06-30', ['a', 'b']],
    // An item without a deadline is due at the year's end.
    ['2026-12-31', ['a', 'b', 'c', 'd']],
    ['2026-01-31', []]
  ])('by %s → %o', (by, ids) => expect(dueItems(ITEMS, 2026, by).map((x) => x.id)).toEqual(ids))

  it('dueDate of an item without a deadline is 12-31', () => expect(dueDate({ deadline: null }, 2026)).toBe('2026-12-31'))
})

describe('cardSelfCheck = accepted as done / due by the period’s end', () => {
  const card = { memberId: 'm1', year: 2026, approvedItems: ITEMS }
  it.each<[string, string, MetricCheck[], { done: number; due: number } | null]>([
    ['H1, Q1 and Q2 accepted', '2026-06-30', [check(1, 'accepted', ['a']), check(2, 'accepted', ['a', 'b'])], { done: 2, due: 2 }],
    ['H1, Q2 only submitted', '2026-06-30', [check(1, 'accepted', ['a']), check(2, 'submitted', ['a', 'b'])], { done: 1, due: 2 }],
    ['H1, Q2 returned', '2026-06-30', [check(2, 'returned', ['a', 'b'])], { done: 0, due: 2 }],
    ['the year, done in Q3 counts', '2026-12-31', [check(3, 'accepted', ['a', 'b', 'c'])], { done: 3, due: 4 }],
    ['a later quarter’s check does not count for an earlier period', '2026-06-30', [check(3, 'accepted', ['a', 'b'])], { done: 0, due: 2 }],
    ['nothing due yet → no data', '2026-02-28', [], null],
    ['someone else’s check does not count', '2026-06-30', [check(2, 'accepted', ['a', 'b'], 'm2')], { done: 0, due: 2 }]
  ])('%s', (_l, to, checks, want) => expect(cardSelfCheckMetrics(['m1'], to, [card], checks).get('m1')).toEqual(want))

  it.each<[string, Array<{ memberId: string; year: number; approvedItems: CardItem[] | null }>]>([
    ['a branch without cards', []],
    ['a card never approved', [{ memberId: 'm1', year: 2026, approvedItems: null }]],
    ['last year’s card', [{ memberId: 'm1', year: 2025, approvedItems: ITEMS }]]
  ])('%s → no data', (_l, cards) => expect(cardSelfCheckMetrics(['m1'], '2026-12-31', cards, []).get('m1')).toBeNull())
})
