import type { Period, Source } from '@shared/assessment/api'
import { orgCatchUp, ratingRefusal, type RatingClock } from '@shared/assessment/ratingWindow'

const NOW = new Date('2026-12-05T02:00:00.000Z')
const clock = (over: Partial<RatingClock> = {}): RatingClock => ({
  status: 'rating',
  ratingDeadline: '2026-12-10T10:00:00.000Z',
  computedAt: null,
  reopenedAt: null,
  ...over
})
const closed = (over: Partial<RatingClock> = {}) => clock({ status: 'closed' as Period['status'], ...over })
const OVER = '已过评分截止时间'
const ENDED = '该考核期已结束评分'
const COMPUTED = '结果已计算，如需修改组织评分，请党委重新开启考核期'

describe('ratingRefusal: who may rate when', () => {
  it.each<[string, RatingClock, Record<Source, string | null>]>([
    ['rating, before the deadline', clock(), { self: null, peer: null, masses: null, org: null }],
    [
      'rating, past the deadline',
      clock({ ratingDeadline: '2026-12-01T10:00:00.000Z' }),
      { self: OVER, peer: OVER, masses: OVER, org: OVER }
    ],
    // the way out of a close before every organisation rating: the organisation catches up, no deadline
    [
      'closed, not computed',
      closed({ ratingDeadline: '2026-12-01T10:00:00.000Z' }),
      { self: ENDED, peer: ENDED, masses: ENDED, org: null }
    ],
    ['closed, computed', closed({ computedAt: '2026-12-04T02:00:00.000Z' }), { self: ENDED, peer: ENDED, masses: ENDED, org: COMPUTED }],
    [
      'reopened by staff',
      closed({ reopenedAt: '2026-12-04T02:00:00.000Z', computedAt: '2026-12-03T02:00:00.000Z' }),
      { self: null, peer: null, masses: null, org: null }
    ],
    [
      'published',
      clock({ status: 'published', computedAt: '2026-12-03T02:00:00.000Z' }),
      { self: ENDED, peer: ENDED, masses: ENDED, org: ENDED }
    ]
  ])('%s', (_name, p, expected) => {
    const got = Object.fromEntries((['self', 'peer', 'masses', 'org'] as const).map((s) => [s, ratingRefusal(p, s, NOW)]))
    expect(got).toEqual(expected)
  })

  it('reads a deadline stored as a Date', () => {
    expect(ratingRefusal(clock({ ratingDeadline: new Date('2026-12-01T00:00:00Z') as unknown as string }), 'self', NOW)).toBe(OVER)
  })

  it.each([
    [clock(), false],
    [closed(), true],
    [closed({ computedAt: '2026-12-04T02:00:00.000Z' }), false],
    [closed({ reopenedAt: '2026-12-04T02:00:00.000Z' }), false],
    [clock({ status: 'published' }), false]
  ])('orgCatchUp(%j) → %s', (p, yes) => expect(orgCatchUp(p)).toBe(yes))
})
