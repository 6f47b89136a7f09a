/** @jest-environment node */
import {
  ITEM_MESSAGES,
  checkCard,
  isBlank,
  itemProblems,
  itemsToSave,
  newItemId,
  startItems,
  tasksNotOnCard,
  withEmptySections,
  withXItems
} from '@/commitment/form'
import { fullItems, item, task, template } from '@tests/src/helpers/commitFixtures'

describe('itemProblems: what may be submitted', () => {
  it.each([
    ['complete', { what: '巡查桥梁', target: '12 座', deadline: '2026-12-20' }, []],
    ['a target only', { what: '巡查桥梁', target: '12 座', deadline: null }, []],
    ['a deadline only', { what: '巡查桥梁', target: '', deadline: '2026-06-30' }, []],
    ['an empty slogan', { what: '发挥先锋模范作用', target: ' ', deadline: null }, [ITEM_MESSAGES.measurable]],
    ['no what', { what: '  ', target: '12 座', deadline: null }, [ITEM_MESSAGES.what]],
    ['a deadline in another year', { what: '巡查', target: '', deadline: '2027-01-05' }, [ITEM_MESSAGES.deadlineYear(2026)]],
    ['too long', { what: '长'.repeat(101), target: '1', deadline: null }, [ITEM_MESSAGES.whatLong]]
  ])('%s', (_n, it, expected) => {
    expect(itemProblems(it, 2026)).toEqual(expected)
  })
})

describe('checkCard', () => {
  it('passes a full card', () => {
    expect(checkCard(template(), fullItems(), 2026)).toEqual({ items: {}, sections: {}, first: null })
  })

  it('names the first bad item by section and position, and each short section', () => {
    const items = [...fullItems().filter((i) => i.section !== 'study'), item('goals', 2, { target: '', deadline: null })]
    const r = checkCard(template(), items, 2026)
    expect(r.items).toEqual({ 'goals-2': [ITEM_MESSAGES.measurable] })
    expect(r.sections).toEqual({ study: '「学习提升」至少填写 1 项' })
    expect(r.first).toBe(`「工作目标」第 2 项：${ITEM_MESSAGES.measurable}`)
  })

  it('ignores blank items and counts the maximum', () => {
    const t = template({ sections: [{ id: 'goals', name: '工作目标', minItems: 1, maxItems: 1 }] })
    const blank = { id: 'goals-3', section: 'goals', what: '', target: '', deadline: null }
    expect(checkCard(t, [item('goals', 1), blank], 2026).first).toBeNull()
    expect(checkCard(t, [item('goals', 1), item('goals', 2)], 2026).first).toBe('「工作目标」最多填写 1 项')
  })
})

describe('working copy helpers', () => {
  it('starts each section with its minimum of empty items', () => {
    const t = template({
      sections: [
        { id: 'goals', name: '工作目标', minItems: 2, maxItems: 5 },
        { id: 'study', name: '学习提升', minItems: 1, maxItems: 5 }
      ]
    })
    expect(startItems(t).map((i) => i.id)).toEqual(['goals-1', 'goals-2', 'study-1'])
    expect(startItems(t).every(isBlank)).toBe(true)
  })

  it('gives new ids that are free, and an empty item to sections without one', () => {
    expect(newItemId([item('goals', 1), item('goals', 3)], 'goals')).toBe('goals-2')
    expect(newItemId([], 'a'.repeat(24))).toBe(`${'a'.repeat(22)}-1`)
    expect(newItemId([], 'a'.repeat(24))).toMatch(/^[a-z0-9-]{1,24}$/)
    expect(withEmptySections(template(), [item('goals', 1)]).map((i) => i.id)).toEqual([
      'goals-1',
      'measures-1',
      'pledges-1',
      'study-1',
      'service-1'
    ])
  })

  it('saves only items with something typed, trimmed; X items as they are', () => {
    const x = { id: 'x-1', section: 'x', what: '除雪', target: '通车', deadline: '2026-12-31', taskId: 't1' }
    const items = [
      item('goals', 1, { what: ' 巡查 ', target: ' 12 座 ' }),
      { id: 'goals-2', section: 'goals', what: '', target: '', deadline: null },
      x
    ]
    expect(itemsToSave(items)).toEqual([{ ...item('goals', 1), what: '巡查', target: '12 座' }, x])
  })

  it('adds each task once as an X item with its own id', () => {
    const items = withXItems([item('goals', 1)], [task(), task({ _id: 't2', title: '防汛值守' })])
    expect(items.filter((i) => i.section === 'x').map((i) => [i.id, i.taskId, i.what])).toEqual([
      ['x-1', 't1', '冬季除雪保通'],
      ['x-2', 't2', '防汛值守']
    ])
    expect(withXItems(items, [task()])).toEqual(items)
    expect(tasksNotOnCard(items, [task(), task({ _id: 't3' })]).map((t) => t._id)).toEqual(['t3'])
  })
})
