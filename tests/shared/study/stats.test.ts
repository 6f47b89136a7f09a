import type { StudyTask } from '@shared/study/api'
import { creditKey } from '@shared/study/metric'
import { branchStats, percent } from '@shared/study/stats'

type T = Pick<StudyTask, '_id' | 'required' | 'deadline' | 'memberIds' | 'hours'>
const tasks: T[] = [
  { _id: 't1', required: true, deadline: '2026-01-31', memberIds: ['a', 'b', 'c'], hours: 2 },
  { _id: 't2', required: true, deadline: '2026-02-28', memberIds: ['a', 'b'], hours: 1.5 },
  { _id: 't3', required: false, deadline: '2026-02-28', memberIds: ['a', 'b', 'c'], hours: 1 },
  { _id: 't4', required: true, deadline: '2026-12-31', memberIds: ['a', 'b', 'c', 'x'], hours: 3 }
]
const credited = new Set([creditKey('t1', 'a'), creditKey('t2', 'a'), creditKey('t3', 'a'), creditKey('t1', 'c'), creditKey('t4', 'b')])

describe('branch stats', () => {
  const s = branchStats({
    org: { _id: 'b1', name: '一支部' },
    year: 2026,
    asOf: '2026-06-20',
    members: [
      { _id: 'a', name: '甲', groupId: 'g1' },
      { _id: 'b', name: '乙', groupId: 'g1' },
      { _id: 'c', name: '丙', groupId: null }
    ],
    groups: [
      { _id: 'g1', name: '一组' },
      { _id: 'g2', name: '二组' }
    ],
    tasks,
    credited
  })

  it.each([
    // a: t1 t2 t3 credited (2+1.5+1), due t1 t2, done both
    ['a', 4.5, 2, 2, 1],
    // b: t4 credited early (3), due t1 t2 (missed) + t4 (done)
    ['b', 3, 3, 1, 1 / 3],
    // c: t1 credited, due t1
    ['c', 2, 1, 1, 1]
  ])('member %s: %p hours, %i due, %i done', (id, hours, due, done, completion) => {
    expect(s.members.find((m) => m.id === id)).toMatchObject({ hours, requiredDue: due, requiredDone: done, completion })
  })

  it('sums groups (members without a group apart) and the branch; members not in the branch are ignored', () => {
    expect(s.groups).toEqual([
      { id: 'g1', name: '一组', members: 2, hours: 7.5, requiredDue: 5, requiredDone: 3, completion: 0.6 },
      { id: 'g2', name: '二组', members: 0, hours: 0, requiredDue: 0, requiredDone: 0, completion: null },
      { id: '', name: '未编入党小组', members: 1, hours: 2, requiredDue: 1, requiredDone: 1, completion: 1 }
    ])
    expect(s.branch).toEqual({ id: 'b1', name: '一支部', members: 3, hours: 9.5, requiredDue: 6, requiredDone: 4, completion: 4 / 6 })
  })

  it.each([
    [null, '—'],
    [0, '0%'],
    [2 / 3, '67%'],
    [1, '100%']
  ])('percent(%p) = %s', (x, s) => expect(percent(x)).toBe(s))
})
