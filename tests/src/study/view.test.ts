/** @jest-environment node */
import type { PlanItem } from '@shared/study/api'
import { blankItem, byMonth, defaultDeadline, hoursText, studyOrgIds, taskStatus } from '@/study/view'
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
