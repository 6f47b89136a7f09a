import type { CardItem, CheckEntry } from '@shared/commitment/api'
import { canFileCheck, canReviewCheck, entryIssues } from '@shared/commitment/checks'

const items: CardItem[] = [
  { id: 'a', section: 'goals', what: '修补坑槽', target: '300 处', deadline: null },
  { id: 'b', section: 'study', what: '学习党章', target: '每月 1 次', deadline: null }
]
const e = (itemId: string): CheckEntry => ({ itemId, progress: 'done', note: '', photos: [] })

describe('entryIssues', () => {
  it.each<[string, CheckEntry[], string[]]>([
    ['every item once', [e('a'), e('b')], []],
    ['an item missing', [e('a')], ['entries']],
    ['an unknown item', [e('a'), e('b'), e('zzz')], ['entries.2.itemId']],
    ['an item twice', [e('a'), e('a'), e('b')], ['entries.1.itemId']]
  ])('%s', (_l, entries, paths) => expect(entryIssues(entries, items).map((i) => i.path)).toEqual(paths))
})

describe('filing and reviewing', () => {
  it.each<[null | 'submitted' | 'accepted' | 'returned', boolean]>([
    [null, true],
    ['submitted', true],
    ['returned', true],
    ['accepted', false]
  ])('file over %s → %s', (status, ok) => expect(canFileCheck(status).ok).toBe(ok))

  it.each<['submitted' | 'accepted' | 'returned', boolean]>([
    ['submitted', true],
    ['accepted', false],
    ['returned', false]
  ])('review a %s check → %s', (status, ok) => expect(canReviewCheck(status).ok).toBe(ok))
})
