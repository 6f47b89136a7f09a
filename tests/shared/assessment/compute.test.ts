import type { ItemScore, RubricInput, Source } from '@shared/assessment/api'
import { computePeriod, missingOrgRatings, NO_DATA_NOTE, NO_RATER_NOTE, type RatingFact } from '@shared/assessment/compute'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import type { MemberMetrics } from '@shared/assessment/derived'
import { itemsRatedBy } from '@shared/assessment/rubric'

const now = new Date('2026-10-10T02:00:00Z')

/** One rated item worth 100: the total is that item's combined score. */
const ONE_ITEM: RubricInput = {
  ...DEFAULT_RUBRIC,
  aspects: [{ id: 'all', name: '综合', items: [{ id: 'x', name: '综合表现', max: 100, criteria: '', scoring: 'rated' }] }]
}
/** Two items of 10 and 90 (the 90 one org-only). */
const TEN: RubricInput = {
  ...DEFAULT_RUBRIC,
  aspects: [
    {
      id: 'all',
      name: '综合',
      items: [
        { id: 'x', name: '综合表现', max: 10, criteria: '', scoring: 'rated' },
        { id: 'y', name: '其他', max: 90, criteria: '', scoring: 'rated', sources: ['org'] }
      ]
    }
  ]
}

let seq = 0
const r = (memberId: string, source: Source, scores: Record<string, ItemScore>, extra: Partial<RatingFact> = {}): RatingFact => ({
  memberId,
  source,
  rater: `r${++seq}`,
  scores,
  ...extra
})
const many = (memberId: string, source: Source, values: ItemScore[], item = 'x') => values.map((x) => r(memberId, source, { [item]: x }))
const run = (rubric: RubricInput, ratings: RatingFact[], members = ['m1'], metrics = new Map<string, MemberMetrics>()) =>
  computePeriod({ periodId: 'p1', orgId: 'b1', rubric, members: members.map((m) => ({ memberId: m, name: m })), ratings, metrics, now })
const rep = (x: number, n: number) => Array.from({ length: n }, () => x)

describe('rounding half up, then banding', () => {
  it.each([
    ['100', rep(100, 2), 100, 'red'],
    ['90', rep(90, 2), 90, 'red'],
    ['89.95 → 90.0', [...rep(90, 19), 89], 90, 'red'],
    ['89.94 → 89.9', [...rep(90, 47), ...rep(89, 3)], 89.9, 'yellow'],
    ['80', [80], 80, 'yellow'],
    ['79.95 → 80.0', [...rep(80, 19), 79], 80, 'yellow'],
    ['70', [70], 70, 'blue'],
    ['69.99 → 70.0', [...rep(70, 99), 69], 70, 'blue'],
    ['69.5', [69.5], 69.5, 'grey'],
    ['0', [0], 0, 'grey']
  ])('org mean %s → total %d, %s', (_l, values, total, flag) => {
    const [res] = run(ONE_ITEM, many('m1', 'org', values)).results
    expect([res.total, res.flag]).toEqual([total, flag])
  })
})

describe('source weights renormalised over the sources that rated the item', () => {
  // item x (max 10): self 10, peer 5, masses 0, org 10 (weights 10/30/20/40); item y: org 90.
  const by: Record<Source, RatingFact[]> = {
    self: [r('m1', 'self', { x: 10 })],
    peer: many('m1', 'peer', [4, 6]),
    masses: [r('m1', 'masses', { x: 0 })],
    org: [r('m1', 'org', { x: 10, y: 90 })]
  }
  // Totals are y (90) + x exact, rounded once: written out, not recomputed with floats.
  it.each<[Source[], number, number]>([
    [['org'], 10, 100],
    [['self', 'org'], 10, 100],
    [['peer', 'org'], 7.86, 97.9], // (30·5 + 40·10) / 70 = 7.857… → 97.857…
    [['masses', 'org'], 6.67, 96.7], // 400 / 60 = 6.666… → 96.666…
    [['self', 'peer', 'org'], 8.13, 98.1], // (100 + 150 + 400) / 80 = 8.125 → 98.125
    [['self', 'peer', 'masses', 'org'], 6.5, 96.5] // 650 / 100
  ])('%j → item score %d, total %d', (present, score, total) => {
    const res = run(
      TEN,
      present.flatMap((s) => by[s])
    ).results[0]
    const x = res.items.find((i) => i.itemId === 'x')!
    expect(x.score).toBe(score)
    expect(x.sourceMeans).toEqual(
      Object.fromEntries(
        (['self', 'peer', 'masses', 'org'] as Source[]).map((s) => [
          s,
          present.includes(s) ? { self: 10, peer: 5, masses: 0, org: 10 }[s] : null
        ])
      )
    )
    expect(res.total).toBe(total)
  })

  it('the total is rounded from the exact sum, not from rounded items', () => {
    // x = (30·(1/3 mean of 0,0,1 = 1/3) + 40·0)/70 = 1/7 = 0.142857…; y = 89.5 + 1/3? no: y is org-only.
    const res = run(TEN, [...many('m1', 'peer', [0, 0, 0.5]), r('m1', 'org', { x: 0, y: 89.5 })]).results[0]
    // x exact = 30·(1/6)/70 = 1/14 = 0.0714…; total = 89.5714… → 89.6
    expect(res.items[0].score).toBe(0.07)
    expect(res.total).toBe(89.6)
  })

  it('per-source summaries count raters and sum their means over the items they rated', () => {
    const res = run(TEN, [...by.self, ...by.peer, ...by.org]).results[0]
    expect(res.sources).toEqual({
      self: { score: 10, max: 10, raters: 1 },
      peer: { score: 5, max: 10, raters: 2 },
      masses: { score: null, max: 0, raters: 0 },
      org: { score: 100, max: 100, raters: 1 }
    })
  })
})

describe('不了解 (null): that rater is left out of the item, and a source nobody of which scored it', () => {
  // TEN: item x (max 10, all four sources; weights 10/30/20/40), item y (org only, 90) always 90.
  const U = null
  it.each<[string, RatingFact[], number | null, Partial<Record<Source, number | null>>, Partial<Record<Source, number>>, number]>([
    [
      'one peer of three says 不了解: the mean of the other two (not a zero)',
      [...many('m1', 'peer', [4, U, 6]), r('m1', 'org', { x: 10, y: 90 })],
      7.86, // (30·5 + 40·10)/70
      { peer: 5, org: 10 },
      { peer: 2, org: 1 },
      97.9
    ],
    [
      'every peer says 不了解: the item is computed over self and org, as if peers were absent',
      [r('m1', 'self', { x: 6 }), ...many('m1', 'peer', [U, U, U]), r('m1', 'org', { x: 10, y: 90 })],
      9.2, // (10·6 + 40·10)/50
      { self: 6, peer: null, org: 10 },
      { self: 1, peer: 0, org: 1 },
      99.2
    ],
    [
      'every masses rater and every peer say 不了解: org alone',
      [...many('m1', 'peer', [U, U]), ...many('m1', 'masses', [U, U, U]), r('m1', 'org', { x: 7, y: 90 })],
      7,
      { peer: null, masses: null, org: 7 },
      { peer: 0, masses: 0, org: 1 },
      97
    ],
    [
      'masses: 不了解 next to scores — 2 of 4 scored, mean 3',
      [...many('m1', 'masses', [U, 2, U, 4]), r('m1', 'org', { x: 9, y: 90 })],
      7, // (20·3 + 40·9)/60
      { masses: 3, org: 9 },
      { masses: 2, org: 1 },
      97
    ]
  ])('%s', (_l, ratings, score, means, raters, total) => {
    const res = run(TEN, ratings).results[0]
    const x = res.items.find((i) => i.itemId === 'x')!
    expect(x).toMatchObject({ basis: 'rated', score, sourceMeans: means, sourceRaters: raters })
    expect(res.total).toBe(total)
  })

  it('a peer who answered 不了解 to everything still counts as a rater (counts only)', () => {
    const res = run(TEN, [...many('m1', 'peer', [U, 5]), r('m1', 'org', { x: 10, y: 90 })]).results[0]
    expect(res.sources.peer).toEqual({ score: 5, max: 10, raters: 2 })
  })

  // Unreachable through the function (the organisation scores every item of every member before compute),
  // decided for the rule anyway: nobody could judge the item, so it is left out and the rest rescaled, not 0.
  const PEERS_ONLY: RubricInput = {
    ...TEN,
    aspects: [{ ...TEN.aspects[0], items: [{ ...TEN.aspects[0].items[0], sources: ['peer', 'masses'] }, TEN.aspects[0].items[1]] }]
  }
  it.each<[string, RatingFact[], number]>([
    [
      'every peer and masses rater says 不了解: x left out, y 81 × 100/90',
      [...many('m1', 'peer', [U, U]), ...many('m1', 'masses', [U]), r('m1', 'org', { y: 81 })],
      90
    ],
    ['no peer or masses rating at all: the same', [r('m1', 'org', { y: 81 })], 90],
    ['one peer scored it: it counts (8 + 81 = 89)', [...many('m1', 'peer', [U, 8]), r('m1', 'org', { y: 81 })], 89]
  ])('no source scored the item — %s', (_l, ratings, total) => {
    const res = run(PEERS_ONLY, ratings).results[0]
    const x = res.items.find((i) => i.itemId === 'x')!
    if (total === 90) {
      expect(x).toMatchObject({ basis: 'noData', score: 0, max: 10, note: NO_RATER_NOTE, sourceMeans: { peer: null, masses: null } })
      expect(res.aspects[0].max).toBe(90)
    } else expect(x.basis).toBe('rated')
    expect(res.total).toBe(total)
  })

  it('a member nobody rated at all scores 0 (every item left out, nothing to rescale)', () => {
    const res = run(TEN, [], ['m1']).results[0]
    expect(res.items.map((i) => i.basis)).toEqual(['noData', 'noData'])
    expect([res.total, res.flag]).toEqual([0, 'grey'])
  })
})

describe('bonus (capped) and veto (ceiling)', () => {
  const org = (x: number, extra: Partial<RatingFact> = {}) => r('m1', 'org', { x }, extra)
  it.each<[string, RatingFact[], number, number, string[]]>([
    ['bonus 3 added', [org(80, { bonus: { honours: 3 } })], 83, 3, []],
    ['bonus 3 + 3 capped at 5', [org(80, { bonus: { honours: 3, emergency: 3 } })], 85, 5, []],
    ['bonus never lifts above 100', [org(98, { bonus: { honours: 3 } })], 100, 3, []],
    ['bonus is the org raters’ mean', [org(80, { bonus: { honours: 3 } }), org(80)], 81.5, 1.5, []],
    ['a veto caps 95 at 69', [org(95, { vetoes: ['dues'] })], 69, 0, ['无故不交党费']],
    ['a veto leaves 60 at 60', [org(60, { vetoes: ['sanction'] })], 60, 0, ['受到党纪政务处分']],
    ['a veto caps after the bonus', [org(95, { bonus: { honours: 3 }, vetoes: ['dues'] })], 69, 3, ['无故不交党费']],
    ['a veto ticked by half of the org raters applies', [org(95, { vetoes: ['dues'] }), org(95)], 69, 0, ['无故不交党费']],
    ['a veto ticked by one of three org raters does not', [org(95, { vetoes: ['dues'] }), org(95), org(95)], 95, 0, []]
  ])('%s', (_l, ratings, total, bonus, vetoes) => {
    const res = run(ONE_ITEM, ratings).results[0]
    expect({ total: res.total, bonus: res.bonus, vetoes: res.vetoes }).toEqual({ total, bonus, vetoes })
    expect(res.flag).toBe(vetoes.length ? 'grey' : res.flag)
  })
})

describe('rubric ids named like Object.prototype members (a rubric stored before they were refused)', () => {
  const PROTO: RubricInput = {
    ...ONE_ITEM,
    aspects: [{ id: 'all', name: '综合', items: [{ id: 'constructor', name: '综合表现', max: 100, criteria: '', scoring: 'rated' }] }],
    bonusItems: [
      { id: 'constructor', name: '荣誉', max: 3, criteria: '' },
      { id: 'tostring', name: '其他', max: 2, criteria: '' }
    ]
  }
  it.each<[string, RatingFact[], number, number]>([
    ['no bonus given: the inherited constructor is not points', [r('m1', 'org', { constructor: 80 })], 80, 0],
    [
      'a bonus for another item only: constructor is absent, not a function',
      [r('m1', 'org', { constructor: 80 }, { bonus: { tostring: 1 } })],
      81,
      1
    ],
    ['a bonus given under constructor counts', [r('m1', 'org', { constructor: 80 }, { bonus: { constructor: 3 } })], 83, 3],
    ['a peer without a score for constructor does not count', [r('m1', 'org', { constructor: 80 }), r('m1', 'peer', {})], 80, 0]
  ])('%s', (_l, ratings, total, bonus) => {
    const res = run(PROTO, ratings).results[0]
    expect({ total: res.total, bonus: res.bonus }).toEqual({ total, bonus })
  })
})

describe('derived items (default rubric: the other three derived items have full data)', () => {
  const rubric = DEFAULT_RUBRIC
  const orgFull = (m: string) => r(m, 'org', Object.fromEntries(itemsRatedBy(rubric, 'org').map((i) => [i.id, i.max])))
  const others: MemberMetrics = {
    studyCompletion: { done: 5, due: 5 },
    cardSelfCheck: { done: 2, due: 2 },
    volunteerAttendance: { done: 3, due: 3 }
  }
  it.each<[string, MemberMetrics, number, string, number | null, string, number]>([
    ['9 of 10 meetings', { meetingAttendance: { done: 9, due: 10 } }, 5.4, 'derived', 0.9, '出勤 9/10', 99.4],
    ['no meeting at all', { meetingAttendance: { done: 0, due: 0 } }, 0, 'noData', null, NO_DATA_NOTE, 100], // 94 × 100 / 94
    ['no data', { meetingAttendance: null }, 0, 'noData', null, NO_DATA_NOTE, 100],
    ['1 of 3', { meetingAttendance: { done: 1, due: 3 } }, 2, 'derived', 0.3333, '出勤 1/3', 96],
    ['0 of 4 (data: scores 0, not left out)', { meetingAttendance: { done: 0, due: 4 } }, 0, 'derived', 0, '出勤 0/4', 94]
  ])('%s → meeting attendance %d (%s), total %d', (_l, metrics, score, basis, ratio, note, total) => {
    const res = run(rubric, [orgFull('m1')], ['m1'], new Map([['m1', { ...others, ...metrics }]])).results[0]
    expect(res.items.find((i) => i.itemId === 'meeting-attendance')).toMatchObject({ score, basis, ratio, note, max: 6 })
    expect(res.total).toBe(total)
  })
})

describe('derived items without data: left out, the rest rescaled to 100', () => {
  /** x: rated by the organisation only (70); a: meetings (10); aspect 'serve': b volunteering (10) and c rated (10). */
  const RESCALE: RubricInput = {
    ...DEFAULT_RUBRIC,
    aspects: [
      { id: 'work', name: '工作', items: [{ id: 'x', name: '综合表现', max: 70, criteria: '', scoring: 'rated', sources: ['org'] }] },
      {
        id: 'life',
        name: '组织生活',
        items: [{ id: 'a', name: '出勤', max: 10, criteria: '', scoring: 'derived', metric: 'meetingAttendance' }]
      },
      {
        id: 'serve',
        name: '服务',
        items: [
          { id: 'b', name: '志愿服务', max: 10, criteria: '', scoring: 'derived', metric: 'volunteerAttendance' },
          { id: 'c', name: '服务实效', max: 10, criteria: '', scoring: 'rated', sources: ['org'] }
        ]
      }
    ]
  }
  const full = { done: 4, due: 4 }
  const half = { done: 2, due: 4 }
  const org = (x: number, c: number, extra: Partial<RatingFact> = {}) => [r('m1', 'org', { x, c }, extra)]
  // The label shows the exact rescaled total; the expected total is it rounded half up; then each aspect's max.
  it.each<[string, MemberMetrics, RatingFact[], number, number[]]>([
    [
      'all data present: unchanged (60 + 10 + 5 + 5 = 80)',
      { meetingAttendance: full, volunteerAttendance: half },
      org(60, 5),
      80,
      [70, 10, 20]
    ],
    [
      'one noData item (b): (60 + 10 + 5) × 100/90 = 83.33…',
      { meetingAttendance: full, volunteerAttendance: null },
      org(60, 5),
      83.3,
      [70, 10, 10]
    ],
    [
      'two noData items (a, b): (60 + 5) × 100/80 = 81.25',
      { meetingAttendance: null, volunteerAttendance: { done: 0, due: 0 } },
      org(60, 5),
      81.3,
      [70, 0, 10]
    ],
    [
      'one noData, a zero ratio counts: (60 + 0 + 5) × 100/90 = 72.22…',
      { meetingAttendance: { done: 0, due: 3 }, volunteerAttendance: null },
      org(60, 5),
      72.2,
      [70, 10, 10]
    ],
    [
      'bonus after the rescale: 83.33… + 3 = 86.33…',
      { meetingAttendance: full, volunteerAttendance: null },
      org(60, 5, { bonus: { honours: 3 } }),
      86.3,
      [70, 10, 10]
    ],
    [
      'the 100 cap after the rescale: 100 + 3 → 100',
      { meetingAttendance: full, volunteerAttendance: null },
      org(70, 10, { bonus: { honours: 3 } }),
      100,
      [70, 10, 10]
    ],
    [
      'a veto caps the rescaled total: 88.88… → 69',
      { meetingAttendance: null, volunteerAttendance: full },
      org(70, 0, { vetoes: ['dues'] }),
      69,
      [70, 0, 20]
    ]
  ])('%s', (_l, metrics, ratings, total, maxes) => {
    const res = run(RESCALE, ratings, ['m1'], new Map([['m1', metrics]])).results[0]
    expect(res.total).toBe(total)
    expect(res.aspects.map((a) => a.max)).toEqual(maxes)
    for (const it of res.items.filter((i) => i.basis === 'noData'))
      expect(it).toMatchObject({ score: 0, note: '本期无相关数据，不计分，总分按其余项目折算' })
  })

  it('the rescale is exact: 80.955 × 100/90 = 89.95 exactly → 90.0, red', () => {
    // x 70 and a 10 in full; c from 200 org raters, 18 give 0.5 and 182 give 1: mean 0.955.
    const ratings = rep(0, 200).map((_, i) => r('m1', 'org', { x: 70, c: i < 18 ? 0.5 : 1 }))
    const res = run(RESCALE, ratings, ['m1'], new Map([['m1', { meetingAttendance: full, volunteerAttendance: null }]])).results[0]
    expect([res.total, res.flag]).toEqual([90, 'red'])
  })

  it('branch averages use the members’ own maxima (a noData item leaves the aspect’s max)', () => {
    const metrics = new Map<string, MemberMetrics>([
      ['m1', { meetingAttendance: full, volunteerAttendance: full }],
      ['m2', { meetingAttendance: full, volunteerAttendance: null }]
    ])
    const { averages, results } = run(RESCALE, [r('m1', 'org', { x: 70, c: 10 }), r('m2', 'org', { x: 70, c: 6 })], ['m1', 'm2'], metrics)
    expect(results.find((x) => x.memberId === 'm2')!.aspects.find((a) => a.aspectId === 'serve')).toEqual({
      aspectId: 'serve',
      name: '服务',
      score: 6,
      max: 10
    })
    expect(averages.find((a) => a.aspectId === 'serve')).toEqual({ aspectId: 'serve', name: '服务', score: 13, max: 15 })
  })
})

describe('a branch', () => {
  it('ranks with shared ranks, orders by rank, averages each aspect', () => {
    const ratings = [...many('m1', 'org', [90]), ...many('m2', 'org', [95]), ...many('m3', 'org', [90]), ...many('m4', 'org', [70])]
    const { results, averages } = run(ONE_ITEM, ratings, ['m1', 'm2', 'm3', 'm4'])
    expect(results.map((x) => [x.memberId, x.total, x.rank, x.flag])).toEqual([
      ['m2', 95, 1, 'red'],
      ['m1', 90, 2, 'red'],
      ['m3', 90, 2, 'red'],
      ['m4', 70, 4, 'blue']
    ])
    expect(results[0]._id).toBe('p1:m2')
    expect(averages).toEqual([{ aspectId: 'all', name: '综合', score: 86.25, max: 100 }])
  })

  it('names the members without organisation ratings', () => {
    const members = [
      { memberId: 'm1', name: '甲' },
      { memberId: 'm2', name: '乙' }
    ]
    expect(missingOrgRatings(members, [r('m1', 'org', {}), r('m2', 'peer', {})])).toEqual([{ memberId: 'm2', name: '乙' }])
  })
})
