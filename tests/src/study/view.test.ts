/** @jest-environment node */
import type { PlanItem } from '@shared/study/api'
import { analysesLine, blankItem, byMonth, defaultDeadline, hoursText, reachLine, studyOrgIds, taskStatus } from '@/study/view'
import { myTask, studyReport } from '@tests/src/helpers/studyFixtures'

describe('taskStatus', () => {
  it.each([
    ['nothing filed', myTask(), '未提交', 'plain'],
    ['overdue', myTask({ overdue: true }), '已逾期', 'warn'],
    ['a draft', myTask({ report: studyReport({ status: 'draft' }) }), '草稿', 'plain'],
    ['a draft, overdue', myTask({ overdue: true, report: studyReport({ status: 'draft' }) }), '已逾期', 'warn'],
    ['filed', myTask({ report: studyReport() }), '待审核', 'plain'],
    ['filed late', myTask({ report: studyReport({ late: true }) }), '待审核（逾期提交）', 'plain'],
    ['returned', myTask({ report: studyReport({ status: 'returned' }) }), '已退回', 'red'],
    ['accepted', myTask({ report: studyReport({ status: 'accepted' }), hours: 2 }), '已通过', 'blue'],
    ['checked in at the collective study', myTask({ checkedIn: true, hours: 2 }), '已签到', 'blue']
  ])('%s → %s', (_l, t, label, tone) => expect(taskStatus(t)).toEqual({ label, tone }))
})

describe('helpers', () => {
  it.each([
    [2, '2 学时'],
    [1.5, '1.5 学时'],
    [0, '0 学时']
  ])('hoursText(%p) = %s', (h, s) => expect(hoursText(h)).toBe(s))

  it.each([
    [[{ orgId: 'b1', role: 'secretary' }], ['b1']],
    [[{ orgId: 'g1', role: 'groupLeader' }], ['b1']],
    [
      [
        { orgId: 'g1', role: 'groupLeader' },
        { orgId: 'b1', role: 'committeeMember' }
      ],
      ['b1']
    ],
    [[{ orgId: 'c1', role: 'staff' }], []],
    [null, []]
  ])('studyOrgIds(%j) = %j', (roles, ids) => expect(studyOrgIds(roles as any, { g1: { parentId: 'b1' } })).toEqual(ids))

  it('blankItem picks the next free id of the month; byMonth groups by month', () => {
    const items: PlanItem[] = [blankItem([], 3)]
    items.push(blankItem(items, 3))
    expect(items.map((x) => x.id)).toEqual(['m3-1', 'm3-2'])
    expect(items[0]).toEqual({ id: 'm3-1', month: 3, content: '', hours: 2, required: true, audience: { kind: 'all' } })
    const months = byMonth(items)
    expect(months).toHaveLength(12)
    expect(months[2].items).toHaveLength(2)
    expect(months[0].items).toEqual([])
  })
})

describe('defaultDeadline', () => {
  it.each([
    [3, '2026-03-10', '2026-03-31'],
    [3, '2026-03-31', '2026-03-31'],
    [2, '2026-03-10', '2026-03-17'],
    [2, '2024-02-01', '2024-02-29'],
    [12, '2026-12-28', '2026-12-31']
  ])('month %i on %s → %s', (month, today, expected) => {
    expect(defaultDeadline({ month }, Number(today.slice(0, 4)), today)).toBe(expected)
  })
})

describe('the committee’s views', () => {
  const reach = (reached: number, current: number) => ({ branches: 4, items: { k1: { reached, current } } })
  it.each([
    ['never pushed', reach(0, 0), '未下发', 'plain', null, false],
    ['to every branch, as it is', reach(4, 4), '已下发 4/4 个支部', 'blue', null, true],
    ['an older version in two', reach(4, 2), '已下发 4/4 个支部', 'warn', '2 个支部是修改前的内容，可重新下发', true],
    ['a branch added since', reach(3, 3), '已下发 3/4 个支部', 'warn', '1 个支部还没有，可重新下发', true],
    ['both', reach(3, 2), '已下发 3/4 个支部', 'warn', '1 个支部是修改前的内容，1 个支部还没有，可重新下发', true]
  ])('reachLine: %s', (_l, r, label, tone, note, again) => expect(reachLine(r, 'k1')).toEqual({ label, tone, note, again }))

  it('reachLine of an item the reach does not know (added after the load): not pushed', () =>
    expect(reachLine(reach(4, 4), 'k9').label).toBe('未下发'))

  const counts = { notFiled: 0, submitted: 0, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0 }
  it.each([
    [counts, '无'],
    [{ ...counts, notFiled: 3 }, '未提交 3'],
    [{ ...counts, notFiled: 1, commented: 2, talk: 1 }, '未提交 1 · 待支部评定 2 · 个别谈话 1'],
    [{ ...counts, passed: 5, returned: 1, relearn: 2 }, '合格 5 · 已返单 1 · 集中重学 2']
  ])('analysesLine(%j) = %s', (analyses, line) => expect(analysesLine({ analyses })).toBe(line))
})
