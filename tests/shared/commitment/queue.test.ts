import { checkColumn, emptyCheckCounts, emptyCounts, QUEUE_ORDER } from '@shared/commitment/queue'

describe('checkColumn', () => {
  it.each<[boolean, boolean, 'submitted' | 'accepted' | 'returned' | null, string | null]>([
    [false, true, null, null],
    [true, false, null, null],
    [true, true, null, 'missing'],
    [true, true, 'submitted', 'submitted'],
    [true, true, 'accepted', 'accepted']
  ])('approved %s, window opened %s, filed %s → %s', (a, w, f, want) => expect(checkColumn(a, w, f)).toBe(want))
})

describe('counts and order', () => {
  it('start at zero for every status', () => {
    expect(Object.values(emptyCounts())).toEqual([0, 0, 0, 0, 0])
    expect(Object.values(emptyCheckCounts())).toEqual([0, 0, 0, 0])
  })
  it.each([
    ['missing', 'approved'],
    ['returned', 'submitted']
  ] as const)('%s comes before %s', (a, b) => expect(QUEUE_ORDER[a]).toBeLessThan(QUEUE_ORDER[b]))
})
