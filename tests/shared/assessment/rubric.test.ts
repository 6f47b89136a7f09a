import type { RubricInput } from '@shared/assessment/api'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { isHalfStep, itemsRatedBy, validateRubric } from '@shared/assessment/rubric'

const clone = (): RubricInput => JSON.parse(JSON.stringify(DEFAULT_RUBRIC))

describe('the default rubric', () => {
  it('is valid: 7 aspects, 18 items summing to 100, weights 10/30/20/40, cap 5, ceiling 69, bands 90/80/70', () => {
    const r = DEFAULT_RUBRIC
    expect(validateRubric(r)).toEqual([])
    expect(r.aspects.map((a) => [a.name, a.items.reduce((s, i) => s + i.max, 0)])).toEqual([
      ['政治学习', 15],
      ['组织生活', 15],
      ['岗位建功', 20],
      ['承诺践诺', 15],
      ['服务群众', 15],
      ['遵规守纪', 10],
      ['作风形象', 10]
    ])
    expect(r.aspects.flatMap((a) => a.items)).toHaveLength(18)
    expect(r.weights).toEqual({ self: 10, peer: 30, masses: 20, org: 40 })
    expect([r.bonusCap, r.vetoCeiling, r.bands]).toEqual([5, 69, { red: 90, yellow: 80, blue: 70 }])
    expect(r.bonusItems).toHaveLength(5)
    expect(r.vetoItems).toHaveLength(4)
  })

  it.each([
    ['政治学习', 'studyCompletion'],
    ['组织生活', 'meetingAttendance'],
    ['承诺践诺', 'cardSelfCheck'],
    ['服务群众', 'volunteerAttendance']
  ])('%s has the derived item %s', (aspect, metric) => {
    const a = DEFAULT_RUBRIC.aspects.find((x) => x.name === aspect)!
    expect(a.items.filter((i) => i.scoring === 'derived').map((i) => i.metric)).toEqual([metric])
  })

  it('the masses rate service and conduct only; the organisation rates every rated item', () => {
    expect(itemsRatedBy(DEFAULT_RUBRIC, 'masses').map((i) => i.id)).toEqual([
      'performance',
      'service-results',
      'satisfaction',
      'work-style',
      'teamwork'
    ])
    expect(itemsRatedBy(DEFAULT_RUBRIC, 'org')).toHaveLength(14)
    expect(itemsRatedBy(DEFAULT_RUBRIC, 'self')).toHaveLength(14)
  })
})

describe('validateRubric', () => {
  it.each<[string, (r: RubricInput) => void, string]>([
    ['items summing to 99', (r) => Object.assign(r.aspects[0].items[0], { max: 4 }), 'aspects'],
    ['items summing to 101', (r) => Object.assign(r.aspects[0].items[0], { max: 6 }), 'aspects'],
    ['a max of 0', (r) => Object.assign(r.aspects[1].items[1], { max: 0 }), 'aspects.1.items.1.max'],
    ['a max not in 0.5 steps', (r) => Object.assign(r.aspects[1].items[1], { max: 4.3 }), 'aspects.1.items.1.max'],
    ['a duplicate item id', (r) => Object.assign(r.aspects[2].items[0], { id: 'theory' }), 'aspects.2.items.0.id'],
    ['a bad item id', (r) => Object.assign(r.aspects[2].items[0], { id: 'Bad Id' }), 'aspects.2.items.0.id'],
    ['a duplicate aspect id', (r) => Object.assign(r.aspects[3], { id: 'politics' }), 'aspects.3.id'],
    ['an aspect without items', (r) => Object.assign(r.aspects[6], { items: [] }), 'aspects.6.items'],
    ['a derived item without metric', (r) => delete r.aspects[0].items[0].metric, 'aspects.0.items.0.metric'],
    [
      'a rated item without the organisation',
      (r) => Object.assign(r.aspects[0].items[1], { sources: ['self', 'peer'] }),
      'aspects.0.items.1.sources'
    ],
    ['a rated item with no source', (r) => Object.assign(r.aspects[0].items[1], { sources: [] }), 'aspects.0.items.1.sources'],
    ['duplicate sources', (r) => Object.assign(r.aspects[0].items[1], { sources: ['org', 'org'] }), 'aspects.0.items.1.sources'],
    ['weights summing to 90', (r) => Object.assign(r.weights, { self: 0 }), 'weights'],
    ['a fractional weight', (r) => Object.assign(r.weights, { self: 10.5, peer: 29.5 }), 'weights.self'],
    ['a negative weight', (r) => Object.assign(r.weights, { self: -10, peer: 50 }), 'weights.self'],
    ['no organisation weight', (r) => Object.assign(r.weights, { org: 0, peer: 70 }), 'weights.org'],
    ['bands out of order', (r) => Object.assign(r, { bands: { red: 80, yellow: 90, blue: 70 } }), 'bands'],
    ['equal bands', (r) => Object.assign(r, { bands: { red: 90, yellow: 90, blue: 70 } }), 'bands'],
    ['a band over 100', (r) => Object.assign(r.bands, { red: 101 }), 'bands.red'],
    ['a fractional band', (r) => Object.assign(r.bands, { blue: 70.5 }), 'bands.blue'],
    ['a bonus cap of 21', (r) => Object.assign(r, { bonusCap: 21 }), 'bonusCap'],
    ['a bonus cap of 2.3', (r) => Object.assign(r, { bonusCap: 2.3 }), 'bonusCap'],
    ['a bonus item of 0.2', (r) => Object.assign(r.bonusItems[0], { max: 0.2 }), 'bonusItems.0.max'],
    ['a duplicate bonus id', (r) => Object.assign(r.bonusItems[1], { id: r.bonusItems[0].id }), 'bonusItems.1.id'],
    ['a duplicate veto id', (r) => Object.assign(r.vetoItems[1], { id: r.vetoItems[0].id }), 'vetoItems.1.id'],
    ['a veto ceiling of 100.5', (r) => Object.assign(r, { vetoCeiling: 100.5 }), 'vetoCeiling'],
    // Ids key score records: an Object.prototype name would read an inherited function, not a score.
    ['an item id constructor', (r) => Object.assign(r.aspects[2].items[0], { id: 'constructor' }), 'aspects.2.items.0.id'],
    ['an aspect id constructor', (r) => Object.assign(r.aspects[0], { id: 'constructor' }), 'aspects.0.id'],
    ['a bonus id constructor', (r) => Object.assign(r.bonusItems[0], { id: 'constructor' }), 'bonusItems.0.id'],
    ['a veto id constructor', (r) => Object.assign(r.vetoItems[0], { id: 'constructor' }), 'vetoItems.0.id']
  ])('%s → issue at %s', (_l, change, path) => {
    const r = clone()
    change(r)
    expect(validateRubric(r).map((i) => i.path)).toContain(path)
  })

  // The editor sends numbers it could not read as NaN; a bad number is its own field's problem only.
  it.each<[string, (r: RubricInput) => void, string[]]>([
    ['a max of 0: no sum judged besides', (r) => Object.assign(r.aspects[1].items[1], { max: 0 }), ['aspects.1.items.1.max']],
    ['an unreadable max', (r) => Object.assign(r.aspects[1].items[1], { max: Number.NaN }), ['aspects.1.items.1.max']],
    ['an unreadable weight', (r) => Object.assign(r.weights, { org: Number.NaN }), ['weights.org']],
    ['an unreadable band', (r) => Object.assign(r.bands, { yellow: Number.NaN }), ['bands.yellow']],
    ['an unreadable bonus cap', (r) => Object.assign(r, { bonusCap: Number.NaN }), ['bonusCap']],
    ['an unreadable veto ceiling', (r) => Object.assign(r, { vetoCeiling: Number.NaN }), ['vetoCeiling']]
  ])('%s → only %j', (_l, change, paths) => {
    const r = clone()
    change(r)
    const issues = validateRubric(r)
    expect(issues.map((i) => i.path)).toEqual(paths)
    expect(issues.map((i) => i.message).join()).not.toContain('NaN')
  })

  it('a rubric with fewer, different items summing to 100 is valid', () => {
    const r = clone()
    r.aspects = [
      {
        id: 'all',
        name: '综合',
        items: [
          { id: 'x', name: '综合表现', max: 99.5, criteria: '', scoring: 'rated' },
          { id: 'y', name: '出勤', max: 0.5, criteria: '', scoring: 'derived', metric: 'meetingAttendance' }
        ]
      }
    ]
    expect(validateRubric(r)).toEqual([])
  })
})

describe('isHalfStep (scores, maxima and the bonus cap)', () => {
  it.each([
    [0, true],
    [0.5, true],
    [12.5, true],
    [0.1 + 0.4, true],
    [0.3, false],
    [7.25, false],
    [2.5000001, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false]
  ])('%d → %s', (v, ok) => expect(isHalfStep(v)).toBe(ok))
})
