import type { PlanItem } from '@shared/study/api'
import { committeeReach, mergeBranchEdit, orgLifeText, planIssues, sameItem, withPushedItem } from '@shared/study/plan'

const item = (id: string, patch: Partial<PlanItem> = {}): PlanItem => ({
  id,
  month: 3,
  content: '学习党章',
  hours: 2,
  required: true,
  audience: { kind: 'all' },
  ...patch
})

describe('plan items', () => {
  it.each<[string, PlanItem[], string[]]>([
    ['fine', [item('a'), item('b', { audience: { kind: 'group', groupId: 'g1' } })], []],
    ['a duplicate id', [item('a'), item('a')], ['items.1.id']],
    ['hours not in half hours', [item('a', { hours: 1.2 })], ['items.0.hours']],
    ['hours 0', [item('a', { hours: 0 })], ['items.0.hours']],
    ['hours above 40', [item('a', { hours: 40.5 })], ['items.0.hours']],
    ['another org’s group', [item('a', { audience: { kind: 'group', groupId: 'gx' } })], ['items.0.audience.groupId']],
    ['a group on an all item', [item('a', { audience: { kind: 'all', groupId: 'g1' } })], ['items.0.audience.groupId']]
  ])('%s', (_l, items, paths) => expect(planIssues(items, ['g1', 'g2']).map((i) => i.path)).toEqual(paths))

  it('the committee’s push adds c-<id> once, in month order, and replaces it when pushed again', () => {
    const branch = [item('x', { month: 5 }), item('y', { month: 1 })]
    const once = withPushedItem(branch, item('k', { month: 3 }), 'org-c')
    expect(once.map((x) => x.id)).toEqual(['y', 'c-k', 'x'])
    expect(once[1].fromCommittee).toBe('org-c')
    const again = withPushedItem(once, item('k', { month: 3, hours: 4 }), 'org-c')
    expect(again.map((x) => x.id)).toEqual(['y', 'c-k', 'x'])
    expect(again[1].hours).toBe(4)
  })

  it('a branch save keeps the committee’s items as stored and ignores changes to them', () => {
    const stored = [item('a'), { ...item('c-k'), fromCommittee: 'org-c' }]
    const sent = [item('b', { month: 1 }), { ...item('c-k', { hours: 9 }) }, item('c-z')]
    expect(mergeBranchEdit(stored, sent)).toEqual([item('b', { month: 1 }), { ...item('c-k'), fromCommittee: 'org-c' }])
  })

  it.each([
    [4, 5, '本季度应参加组织生活 5 次，实际签到 4 次。'],
    [0, 0, '本季度暂无需要参加的组织生活。']
  ])('org-life pre-fill %i/%i', (p, e, s) => expect(orgLifeText(p, e)).toBe(s))
})

describe('committee reach', () => {
  const k1 = item('k1', { month: 4, content: '党纪学习教育' })
  const k2 = item('k2', { month: 5 })
  const copy = (x: PlanItem, committeeId = 'org-c') => withPushedItem([], x, committeeId)[0]

  it.each<[string, Array<{ items: PlanItem[] }>, Record<string, { reached: number; current: number }>]>([
    ['no branch has a plan', [], { k1: { reached: 0, current: 0 }, k2: { reached: 0, current: 0 } }],
    [
      'k1 pushed to two of three, k2 to none',
      [{ items: [copy(k1), item('own')] }, { items: [copy(k1)] }, { items: [item('own')] }],
      { k1: { reached: 2, current: 2 }, k2: { reached: 0, current: 0 } }
    ],
    [
      'a copy older than the item (its hours changed since) is reached, not current',
      [{ items: [copy({ ...k1, hours: 3 })] }, { items: [copy(k1)] }],
      { k1: { reached: 2, current: 1 }, k2: { reached: 0, current: 0 } }
    ],
    [
      'another committee’s c-k1, or a branch item named c-k2 by hand, is not this committee’s',
      [{ items: [copy(k1, 'org-other')] }, { items: [{ ...k2, id: 'c-k2' }] }],
      { k1: { reached: 0, current: 0 }, k2: { reached: 0, current: 0 } }
    ]
  ])('%s', (_l, plans, items) => expect(committeeReach('org-c', [k1, k2], plans, 3)).toEqual({ branches: 3, items }))

  it.each<[string, Partial<PlanItem>, boolean]>([
    ['the same', {}, true],
    ['another id and fromCommittee', { id: 'c-x', fromCommittee: 'org-c' }, true],
    ['another month', { month: 5 }, false],
    ['other content', { content: '学习党史' }, false],
    ['other hours', { hours: 2.5 }, false],
    ['optional', { required: false }, false],
    ['another audience', { audience: { kind: 'gig' } }, false]
  ])('sameItem: %s → %p', (_l, patch, same) => expect(sameItem(item('a'), { ...item('a'), ...patch })).toBe(same))
})
