/** @jest-environment node */
import { behind, behindReason, canEdit, checkLabel, monthDay, percent, reviewOrgIds, statusLabel, windowLabel } from '@/commitment/view'
import { queue } from '@tests/src/helpers/commitFixtures'

describe('commitment view rules', () => {
  it('labels', () => {
    expect(statusLabel(null)).toBe('未填写')
    expect(statusLabel({ status: 'returned' })).toBe('已退回')
    expect(checkLabel('missing')).toBe('未自查')
    expect(checkLabel('accepted')).toBe('已认可')
    expect(checkLabel(null)).toBe('—')
    expect(monthDay('2026-01-05')).toBe('1月5日')
    expect(windowLabel({ quarter: 4, from: '2026-12-17', to: '2027-01-15' })).toBe('第4季度自查：12月17日至1月15日')
  })

  it.each([
    [null, true],
    ['draft', true],
    ['returned', true],
    ['approved', true],
    ['submitted', false]
  ] as const)('a %s card can be edited: %s', (status, yes) => {
    expect(canEdit(status ? { status } : null)).toBe(yes)
  })

  it('reviewers: the committee roles; a group leader → the group’s branch; each org once; not staff', () => {
    const orgs = { g1: { parentId: 'b1' }, g2: { parentId: 'b2' } }
    expect(
      reviewOrgIds(
        [
          { orgId: 'b1', role: 'secretary' },
          { orgId: 'b1', role: 'committeeMember' },
          { orgId: 'g1', role: 'groupLeader' },
          { orgId: 'g2', role: 'groupLeader' },
          { orgId: 'g9', role: 'groupLeader' },
          { orgId: 'c1', role: 'staff' }
        ],
        orgs
      )
    ).toEqual(['b1', 'b2'])
    expect(reviewOrgIds(null)).toEqual([])
  })

  it('who is behind, and why', () => {
    const rows = queue().rows
    expect(behind(rows).map((r) => r.name)).toEqual(['赵敏', '孙强'])
    expect(behind(rows).map(behindReason)).toEqual(['未填写承诺卡', '草稿未提交'])
    expect(behindReason({ ...rows[0], status: 'returned', check: 'missing' })).toBe('退回未重新提交，本季度未自查')
  })

  it('percent', () => {
    expect(percent(0, 0)).toBe(0)
    expect(percent(2, 3)).toBe(67)
  })
})
