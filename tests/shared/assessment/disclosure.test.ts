import type { ItemResult, SourceSummary } from '@shared/assessment/api'
import { disclosedResult, FEW_ITEM_RATERS_NOTE, FEW_RATERS_NOTE } from '@shared/assessment/disclosure'

const summary = (raters: number, score: number | null = raters ? 10 : null): SourceSummary => ({ score, max: 20, raters })
const result = (peer: number, masses: number) => ({
  sources: { self: summary(1), peer: summary(peer), masses: summary(masses), org: summary(2) },
  items: [
    {
      itemId: 'x',
      aspectId: 'a',
      score: 5,
      max: 10,
      basis: 'rated',
      sourceMeans: { self: 5, peer: peer ? 4 : null, masses: masses ? 3 : null, org: 6 }
    },
    { itemId: 'y', aspectId: 'a', score: 4, max: 10, basis: 'rated', sourceMeans: { self: 4, org: 4 } },
    { itemId: 'z', aspectId: 'a', score: 2, max: 5, basis: 'derived', ratio: 0.4, note: '出勤 2/5' }
  ] as ItemResult[]
})

describe('disclosedResult: peer/masses withheld below 3 raters', () => {
  it.each<[number, number, boolean, boolean]>([
    [0, 0, false, false],
    [1, 0, true, false],
    [2, 2, true, true],
    [3, 1, false, true],
    [3, 3, false, false],
    [10, 2, false, true]
  ])('peer %i raters, masses %i raters → peer hidden %s, masses hidden %s', (peer, masses, peerHidden, massesHidden) => {
    const input = result(peer, masses)
    const out = disclosedResult(input)
    const expectSource = (s: 'peer' | 'masses', n: number, hidden: boolean) => {
      expect(out.sources[s]).toEqual(hidden ? { score: null, max: 20, raters: n, note: FEW_RATERS_NOTE } : input.sources[s])
      expect(out.items[0].sourceMeans![s]).toBe(hidden ? null : input.items[0].sourceMeans![s])
    }
    expectSource('peer', peer, peerHidden)
    expectSource('masses', masses, massesHidden)
    // Self and org are always shown; items without the source gain no key; the input is not changed.
    expect([out.sources.self, out.sources.org]).toEqual([input.sources.self, input.sources.org])
    expect(out.items.slice(1)).toEqual(input.items.slice(1))
    expect(input.sources.peer.score).toBe(peer ? 10 : null)
  })
})

describe('disclosedResult: an item that only 1–2 raters of a source scored (the others said 不了解)', () => {
  const item = (itemId: string, peers: number | undefined, mean: number | null = 4): ItemResult => ({
    itemId,
    aspectId: 'a',
    score: 5,
    max: 10,
    basis: 'rated',
    sourceMeans: { self: 5, peer: mean, org: 6 },
    ...(peers === undefined ? {} : { sourceRaters: { self: 1, peer: peers, org: 2 } })
  })
  const withItems = (items: ItemResult[]) => ({
    sources: { self: summary(1), peer: summary(10, 8), masses: summary(0), org: summary(2) },
    items
  })

  it.each<[string, ItemResult[], Array<number | null>, boolean]>([
    ['every item scored by 3 or more: all shown', [item('x', 10), item('y', 3)], [4, 4], false],
    ['one item scored by 2 (8 said 不了解): its mean and the source score withheld', [item('x', 10), item('y', 2)], [4, null], true],
    ['one item scored by 1', [item('x', 1), item('y', 9)], [null, 4], true],
    ['an item nobody of the source scored (mean already null): nothing to withhold', [item('x', 10), item('y', 0, null)], [4, null], false],
    ['results stored before 不了解 (no counts): the source count decides', [item('x', undefined), item('y', undefined)], [4, 4], false]
  ])('%s', (_l, items, means, sourceHidden) => {
    const input = withItems(items)
    const out = disclosedResult(input)
    expect(out.items.map((i) => i.sourceMeans!.peer)).toEqual(means)
    expect(out.items.map((i) => [i.sourceMeans!.self, i.sourceMeans!.org])).toEqual(items.map(() => [5, 6]))
    expect(out.sources.peer).toEqual(sourceHidden ? { score: null, max: 20, raters: 10, note: FEW_ITEM_RATERS_NOTE } : input.sources.peer)
  })
})
