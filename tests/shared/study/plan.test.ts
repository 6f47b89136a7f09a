import type { PlanItem } from '@shared/study/api'
import { mergeBranchEdit, orgLifeText, planIssues, withPushedItem } from '@shared/study/plan'

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
