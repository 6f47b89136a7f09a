/** @jest-environment node */
import { filterByName } from '@/member/roster'

const rows = [{ name: '张 伟' }, { name: '张丽' }, { name: '李强' }, { name: 'Tom Lee' }]

describe('filterByName', () => {
  it.each([
    ['', ['张 伟', '张丽', '李强', 'Tom Lee']],
    ['   ', ['张 伟', '张丽', '李强', 'Tom Lee']],
    ['张', ['张 伟', '张丽']],
    ['张伟', ['张 伟']],
    [' 李 ', ['李强']],
    ['tom', ['Tom Lee']],
    ['王', []]
  ])('%j → %j', (q, names) => {
    expect(filterByName(rows, q).map((r) => r.name)).toEqual(names)
  })

  it('returns a copy, never the input array', () => {
    expect(filterByName(rows, '')).not.toBe(rows)
  })
})
