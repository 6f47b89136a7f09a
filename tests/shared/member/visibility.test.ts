import type { RoleGrant } from '@shared/member/api'
import {
  canInvite,
  canSeeMember,
  canSeePhone,
  onRoster,
  relationsTo,
  rosterAccess,
  servedOrgIds,
  type Placement
} from '@shared/member/visibility'

// A contract member of branch B1 (group G1), a dispatched member whose home is village V but who
// does org life and assessment in B1, and a rider active in platform P and community C.
const contract: Placement = { _id: 'c', homeOrgId: 'B1', activeOrgIds: ['B1'], assessingOrgId: 'B1', groupId: 'G1' }
const dispatched: Placement = { _id: 'd', homeOrgId: 'V', activeOrgIds: ['B1'], assessingOrgId: 'B1', groupId: null }
const rider: Placement = { _id: 'r', homeOrgId: 'C', activeOrgIds: ['P', 'C'], assessingOrgId: 'P', groupId: null }

const viewer = (memberId: string, ...roles: Array<[string, RoleGrant['role']]>) => ({
  memberId,
  roles: roles.map(([orgId, role]) => ({ orgId, role }))
})

const secB1 = viewer('s1', ['B1', 'secretary'])
const deputyB1 = viewer('s2', ['B1', 'deputy'])
const cmB1 = viewer('s3', ['B1', 'committeeMember'])
const leaderG1 = viewer('s4', ['G1', 'groupLeader'])
const secV = viewer('s5', ['V', 'secretary'])
const deputyV = viewer('s6', ['V', 'deputy'])
const secB2 = viewer('s7', ['B2', 'secretary'])
const staff = viewer('s8', ['K', 'staff'])
const secC = viewer('s9', ['C', 'secretary'])
const plain = viewer('x')

describe('relationsTo', () => {
  it.each([
    [contract, 'B1', ['active', 'assessing', 'home']],
    [contract, 'G1', ['group']],
    [dispatched, 'B1', ['active', 'assessing']],
    [dispatched, 'V', ['home']],
    [rider, 'P', ['active', 'assessing']],
    [rider, 'C', ['active', 'home']],
    [rider, 'B1', []]
  ])('%o to %s → %o', (m, orgId, rel) => {
    expect(relationsTo(m, orgId)).toEqual(rel)
  })
})

describe('who may see whom, and the phone', () => {
  it.each([
    // viewer, member, sees, phone
    ['self', viewer('d'), dispatched, true, true],
    ['B1 secretary / contract', secB1, contract, true, true],
    ['B1 secretary / dispatched from a village', secB1, dispatched, true, true],
    ['B1 deputy / contract: no phone', deputyB1, contract, true, false],
    ['B1 committee member: no phone', cmB1, dispatched, true, false],
    ['G1 group leader / own group member', leaderG1, contract, true, false],
    ['G1 group leader / dispatched (not in group)', leaderG1, dispatched, false, false],
    ['village (home) secretary / their dispatched member: basic only', secV, dispatched, true, false],
    ['village deputy / their dispatched member: not at all', deputyV, dispatched, false, false],
    ['other branch secretary', secB2, contract, false, false],
    ['committee staff: everyone, no phone', staff, dispatched, true, false],
    ['community secretary / rider active there (双报到)', secC, rider, true, true],
    ['plain member / someone else', plain, contract, false, false]
  ])('%s', (_label, v, m, sees, phone) => {
    expect(canSeeMember(v, m)).toBe(sees)
    expect(canSeePhone(v, m)).toBe(phone)
  })
})

describe('roster access', () => {
  it.each([
    [secB1, 'B1', { allowed: true, includeHomeOnly: true }],
    [deputyB1, 'B1', { allowed: true, includeHomeOnly: false }],
    [leaderG1, 'G1', { allowed: true, includeHomeOnly: false }],
    [leaderG1, 'B1', { allowed: false, includeHomeOnly: false }],
    [secV, 'V', { allowed: true, includeHomeOnly: true }],
    [staff, 'B2', { allowed: true, includeHomeOnly: true }],
    [plain, 'B1', { allowed: false, includeHomeOnly: false }],
    [secB2, 'B1', { allowed: false, includeHomeOnly: false }]
  ])('%o on %s', (v, orgId, expected) => {
    expect(rosterAccess(v, orgId)).toEqual(expected)
  })

  it.each([
    ['B1 secretary sees the dispatched member doing org life in B1', secB1, 'B1', dispatched, true],
    ['village secretary sees their dispatched member elsewhere', secV, 'V', dispatched, true],
    ['village deputy does not see home-only members', deputyV, 'V', dispatched, false],
    ['community secretary sees the rider (active + home)', secC, 'C', rider, true],
    ['B1 secretary does not see the rider', secB1, 'B1', rider, false]
  ])('%s', (_label, v, orgId, m, expected) => {
    expect(onRoster(m, orgId, rosterAccess(v, orgId))).toBe(expected)
  })

  it('defaults to the first served org, ignoring staff', () => {
    expect(
      servedOrgIds([
        { orgId: 'K', role: 'staff' },
        { orgId: 'B2', role: 'deputy' },
        { orgId: 'G1', role: 'groupLeader' },
        { orgId: 'B2', role: 'secretary' }
      ])
    ).toEqual(['B2', 'G1'])
  })
})

describe('invitations', () => {
  it.each([
    [secB1, dispatched, true],
    [deputyB1, dispatched, false],
    [secV, dispatched, false],
    [staff, dispatched, false],
    [secC, rider, true]
  ])('%o may invite %o: %s', (v, m, expected) => {
    expect(canInvite(v, m)).toBe(expected)
  })
})
