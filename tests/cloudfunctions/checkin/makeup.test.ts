// The make-up verdict, pure: facts in, verdict out (no cloud). attendance.test.ts shows the action
// through the function.
import type { ActivityDoc, MemberDoc, OrgDoc } from '@server/model'
import type { RoleGrant } from '@shared/member/api'
import { decideMakeup, type MakeupFacts } from '../../../cloudfunctions/checkin/makeup'

const at = (hhmm: string) => new Date(`2026-07-01T${hhmm}:00+08:00`)
const BRANCH: OrgDoc = { _id: 'b1', name: '第一养护中心党支部', kind: 'branch', parentId: 'c1', external: false }
const GROUP: OrgDoc = { _id: 'g1', name: '第一党小组', kind: 'group', parentId: 'b1', external: false }
const activity = (over: Partial<ActivityDoc> = {}) =>
  ({ _id: 'a00000000a', orgId: 'b1', opensAt: at('09:30'), open: false, expectedMemberIds: ['m01'], ...over }) as ActivityDoc
const member = (over: Partial<MemberDoc> = {}) =>
  ({ _id: 'm01', name: '赵永平', activeOrgIds: ['b1'], groupId: null, ...over }) as MemberDoc
const secretaryOf = (orgId: string): RoleGrant[] => [{ orgId, role: 'secretary' }]

function facts(over: Partial<MakeupFacts> = {}): MakeupFacts {
  return {
    now: at('10:30'),
    caller: { memberId: 'm02', roles: secretaryOf('b1') },
    activity: activity(),
    org: BRANCH,
    member: member(),
    reason: '在抢修现场，会后补签',
    ...over
  }
}

describe('decideMakeup', () => {
  const FORBIDDEN = '只有该活动所属组织的书记可以补签'
  it.each<[string, string, string, Partial<MakeupFacts>]>([
    ['a deputy', 'FORBIDDEN', FORBIDDEN, { caller: { memberId: 'm03', roles: [{ orgId: 'b1', role: 'deputy' }] } }],
    ['the secretary of another branch', 'FORBIDDEN', FORBIDDEN, { caller: { memberId: 'm09', roles: secretaryOf('b2') } }],
    [
      'the group leader of a group activity',
      'FORBIDDEN',
      FORBIDDEN,
      { org: GROUP, caller: { memberId: 'm04', roles: [{ orgId: 'g1', role: 'groupLeader' }] } }
    ],
    ['an unknown member', 'NOT_FOUND', '该党员不存在', { member: null }],
    [
      'a member of another branch, not expected',
      'NOT_ELIGIBLE',
      '钱多多不在第一养护中心党支部参加组织生活，不能补签',
      { member: member({ _id: 'm17', name: '钱多多', activeOrgIds: ['b2'] }) }
    ],
    ['before the window opens', 'WINDOW_NOT_OPEN', '活动签到尚未开始，不能补签', { now: at('09:29') }]
  ])('%s → %s', (_l, code, message, over) => {
    const v = decideMakeup(facts(over))
    expect(v.ok).toBe(false)
    if (!v.ok) expect({ code: v.error.code, message: v.error.message }).toEqual({ code, message })
  })

  it.each<[string, Partial<MakeupFacts>]>([
    ['an expected member, once the window opened', { now: at('09:30') }],
    ['an expected member who moved branch since', { member: member({ activeOrgIds: ['b2'] }) }],
    [
      'a guest at an open activity',
      { activity: activity({ open: true, expectedMemberIds: [] }), member: member({ _id: 'm17', activeOrgIds: ['b2'] }) }
    ],
    ['after the window closed', { now: at('18:00') }],
    [
      'by the branch secretary, for a group activity',
      { org: GROUP, activity: activity({ orgId: 'g1' }), member: member({ groupId: 'g1' }) }
    ]
  ])('%s: checked in as a make-up', (_l, over) => {
    const f = facts(over)
    const v = decideMakeup(f)
    expect(v).toMatchObject({
      ok: true,
      doc: {
        _id: `a00000000a:${f.member?._id}`,
        checkedInAt: f.now,
        late: false,
        makeup: true,
        makeupReason: '在抢修现场，会后补签',
        makeupBy: f.caller.memberId,
        via: 'makeup',
        distanceM: null
      }
    })
  })
})
