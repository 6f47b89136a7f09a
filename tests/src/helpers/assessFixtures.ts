// Replies shaped like shared/assessment/api.ts. The plain builders serve the member-side
// (packageAssess) tests; the desk* ones, built on them, the secretary and committee-staff pages' tests.
import type {
  AspectResult,
  BoardEntry,
  Flag,
  MemberResult,
  Objection,
  Period,
  RateTarget,
  RatingProgress,
  Rubric,
  Talk
} from '@shared/assessment/api'

/** A small rubric: two aspects, a derived item, an item only the organisation rates, one bonus and one veto item. */
export function rubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    _id: 'c1:v1',
    orgId: 'c1',
    version: 1,
    createdAt: '2026-10-01T00:00:00.000Z',
    createdBy: 'staff1',
    name: '党员量化考评细则',
    aspects: [
      {
        id: 'study',
        name: '政治学习',
        items: [
          { id: 'theory', name: '理论学习', max: 10, criteria: '按时参加集中学习，学习笔记完整', scoring: 'rated' },
          { id: 'meetings', name: '三会一课出勤', max: 5, criteria: '按签到数据计算', scoring: 'derived', metric: 'meetingAttendance' }
        ]
      },
      {
        id: 'work',
        name: '岗位建功',
        items: [
          {
            id: 'duty',
            name: '履职尽责',
            max: 5,
            criteria: '完成岗位任务，无责任事故',
            scoring: 'rated',
            sources: ['self', 'peer', 'masses', 'org']
          },
          { id: 'merit', name: '攻坚贡献', max: 2.5, criteria: '在急难险重任务中发挥作用', scoring: 'rated', sources: ['org'] }
        ]
      }
    ],
    weights: { self: 10, peer: 30, masses: 20, org: 40 },
    bonusItems: [{ id: 'award', name: '获得表彰', max: 3, criteria: '受到上级党组织表彰' }],
    bonusCap: 5,
    vetoItems: [{ id: 'discipline', name: '受到党纪处分', criteria: '本期内受到党纪处分' }],
    vetoCeiling: 69,
    bands: { red: 90, yellow: 80, blue: 70 },
    ...overrides
  }
}

const DAY = 24 * 60 * 60 * 1000
const iso = (ms: number) => new Date(ms).toISOString()

export function period(overrides: Partial<Period> = {}): Period {
  return {
    _id: 'p1',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    name: '2026年第四季度',
    from: '2026-10-01',
    to: '2026-12-31',
    ratingDeadline: iso(Date.now() + 3 * DAY + 2 * 60 * 60 * 1000 + 10 * 60 * 1000),
    status: 'rating',
    rubricId: 'c1:v1',
    peerScope: 'branch',
    publicityDays: 5,
    memberIds: ['m1', 'm2', 'm3', 'm4'],
    openedAt: '2026-11-01T01:00:00.000Z',
    openedBy: 'sec1',
    closedAt: null,
    computedAt: null,
    publishedAt: null,
    publicityEndsAt: null,
    reopenedAt: null,
    ...overrides
  }
}

export function publishedPeriod(overrides: Partial<Period> = {}): Period {
  return period({
    status: 'published',
    ratingDeadline: iso(Date.now() - 5 * DAY),
    closedAt: iso(Date.now() - 4 * DAY),
    computedAt: iso(Date.now() - 3 * DAY),
    publishedAt: iso(Date.now() - 2 * DAY),
    publicityEndsAt: iso(Date.now() + 3 * DAY),
    ...overrides
  })
}

export function targets(): RateTarget[] {
  return [
    { memberId: 'm1', name: '王芳', source: 'self', mine: { scores: { theory: 9, duty: 4.5 } } },
    { memberId: 'm2', name: '张伟', source: 'peer', mine: null },
    { memberId: 'm3', name: '赵敏', source: 'peer', mine: { scores: { theory: 8, duty: 5 } } }
  ]
}

export function orgTargets(): RateTarget[] {
  return [
    ...targets(),
    {
      memberId: 'm2',
      name: '张伟',
      source: 'org',
      mine: { scores: { theory: 8.5, duty: 4, merit: 2 }, bonus: { award: 1 }, vetoes: [], comment: '表现良好' }
    }
  ]
}

export const averages: AspectResult[] = [
  { aspectId: 'study', name: '政治学习', score: 12, max: 15 },
  { aspectId: 'work', name: '岗位建功', score: 6, max: 7.5 }
]

export function memberResult(overrides: Partial<MemberResult> = {}): MemberResult {
  return {
    _id: 'p1:m1',
    periodId: 'p1',
    orgId: 'b1',
    memberId: 'm1',
    name: '王芳',
    total: 84.5,
    flag: 'yellow',
    rank: 2,
    aspects: [
      { aspectId: 'study', name: '政治学习', score: 13.5, max: 15 },
      { aspectId: 'work', name: '岗位建功', score: 4.5, max: 7.5 }
    ],
    items: [
      { itemId: 'theory', aspectId: 'study', score: 9, max: 10, basis: 'rated', sourceMeans: { self: 9, peer: 8.8, masses: null, org: 9 } },
      { itemId: 'meetings', aspectId: 'study', score: 4.5, max: 5, basis: 'derived', ratio: 0.9, note: '出勤 9/10' },
      { itemId: 'duty', aspectId: 'work', score: 4.5, max: 5, basis: 'rated', sourceMeans: { self: 5, peer: 4.4, org: 4.5 } },
      { itemId: 'merit', aspectId: 'work', score: 0, max: 2.5, basis: 'rated', sourceMeans: { org: 0 } }
    ],
    bonus: 0,
    vetoes: [],
    sources: {
      self: { score: 14, max: 15, raters: 1 },
      peer: { score: 13.2, max: 15, raters: 6 },
      masses: { score: null, max: 0, raters: 0 },
      org: { score: 13.5, max: 17.5, raters: 2 }
    },
    computedAt: '2026-11-18T02:00:00.000Z',
    ...overrides
  }
}

export function board(): BoardEntry[] {
  return [
    { memberId: 'm3', name: '赵敏', total: 92, flag: 'red', rank: 1 },
    { memberId: 'm1', name: '王芳', total: 84.5, flag: 'yellow', rank: 2 },
    { memberId: 'm2', name: '张伟', total: 84.5, flag: 'yellow', rank: 2 },
    { memberId: 'm4', name: '孙强', total: 66, flag: 'grey', rank: 4 }
  ]
}

export function talk(overrides: Partial<Talk> = {}): Talk {
  return {
    _id: 't1',
    periodId: 'p1',
    periodName: '2026年第四季度',
    orgId: 'b1',
    memberId: 'm1',
    name: '王芳',
    flag: 'yellow',
    total: 84.5,
    talkerId: 'sec1',
    talkerName: '李书记',
    dueAt: iso(Date.now() + 10 * DAY),
    status: 'recorded',
    overdue: false,
    record: { date: '2026-11-19', problems: '理论学习不够系统', shortfalls: '学习笔记不完整', plan: '每周自学两次并记笔记' },
    recordedAt: '2026-11-19T08:00:00.000Z',
    acknowledgedAt: null,
    ...overrides
  }
}

export function objection(overrides: Partial<Objection> = {}): Objection {
  return {
    _id: 'o1',
    periodId: 'p1',
    memberId: 'm1',
    name: '王芳',
    reason: '出勤数据漏记了一次主题党日',
    filedAt: iso(Date.now() - DAY),
    status: 'pending',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    ...overrides
  }
}

// ---- The secretary and committee-staff pages (desk, periods, rubric editor): fixed instants, members r1..r3.

/** A small valid rubric: 2 aspects, 3 items summing to 100, one derived. */
export function deskRubric(overrides: Partial<Rubric> = {}): Rubric {
  return rubric({
    _id: 'c1:v2',
    version: 2,
    createdAt: '2026-10-01T02:00:00.000Z',
    createdBy: 'st1',
    aspects: [
      {
        id: 'politics',
        name: '政治学习',
        items: [
          { id: 'study', name: '理论学习', max: 40, criteria: '按时学习', scoring: 'rated', sources: ['self', 'peer', 'masses', 'org'] },
          { id: 'meet', name: '三会一课出勤', max: 30, criteria: '出勤率', scoring: 'derived', metric: 'meetingAttendance' }
        ]
      },
      {
        id: 'work',
        name: '岗位建功',
        items: [{ id: 'duty', name: '履职尽责', max: 30, criteria: '', scoring: 'rated', sources: ['peer', 'org'] }]
      }
    ],
    bonusItems: [{ id: 'honor', name: '获得表彰', max: 3, criteria: '县级以上' }],
    vetoItems: [{ id: 'discipline', name: '受到党纪处分', criteria: '' }],
    ...overrides
  })
}

export function deskPeriod(overrides: Partial<Period> = {}): Period {
  return period({
    ratingDeadline: '2027-01-07T10:00:00.000Z',
    rubricId: 'c1:v2',
    memberIds: ['r1', 'r2', 'r3'],
    openedAt: '2026-11-20T02:00:00.000Z',
    openedBy: 's1',
    ...overrides
  })
}

export const progress: RatingProgress[] = [
  { memberId: 'r1', name: '张伟', self: true, peer: 2, peerExpected: 2, masses: 1, org: 1 },
  { memberId: 'r2', name: '赵敏', self: false, peer: 1, peerExpected: 2, masses: 0, org: 0 },
  { memberId: 'r3', name: '孙强', self: true, peer: 0, peerExpected: 2, masses: 2, org: 0 }
]

/** A published result as the desk lists it: total, flag and rank only. */
export function result(memberId: string, name: string, total: number, flag: Flag, rank: number): MemberResult {
  const none = { score: null, max: 0, raters: 0 }
  return memberResult({
    _id: `p1:${memberId}`,
    memberId,
    name,
    total,
    flag,
    rank,
    aspects: [],
    items: [],
    sources: { self: none, peer: none, masses: none, org: none },
    computedAt: '2027-01-08T02:00:00.000Z'
  })
}

export const results: MemberResult[] = [
  result('r1', '张伟', 92.5, 'red', 1),
  result('r2', '赵敏', 84, 'yellow', 2),
  result('r3', '孙强', 68.5, 'grey', 3)
]

export function deskTalk(overrides: Partial<Talk> = {}): Talk {
  return talk({
    memberId: 'r2',
    name: '赵敏',
    total: 84,
    talkerId: 'm1',
    dueAt: '2027-01-22T02:00:00.000Z',
    status: 'assigned',
    record: null,
    recordedAt: null,
    ...overrides
  })
}

export function deskObjection(overrides: Partial<Objection> = {}): Objection {
  return objection({
    memberId: 'r3',
    name: '孙强',
    reason: '我的出勤率统计有误，10月15日我参加了主题党日',
    filedAt: '2027-01-09T01:00:00.000Z',
    ...overrides
  })
}
