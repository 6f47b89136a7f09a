// Replies shaped like cloudfunctions/shared/api/assessment.ts, for the secretary/committee pages.
import type { MemberResult, Period, RatingProgress, Rubric, Talk, Objection, Flag } from '../../../cloudfunctions/shared/api/assessment'

/** A small valid rubric: 2 aspects, 3 items summing to 100, one derived. */
export function rubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    _id: 'c1:v2',
    orgId: 'c1',
    version: 2,
    createdAt: '2026-10-01T02:00:00.000Z',
    createdBy: 'st1',
    name: '党员量化考评细则',
    aspects: [
      {
        id: 'politics',
        name: '政治学习',
        items: [
          { id: 'study', name: '理论学习', max: 40, criteria: '按时学习', scoring: 'rated', sources: ['self', 'peer', 'masses', 'org'] },
          { id: 'meet', name: '三会一课出勤', max: 30, criteria: '出勤率', scoring: 'derived', metric: 'meetingAttendance' }
        ]
      },
      { id: 'work', name: '岗位建功', items: [{ id: 'duty', name: '履职尽责', max: 30, criteria: '', scoring: 'rated', sources: ['peer', 'org'] }] }
    ],
    weights: { self: 10, peer: 30, masses: 20, org: 40 },
    bonusItems: [{ id: 'honor', name: '获得表彰', max: 3, criteria: '县级以上' }],
    bonusCap: 5,
    vetoItems: [{ id: 'discipline', name: '受到党纪处分', criteria: '' }],
    vetoCeiling: 69,
    bands: { red: 90, yellow: 80, blue: 70 },
    ...overrides
  }
}

export function period(overrides: Partial<Period> = {}): Period {
  return {
    _id: 'p1',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    name: '2026年第四季度',
    from: '2026-10-01',
    to: '2026-12-31',
    ratingDeadline: '2027-01-07T10:00:00.000Z',
    status: 'rating',
    rubricId: 'c1:v2',
    peerScope: 'branch',
    publicityDays: 5,
    memberIds: ['r1', 'r2', 'r3'],
    openedAt: '2026-11-20T02:00:00.000Z',
    openedBy: 's1',
    closedAt: null,
    computedAt: null,
    publishedAt: null,
    publicityEndsAt: null,
    reopenedAt: null,
    ...overrides
  }
}

export const progress: RatingProgress[] = [
  { memberId: 'r1', name: '张伟', self: true, peer: 2, peerExpected: 2, masses: 1, org: 1 },
  { memberId: 'r2', name: '赵敏', self: false, peer: 1, peerExpected: 2, masses: 0, org: 0 },
  { memberId: 'r3', name: '孙强', self: true, peer: 0, peerExpected: 2, masses: 2, org: 0 }
]

export function result(memberId: string, name: string, total: number, flag: Flag, rank: number): MemberResult {
  const src = { score: null, max: 0, raters: 0 }
  return {
    _id: `p1:${memberId}`,
    periodId: 'p1',
    orgId: 'b1',
    memberId,
    name,
    total,
    flag,
    rank,
    aspects: [],
    items: [],
    bonus: 0,
    vetoes: [],
    sources: { self: src, peer: src, masses: src, org: src },
    computedAt: '2027-01-08T02:00:00.000Z'
  }
}

export const results: MemberResult[] = [result('r1', '张伟', 92.5, 'red', 1), result('r2', '赵敏', 84, 'yellow', 2), result('r3', '孙强', 68.5, 'grey', 3)]

export function talk(overrides: Partial<Talk> = {}): Talk {
  return {
    _id: 't1',
    periodId: 'p1',
    periodName: '2026年第四季度',
    orgId: 'b1',
    memberId: 'r2',
    name: '赵敏',
    flag: 'yellow',
    total: 84,
    talkerId: 'm1',
    talkerName: '李书记',
    dueAt: '2027-01-22T02:00:00.000Z',
    status: 'assigned',
    overdue: false,
    record: null,
    recordedAt: null,
    acknowledgedAt: null,
    ...overrides
  }
}

export function objection(overrides: Partial<Objection> = {}): Objection {
  return {
    _id: 'o1',
    periodId: 'p1',
    memberId: 'r3',
    name: '孙强',
    reason: '我的出勤率统计有误，10月15日我参加了主题党日',
    filedAt: '2027-01-09T01:00:00.000Z',
    status: 'pending',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    ...overrides
  }
}
