import { postOf, wallCard } from '@shared/commitment/wall'

describe('wallCard', () => {
  const src = {
    cardId: 'm07:2026',
    name: '赵永平',
    post: '党员',
    approvedItems: [
      { id: 'a', section: 'goals', what: '修补坑槽', target: '300 处', deadline: '2026-11-30' },
      { id: 'b', section: 'study', what: '学习党章', target: '', deadline: '2026-06-30' }
    ],
    approvedAt: '2026-02-01T00:00:00.000Z',
    accepted: [] as Array<{ quarter: number; entries: Array<{ itemId: string; progress: 'done' | 'doing' | 'notStarted' }> }>
  }

  it.each<[string, typeof src.accepted, number | null, Array<string | null>]>([
    ['no accepted check', [], null, [null, null]],
    [
      'the last accepted quarter wins',
      [
        { quarter: 1, entries: [{ itemId: 'a', progress: 'doing' }] },
        {
          quarter: 2,
          entries: [
            { itemId: 'a', progress: 'done' },
            { itemId: 'b', progress: 'notStarted' }
          ]
        }
      ],
      2,
      ['done', 'notStarted']
    ]
  ])('%s', (_l, accepted, quarter, progress) => {
    const w = wallCard({ ...src, accepted })
    expect(w.progressQuarter).toBe(quarter)
    expect(w.items.map((x) => x.progress)).toEqual(progress)
  })

  it('copies only the public fields of an item (an extra stored field never reaches the wall)', () => {
    const leaky = { ...src, approvedItems: [{ ...src.approvedItems[0], phone: '13909311007', note: '私' } as never] }
    expect(Object.keys(wallCard(leaky).items[0]).sort()).toEqual(['deadline', 'id', 'progress', 'section', 'target', 'what'])
    expect(Object.keys(wallCard(leaky)).sort()).toEqual(['approvedAt', 'cardId', 'items', 'name', 'post', 'progressQuarter'])
  })
})

describe('postOf (亮身份)', () => {
  const m = (roles: Array<{ orgId: string; role: string }>, partyStatus = 'full') => ({ roles, groupId: 'g1', partyStatus })
  it.each<[string, ReturnType<typeof m>, string]>([
    ['the secretary', m([{ orgId: 'o', role: 'secretary' }]), '支部书记'],
    ['the deputy', m([{ orgId: 'o', role: 'deputy' }]), '支部副书记'],
    ['a committee member', m([{ orgId: 'o', role: 'committeeMember' }]), '支部委员'],
    ['a group leader', m([{ orgId: 'g1', role: 'groupLeader' }]), '党小组长'],
    ['a secretary elsewhere', m([{ orgId: 'other', role: 'secretary' }]), '党员'],
    ['a probationary member', m([], 'probationary'), '预备党员']
  ])('%s → %s', (_l, member, post) => expect(postOf(member, 'o')).toBe(post))
})
