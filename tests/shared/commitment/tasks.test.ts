import type { XTask } from '@shared/commitment/api'
import { appliesTo, openChallenges, takeVerdict } from '@shared/commitment/tasks'

const task = (over: Partial<XTask>): XTask => ({
  _id: 't1',
  orgId: 'o',
  year: 2026,
  kind: 'challenge',
  scope: 'year',
  title: '揭榜：隧道照明改造',
  target: '年底完工',
  deadline: '2026-12-31',
  assignees: [],
  limit: 2,
  takers: [],
  createdBy: 'm03',
  createdAt: '2026-01-01T00:00:00Z',
  ...over
})

describe('appliesTo', () => {
  it.each<[string, Partial<XTask>, boolean]>([
    ['assigned to all', { kind: 'assigned', assignees: 'all' }, true],
    ['assigned to me', { kind: 'assigned', assignees: ['m1', 'm2'] }, true],
    ['assigned to others', { kind: 'assigned', assignees: ['m2'] }, false],
    ['a challenge I took', { takers: ['m1'] }, true],
    ['a challenge I did not take', { takers: ['m2'] }, false]
  ])('%s → %s', (_l, over, want) => expect(appliesTo(task(over), 'm1')).toBe(want))
})

describe('takeVerdict (first come, up to the limit)', () => {
  it.each<[string, Partial<XTask>, string | null]>([
    ['room left', { takers: ['m2'] }, null],
    ['full', { takers: ['m2', 'm3'] }, 'CHALLENGE_FULL'],
    ['already mine', { takers: ['m1'] }, 'CHALLENGE_TAKEN'],
    ['an assigned task', { kind: 'assigned' }, 'NOT_A_CHALLENGE']
  ])('%s → %s', (_l, over, code) => {
    const v = takeVerdict(task(over), 'm1')
    expect(v.ok ? null : v.code).toBe(code)
  })

  it('openChallenges lists those with room that I have not taken', () => {
    const list = [
      task({ _id: 'a' }),
      task({ _id: 'b', takers: ['m2', 'm3'] }),
      task({ _id: 'c', takers: ['m1'] }),
      task({ _id: 'd', kind: 'assigned' })
    ]
    expect(openChallenges(list, 'm1').map((t) => t._id)).toEqual(['a'])
  })
})
