/** @jest-environment node */
import {
  checkRubric,
  fieldPaths,
  fromDraft,
  newId,
  normalisePath,
  num,
  placeIssues,
  rubricSums,
  toDraft,
  type RubricDraft
} from '@/assessment/rubricDraft'
import { MAX_BONUS_CAP, RUBRIC_LIMITS } from '@shared/assessment/rubric'
import { deskRubric as rubric } from '@tests/src/helpers/assessFixtures'

const draft = () => toDraft(rubric())
const edit = (f: (d: RubricDraft) => void) => {
  const d = draft()
  f(d)
  return d
}
const paths = (d: RubricDraft) => checkRubric(d).map((i) => `${i.path}: ${i.message}`)

describe('draft round trip', () => {
  it('turns a rubric into a draft and back unchanged (sources for rated items, metric for derived)', () => {
    const { _id, orgId, version, createdAt, createdBy, ...input } = rubric()
    expect(fromDraft(draft())).toEqual(input)
  })
  it.each([
    ['7.5', 7.5],
    [' 10 ', 10],
    ['7.', NaN],
    ['-1', NaN],
    ['', NaN],
    ['1e2', NaN]
  ])('num(%j) = %s', (s, n) => expect(num(s)).toBe(n))
})

describe('live sums', () => {
  it.each<[string, (d: RubricDraft) => void, { items: number; weights: number; politics: number; bonus: number }]>([
    ['the fixture', () => {}, { items: 100, weights: 100, politics: 70, bonus: 3 }],
    [
      'a half point more',
      (d) => Object.assign(d.aspects[0].items[0], { max: '40.5' }),
      { items: 100.5, weights: 100, politics: 70.5, bonus: 3 }
    ],
    [
      'an unreadable max counts 0',
      (d) => Object.assign(d.aspects[0].items[1], { max: '3x' }),
      { items: 70, weights: 100, politics: 40, bonus: 3 }
    ],
    ['weights off', (d) => Object.assign(d.weights, { org: '45' }), { items: 100, weights: 105, politics: 70, bonus: 3 }],
    [
      'more bonus',
      (d) => d.bonusItems.push({ id: 'b2', name: 'x', max: '2.5', criteria: '' }),
      { items: 100, weights: 100, politics: 70, bonus: 5.5 }
    ]
  ])('%s', (_n, f, sums) => {
    const s = rubricSums(edit(f))
    expect({ items: s.items, weights: s.weights, politics: s.aspects.politics, bonus: s.bonus }).toEqual(sums)
  })
  it('adds tenths without float noise', () => {
    const d = edit((x) => {
      x.aspects[0].items[0].max = '39.9'
      x.aspects[0].items[1].max = '30.1'
    })
    expect(rubricSums(d).items).toBe(100)
  })
})

describe('local checks: what saveRubric refuses (the shared validator and limits)', () => {
  it('finds nothing wrong with a good rubric', () => expect(checkRubric(draft())).toEqual([]))

  const MAX = (name: string) => `“${name}”的分值必须大于 0 且以 0.5 分为单位`
  const ID = '编号只能由小写字母、数字和连字符组成（1–24 位），且不能是 constructor 等保留名'
  const bonus = (i: number) => ({ id: `b-${i}`, name: `加分${i}`, max: '0.5', criteria: '' })
  it.each<[string, (d: RubricDraft) => void, string[]]>([
    [
      'items not summing to 100',
      (d) => Object.assign(d.aspects[1].items[0], { max: '29' }),
      ['aspects: 各考核项分值之和必须为 100，当前为 99']
    ],
    [
      'a max not in half points (the sum waits until every max is good)',
      (d) => {
        d.aspects[1].items[0].max = '29.7'
        d.aspects[0].items[0].max = '40.3'
      },
      [`aspects.0.items.0.max: ${MAX('理论学习')}`, `aspects.1.items.0.max: ${MAX('履职尽责')}`]
    ],
    [
      'a zero max',
      (d) => {
        d.aspects[1].items[0].max = '0'
        d.aspects[0].items[0].max = '70'
      },
      [`aspects.1.items.0.max: ${MAX('履职尽责')}`]
    ],
    ['an unreadable max', (d) => Object.assign(d.aspects[0].items[1], { max: '3x' }), [`aspects.0.items.1.max: ${MAX('三会一课出勤')}`]],
    [
      'weights not summing to 100',
      (d) => Object.assign(d.weights, { self: '15' }),
      ['weights: 四个评价主体的权重之和必须为 100，当前为 105']
    ],
    [
      'a fractional weight',
      (d) => {
        d.weights.self = '9.5'
        d.weights.org = '40.5'
      },
      ['weights.self: 权重必须是 0–100 的整数', 'weights.org: 权重必须是 0–100 的整数']
    ],
    ['an empty weight (no sum judged)', (d) => Object.assign(d.weights, { org: '' }), ['weights.org: 权重必须是 0–100 的整数']],
    [
      'no organisation weight',
      (d) => {
        d.weights.org = '0'
        d.weights.self = '50'
      },
      ['weights.org: 组织考评的权重必须大于 0']
    ],
    [
      'a rated item with no source',
      (d) => Object.assign(d.aspects[1].items[0], { sources: [] }),
      [
        'aspects.1.items.0.sources: “履职尽责”至少需要一个评分主体',
        'aspects.1.items.0.sources: “履职尽责”必须包含组织考评（计算前组织考评为必需）'
      ]
    ],
    [
      'a rated item without the organisation',
      (d) => Object.assign(d.aspects[1].items[0], { sources: ['peer'] }),
      ['aspects.1.items.0.sources: “履职尽责”必须包含组织考评（计算前组织考评为必需）']
    ],
    ['an empty aspect', (d) => d.aspects.push({ id: 'x', name: '新方面', items: [] }), ['aspects.2.items: 方面“新方面”至少需要一个考核项']],
    ['no aspects', (d) => Object.assign(d, { aspects: [] }), ['aspects: 至少需要一个考核方面']],
    ['a missing item name', (d) => Object.assign(d.aspects[0].items[0], { name: ' ' }), ['aspects.0.items.0.name: 请填写考评项名称']],
    [
      'an item name over 30 characters',
      (d) => Object.assign(d.aspects[0].items[0], { name: '理'.repeat(31) }),
      ['aspects.0.items.0.name: 考评项名称不超过30字']
    ],
    ['a duplicate item id', (d) => Object.assign(d.aspects[1].items[0], { id: 'study' }), ['aspects.1.items.0.id: 考核项编号 study 重复']],
    ['an id in capitals', (d) => Object.assign(d.vetoItems[0], { id: 'Veto' }), [`vetoItems.0.id: ${ID}`]],
    ['an id named like an Object member', (d) => Object.assign(d.aspects[0], { id: 'constructor' }), [`aspects.0.id: ${ID}`]],
    ['bands out of order', (d) => Object.assign(d.bands, { yellow: '90' }), ['bands: 分数线须满足 红旗 > 黄旗 > 蓝旗']],
    ['a band above 100', (d) => Object.assign(d.bands, { red: '101' }), ['bands.red: 等次分数线必须是 1–100 的整数']],
    ['a fractional band', (d) => Object.assign(d.bands, { blue: '70.5' }), ['bands.blue: 等次分数线必须是 1–100 的整数']],
    [
      'a bonus cap above MAX_BONUS_CAP',
      (d) => Object.assign(d, { bonusCap: String(MAX_BONUS_CAP + 1) }),
      [`bonusCap: 加分上限必须在 0–${MAX_BONUS_CAP} 之间且以 0.5 分为单位`]
    ],
    ['a veto ceiling above 100', (d) => Object.assign(d, { vetoCeiling: '120' }), ['vetoCeiling: 否决项封顶分必须是 0–100 的整数']],
    ['a fractional veto ceiling', (d) => Object.assign(d, { vetoCeiling: '69.5' }), ['vetoCeiling: 否决项封顶分必须是 0–100 的整数']],
    ['a nameless bonus item', (d) => Object.assign(d.bonusItems[0], { name: '' }), ['bonusItems.0.name: 请填写加分项名称']],
    [
      'too many bonus items',
      (d) => d.bonusItems.push(...Array.from({ length: RUBRIC_LIMITS.bonusItems }, (_, i) => bonus(i))),
      [`bonusItems: 加分项最多 ${RUBRIC_LIMITS.bonusItems} 个`]
    ],
    [
      'a 10 KB criteria',
      (d) => Object.assign(d.aspects[0].items[0], { criteria: 'x'.repeat(10240) }),
      ['aspects.0.items.0.criteria: 评分标准不超过300字']
    ],
    ['no rubric name', (d) => Object.assign(d, { name: '' }), ['name: 请填写细则名称']]
  ])('finds %s', (_n, f, issues) => expect(paths(edit(f))).toEqual(issues))
})

describe('ids and problem placement', () => {
  it.each([
    ['item', 'item-1'],
    ['aspect', 'aspect-1']
  ])('newId(%s) = %s', (prefix, id) => expect(newId(prefix, draft())).toBe(id))
  it('skips ids already used', () => {
    const d = edit((x) => Object.assign(x.aspects[0].items[0], { id: 'item-1' }))
    expect(newId('item', d)).toBe('item-2')
  })

  it.each([
    ['aspects[0].items[1].max', 'aspects.0.items.1.max'],
    ['/weights/self', 'weights.self'],
    ['bands', 'bands']
  ])('normalisePath(%s) = %s', (p, n) => expect(normalisePath(p)).toBe(n))

  it('puts each problem at the deepest shown field, the rest aside', () => {
    const placed = placeIssues(
      [
        { path: 'aspects[1].items[0].max', message: 'A' },
        { path: 'aspects.0.items.1.sources.2', message: 'B' },
        { path: 'aspects.0.id', message: 'C' },
        { path: 'weights', message: 'D' },
        { path: 'somethingElse', message: 'E' },
        { path: 'aspects.9.items.0.max', message: 'F' }
      ],
      fieldPaths(draft())
    )
    expect(placed).toEqual({
      at: { 'aspects.1.items.0.max': ['A'], 'aspects.0.items.1.sources': ['B'], 'aspects.0': ['C'], weights: ['D'], aspects: ['F'] },
      rest: ['E']
    })
  })
})
