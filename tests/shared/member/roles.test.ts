import type { RoleGrant, RoleName } from '@shared/member/api'
import { BRANCH_COMMITTEE_ROLES, hasRole, isStaff, onCommitteeOf, ROLE_NAMES, SERVING_ROLES } from '@shared/member/roles'

const g = (role: RoleName, orgId = 'b1'): RoleGrant => ({ role, orgId })

describe('role sets', () => {
  it('every role once; the committee inside the serving roles inside all', () => {
    expect(new Set(ROLE_NAMES).size).toBe(5)
    expect(BRANCH_COMMITTEE_ROLES).toEqual(['secretary', 'deputy', 'committeeMember'])
    expect(SERVING_ROLES).toEqual([...BRANCH_COMMITTEE_ROLES, 'groupLeader'])
    expect(SERVING_ROLES.every((r) => ROLE_NAMES.includes(r))).toBe(true)
  })
})

describe('onCommitteeOf', () => {
  it.each<[string, RoleGrant[] | null | undefined, string | null, boolean]>([
    ['secretary of the org', [g('secretary')], 'b1', true],
    ['deputy of the org', [g('deputy')], 'b1', true],
    ['committee member of the org', [g('committeeMember')], 'b1', true],
    ['group leader', [g('groupLeader')], 'b1', false],
    ['staff', [g('staff')], 'b1', false],
    ['secretary of another org', [g('secretary', 'b2')], 'b1', false],
    ['no org', [g('secretary')], null, false],
    ['no roles', null, 'b1', false]
  ])('%s → %s', (_n, grants, orgId, expected) => expect(onCommitteeOf(grants, orgId)).toBe(expected))
})

describe('hasRole and isStaff', () => {
  it.each<[RoleGrant[], string, RoleName[], boolean]>([
    [[g('secretary'), g('groupLeader', 'g1')], 'g1', ['groupLeader'], true],
    [[g('secretary'), g('groupLeader', 'g1')], 'b1', ['groupLeader'], false],
    [[g('staff', 'c1')], 'c1', ['staff'], true],
    [[], 'b1', ['secretary'], false]
  ])('hasRole(%j, %s, %j) = %s', (grants, orgId, names, expected) => expect(hasRole(grants, orgId, names)).toBe(expected))

  it.each<[RoleGrant[] | null, boolean]>([
    [[], false],
    [null, false],
    [[g('secretary')], false],
    [[g('staff', 'c1')], true]
  ])('isStaff(%j) = %s', (grants, expected) => expect(isStaff(grants)).toBe(expected))
})
