import type { ItemResult, SourceSummary } from '@shared/assessment/api'
import { disclosedResult, FEW_RATERS_NOTE } from '@shared/assessment/disclosure'

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
