/** @jest-environment node */
import type { RoleGrant } from '@shared/member/api'
import { assessDeskNote } from '@/assessment/deskAccess'

describe('who gets 考评管理', () => {
  it.each<[string, RoleGrant[] | null, string | null]>([
    ['a secretary', [{ orgId: 'b1', role: 'secretary' }], '开启 · 计算 · 发布'],
    ['a deputy', [{ orgId: 'b1', role: 'deputy' }], '组织评分 · 进度 · 结果'],
    ['a committee member', [{ orgId: 'b1', role: 'committeeMember' }], '组织评分 · 进度 · 结果'],
    [
      'a deputy here, secretary there',
      [
        { orgId: 'b1', role: 'deputy' },
        { orgId: 'b2', role: 'secretary' }
      ],
      '开启 · 计算 · 发布'
    ],
    ['a group leader', [{ orgId: 'g1', role: 'groupLeader' }], null],
    ['committee staff (their own tiles)', [{ orgId: 'c1', role: 'staff' }], null],
    ['a member', null, null]
  ])('%s → %s', (_n, roles, note) => expect(assessDeskNote(roles)).toBe(note))
})
