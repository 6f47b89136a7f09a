import { DEFAULT_SEVEN_ONES, listProblem, markProblem } from '@shared/birthday/sevenOnes'

describe('七个一', () => {
  it('has seven default items, as DOMAIN.md lists them', () => {
    expect(DEFAULT_SEVEN_ONES.map((i) => i.id)).toEqual(['card', 'oath', 'talk', 'book', 'lecture', 'reflection', 'pledge'])
    expect(listProblem(DEFAULT_SEVEN_ONES)).toBeNull()
  })

  it.each([
    [[], '清单至少要有一项'],
    [Array.from({ length: 13 }, (_, i) => ({ id: `i${i}`, name: 'x' })), '清单最多 12 项'],
    [[{ id: 'A', name: 'x' }], '项目编号“A”不合规（小写字母、数字、短横线）'],
    [[{ id: 'constructor', name: 'x' }], '项目编号“constructor”不合规（小写字母、数字、短横线）'],
    [
      [
        { id: 'a', name: 'x' },
        { id: 'a', name: 'y' }
      ],
      '项目编号“a”重复'
    ],
    [[{ id: 'a', name: ' ' }], '项目名称不能为空']
  ])('refuses the list %j', (items, message) => expect(listProblem(items)).toBe(message))

  it.each([
    ['card', '2026-06-30', null],
    ['card', null, null],
    ['nope', null, '清单中没有该项目'],
    ['card', '2026-02-30', '完成日期不是有效日期'],
    ['card', '2026-07-02', '完成日期不能晚于今天'],
    ['card', '2025-12-31', '完成日期须在该年度内']
  ])('a mark of %s on %j: %j', (itemId, date, problem) => {
    expect(markProblem(DEFAULT_SEVEN_ONES, itemId, 2026, date, '2026-07-01')).toBe(problem)
  })
})
