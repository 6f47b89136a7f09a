import type { AnalysisCounts, AnalysisStatus, StudyTask } from '@shared/study/api'
import { creditKey } from '@shared/study/metric'
import { analysisCounts, branchStats, committeeStats, percent, statsAsOf, statsQuarter } from '@shared/study/stats'

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

describe('committee stats', () => {
  type CT = Pick<StudyTask, '_id' | 'orgId' | 'required' | 'deadline' | 'memberIds' | 'hours'>
  const ctasks: CT[] = [
    { _id: 'b1t1', orgId: 'b1', required: true, deadline: '2026-01-31', memberIds: ['a', 'b'], hours: 2 },
    { _id: 'b1t2', orgId: 'b1', required: false, deadline: '2026-01-31', memberIds: ['a', 'b'], hours: 1 },
    { _id: 'b2t1', orgId: 'b2', required: true, deadline: '2026-12-31', memberIds: ['c', 'd', 'e'], hours: 3 },
    // A task of an org not among the branches is ignored.
    { _id: 'xt1', orgId: 'x', required: true, deadline: '2026-01-31', memberIds: ['z'], hours: 9 }
  ]
  const s = committeeStats({
    committee: { _id: 'c', name: '党委' },
    year: 2026,
    quarter: 2,
    asOf: '2026-06-20',
    branches: [
      { _id: 'b1', name: '一支部' },
      { _id: 'b2', name: '二支部' },
      { _id: 'b3', name: '三支部' }
    ],
    members: [
      { _id: 'a', orgId: 'b1' },
      { _id: 'b', orgId: 'b1' },
      { _id: 'c', orgId: 'b2' },
      { _id: 'd', orgId: 'b2' },
      { _id: 'z', orgId: 'x' }
    ],
    tasks: ctasks,
    credited: new Set([
      creditKey('b1t1', 'a'),
      creditKey('b1t2', 'a'),
      creditKey('b1t2', 'b'),
      creditKey('b2t1', 'c'),
      creditKey('xt1', 'z')
    ]),
    waiting: { b1: 2, x: 7 },
    analyses: [
      { orgId: 'b1', status: 'submitted', n: 1 },
      { orgId: 'b1', status: 'draft', n: 1 },
      { orgId: 'b2', status: 'passed', n: 1 },
      { orgId: 'b2', status: 'talk', n: 1 },
      { orgId: 'b2', status: 'relearn', n: 1 }
    ]
  })

  it.each<[string, number, number, number, number, number | null, number, Partial<AnalysisCounts>]>([
    // b1: a has t1 (2) + t2 (1); b has t2 (1); t1 past and required: due for both, done by a
    ['b1', 2, 4, 2, 1, 0.5, 2, { notFiled: 1, submitted: 1 }],
    // b2: t2 not past: due only where done (c); e is not a member of b2 any more
    ['b2', 2, 3, 1, 1, 1, 0, { notFiled: 0, passed: 1, talk: 1, relearn: 1 }],
    ['b3', 0, 0, 0, 0, null, 0, { notFiled: 0 }]
  ])('branch %s: %i members, %p hours, %i due, %i done, %p, %i waiting', (id, members, hours, due, done, completion, waiting, counts) => {
    const b = s.branches.find((x) => x.id === id)
    expect(b).toMatchObject({ members, hours, requiredDue: due, requiredDone: done, completion, reportsWaiting: waiting })
    expect(b?.analyses).toEqual({ notFiled: 0, submitted: 0, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0, ...counts })
  })

  it('keeps the branches’ order and sums them as the total (completion from the sums)', () => {
    expect(s.branches.map((b) => b.name)).toEqual(['一支部', '二支部', '三支部'])
    expect(s).toMatchObject({ committeeId: 'c', committeeName: '党委', year: 2026, quarter: 2, asOf: '2026-06-20' })
    expect(s.total).toEqual({
      id: 'c',
      name: '党委',
      members: 4,
      hours: 7,
      requiredDue: 3,
      requiredDone: 2,
      completion: 2 / 3,
      reportsWaiting: 2,
      analyses: { notFiled: 1, submitted: 1, commented: 0, passed: 1, returned: 0, relearn: 1, talk: 1 }
    })
  })

  it.each<[number, Array<{ status: AnalysisStatus; n: number }>, Partial<AnalysisCounts>]>([
    [5, [], { notFiled: 5 }],
    [5, [{ status: 'draft', n: 3 }], { notFiled: 5 }],
    [
      5,
      [
        { status: 'submitted', n: 2 },
        { status: 'commented', n: 1 }
      ],
      { notFiled: 2, submitted: 2, commented: 1 }
    ],
    // Analyses of members who have left: counted by status, 未提交 never below zero.
    [
      1,
      [
        { status: 'passed', n: 2 },
        { status: 'returned', n: 1 }
      ],
      { notFiled: 0, passed: 2, returned: 1 }
    ]
  ])('analysisCounts(%i members, %j)', (members, rows, counts) =>
    expect(analysisCounts(members, rows)).toEqual({
      notFiled: 0,
      submitted: 0,
      commented: 0,
      passed: 0,
      returned: 0,
      relearn: 0,
      talk: 0,
      ...counts
    }))

  it.each([
    // The quarter members work on (its window opened on the quarter's last month's first day).
    [2026, '2026-03-01T02:00:00Z', 1],
    [2026, '2026-02-28T02:00:00Z', 1],
    [2026, '2026-06-01T02:00:00Z', 2],
    [2026, '2026-12-01T02:00:00Z', 4],
    // January: last year's Q4 is the current analysis; this year's stats show Q1 (not open yet).
    [2026, '2027-01-10T02:00:00Z', 4],
    [2027, '2027-01-10T02:00:00Z', 1],
    [2025, '2026-08-01T02:00:00Z', 4],
    // 2026-05-31 16:30 UTC is already 06-01 in CST (Q2 open); an hour earlier it is not.
    [2026, '2026-05-31T16:30:00Z', 2],
    [2026, '2026-05-31T15:30:00Z', 1]
  ])('statsQuarter(%i) at %s = %i', (year, at, q) => expect(statsQuarter(year, new Date(at))).toBe(q))

  it.each([
    [2026, '2026-06-20', '2026-06-20'],
    [2025, '2026-06-20', '2025-12-31'],
    [2027, '2026-06-20', '2026-06-20']
  ])('statsAsOf(%i, %s) = %s', (year, today, asOf) => expect(statsAsOf(year, today)).toBe(asOf))
})
