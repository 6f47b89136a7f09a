/** @jest-environment node */
import { checkItems, checkProblem } from '@/commitment/selfCheck'
import { card, fullItems, item, version } from '@tests/src/helpers/commitFixtures'

describe('self-check form rules', () => {
  it('checks the approved version’s items, not the working copy', () => {
    const approvedItems = [item('goals', 1)]
    const data = {
      card: card({ status: 'draft', approvedVersion: 1, items: fullItems() }),
      versions: [version({ version: 1, items: approvedItems })]
    }
    expect(checkItems(data)).toEqual(approvedItems)
    expect(checkItems({ card: card(), versions: [] })).toEqual([])
    expect(checkItems({ card: null, versions: [] })).toEqual([])
  })

  it('asks for a progress on every item, naming the first missing', () => {
    const items = [item('goals', 1, { what: '巡查桥梁' }), item('study', 1, { what: '学习党章' })]
    expect(checkProblem(items, { 'goals-1': { progress: 'done' } })).toBe('第 2 项「学习党章」：请选择完成情况')
    expect(checkProblem(items, { 'goals-1': { progress: 'done' }, 'study-1': { progress: 'notStarted' } })).toBeNull()
    expect(checkProblem([], {})).toBe('没有需要自查的条目')
  })
})
