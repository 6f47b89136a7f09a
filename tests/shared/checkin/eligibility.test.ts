import type { RoleGrant } from '@shared/member/api'
import { canMakeup, canOrganise, canReadAttendance, committeeOf, eligibility, isExpected, notExpectable } from '@shared/checkin/eligibility'

const branch = { _id: 'org-b1', kind: 'branch', parentId: 'org-committee' }
const group = { _id: 'org-b1-g1', kind: 'group', parentId: 'org-b1' }
const act = (orgId: string, open = false, orgKind = orgId.includes('-g') ? 'group' : 'branch') => ({
  orgId,
  orgKind,
  orgParentId: null,
  open
})

const contract = { _id: 'm07', activeOrgIds: ['org-b1'], groupId: 'org-b1-g1' }
const dispatched = { _id: 'm10', activeOrgIds: ['org-b1'], groupId: 'org-b1-g1' } // home: a village branch in 陇南
const rider = { _id: 'm35', activeOrgIds: ['org-platform', 'org-community'], groupId: null }
const otherBranch = { _id: 'm17', activeOrgIds: ['org-b2'], groupId: 'org-b2-g1' }

describe('eligibility (dual management)', () => {
  it.each([
    ['contract member at their branch', contract, act('org-b1'), { eligible: true, as: 'member' }],
    ['dispatched member at their active branch', dispatched, act('org-b1'), { eligible: true, as: 'member' }],
    ['dispatched member at their home village branch', dispatched, act('org-v-longnan'), { eligible: false }],
    ['rider at the platform branch', rider, act('org-platform'), { eligible: true, as: 'member' }],
    ['rider at the community branch (双报到)', rider, act('org-community'), { eligible: true, as: 'member' }],
    ['member of another branch', otherBranch, act('org-b1'), { eligible: false }],
    ['member of another branch, open activity', otherBranch, act('org-b1', true), { eligible: true, as: 'guest' }],
    ['group member at their group meeting', contract, act('org-b1-g1'), { eligible: true, as: 'member' }],
    ['branch member of another group at a group meeting', { ...contract, groupId: 'org-b1-g2' }, act('org-b1-g1'), { eligible: false }]
  ])('%s', (_l, m, a, expected) => {
    expect(eligibility(m, a)).toEqual(expected)
  })

  it('expected = the org’s active members, or the group’s members', () => {
    expect(isExpected(dispatched, act('org-b1'))).toBe(true)
    expect(isExpected(otherBranch, act('org-b1', true))).toBe(false)
    expect(isExpected(contract, act('org-b1-g1'))).toBe(true)
  })
})

describe('notExpectable (a chosen expected list)', () => {
  const known = new Map([contract, dispatched, rider, otherBranch].map((m) => [m._id, m]))
  it.each([
    ['members of the branch', ['m07', 'm10'], act('org-b1'), { unknown: [], outside: [] }],
    ['an empty list', [], act('org-b1'), { unknown: [], outside: [] }],
    ['a member of another branch', ['m07', 'm17'], act('org-b1'), { unknown: [], outside: ['m17'] }],
    ['a rider at the community branch (active there)', ['m35'], act('org-community'), { unknown: [], outside: [] }],
    ['an unknown id', ['m99', 'm07'], act('org-b1'), { unknown: ['m99'], outside: [] }],
    ['group members at their group', ['m07', 'm10'], act('org-b1-g1'), { unknown: [], outside: [] }],
    ['a branch member of another group', ['m07', 'm17'], act('org-b1-g2'), { unknown: [], outside: ['m07', 'm17'] }],
    ['an open activity still checks org life', ['m17'], act('org-b1', true), { unknown: [], outside: ['m17'] }]
  ])('%s', (_l, ids, a, expected) => {
    expect(notExpectable(ids, known, a)).toEqual(expected)
  })
})

describe('roles', () => {
  const r = (orgId: string, role: RoleGrant['role']): RoleGrant[] => [{ orgId, role }]
  it.each([
    ['branch secretary', r('org-b1', 'secretary'), branch, true, true, true],
    ['branch deputy', r('org-b1', 'deputy'), branch, true, false, true],
    ['branch committee member', r('org-b1', 'committeeMember'), branch, true, false, true],
    ['group leader at the branch', r('org-b1-g1', 'groupLeader'), branch, false, false, false],
    ['plain member', [], branch, false, false, false],
    ['committee staff', r('org-committee', 'staff'), branch, false, false, true],
    ['staff of another committee', r('org-committee-2', 'staff'), branch, false, false, false],
    ['staff of the committee, at a group', r('org-committee', 'staff'), group, false, false, true],
    ['secretary of another branch', r('org-b2', 'secretary'), branch, false, false, false],
    ['group leader at their group', r('org-b1-g1', 'groupLeader'), group, true, false, true],
    ['branch secretary at a group', r('org-b1', 'secretary'), group, true, true, true],
    ['branch deputy at a group', r('org-b1', 'deputy'), group, true, false, true],
    ['leader of another group', r('org-b1-g2', 'groupLeader'), group, false, false, false]
  ])('%s: organise %s, make-up %s, read %s', (_l, roles, org, organise, mk, read) => {
    expect(canOrganise(roles, org)).toBe(organise)
    expect(canMakeup(roles, org)).toBe(mk)
    expect(canReadAttendance(roles, org, 'org-committee')).toBe(read)
  })
})

describe('committee staff read only their committee’s orgs', () => {
  const staff: RoleGrant[] = [{ orgId: 'org-committee', role: 'staff' }]
  it.each([
    ['an org of their committee', 'org-committee', true],
    ['an org of another committee', 'org-committee-2', false],
    ['an external org (no committee)', null, false]
  ])('%s → %s', (_l, committeeId, read) => {
    expect(canReadAttendance(staff, branch, committeeId)).toBe(read)
  })
})

describe('committeeOf (the org, then its ancestors)', () => {
  const committee = { _id: 'org-committee', kind: 'committee' }
  const general = { _id: 'org-gb', kind: 'generalBranch' }
  const b = { _id: 'org-b1', kind: 'branch' }
  const g = { _id: 'org-b1-g1', kind: 'group' }
  const village = { _id: 'org-v-longnan', kind: 'branch', external: true }
  it.each([
    ['a branch under the committee', [b, committee], 'org-committee'],
    ['a party group', [g, b, committee], 'org-committee'],
    ['a branch under a general branch', [b, general, committee], 'org-committee'],
    ['the committee itself', [committee], 'org-committee'],
    ['an external branch', [village], null],
    ['an external branch whose parent chain names a committee', [village, committee], null],
    ['a branch whose parent is missing', [b], null],
    ['the nearest committee wins', [b, committee, { _id: 'org-top', kind: 'committee' }], 'org-committee']
  ])('%s → %s', (_l, chain, expected) => {
    expect(committeeOf(chain)).toBe(expected)
  })
})
