/** @jest-environment node */
import { canInvite, canSeeRoster, landingFor, memberPage, rosterOrgIds } from '@/core/session'

const g = (role: string, orgId = 'b1') => ({ role, orgId }) as any

describe('landingFor: everyone bound lands on home (their tools first), the unbound on bind', () => {
  it.each([
    ['not bound', { bound: false }, 'bind'],
    ['plain member', { bound: true, roles: [] }, 'home'],
    ['group leader', { bound: true, roles: [g('groupLeader', 'grp1')] }, 'home'],
    ['committee member', { bound: true, roles: [g('committeeMember')] }, 'home'],
    ['secretary', { bound: true, roles: [g('secretary')] }, 'home'],
    ['deputy', { bound: true, roles: [g('deputy')] }, 'home'],
    ['staff', { bound: true, roles: [g('staff', 'c1')] }, 'home'],
    ['roles only on member', { bound: true, member: { roles: [g('secretary')] } }, 'home']
  ])('%s → %s', (_name, who, landing) => {
    expect(landingFor(who as any)).toBe(landing)
  })
})

describe('rosterOrgIds', () => {
  it.each([
    [[], []],
    [null, []],
    [
      [g('secretary', 'b1'), g('staff', 'c1')],
      ['b1', 'c1']
    ],
    [[g('secretary', 'b1'), g('deputy', 'b1')], ['b1']],
    [[g('groupLeader', 'grp'), g('secretary', 'b2')], ['b2']]
  ])('%j → %j', (roles, ids) => {
    expect(rosterOrgIds(roles as any)).toEqual(ids)
    expect(canSeeRoster(roles as any)).toBe(ids.length > 0)
  })
})

describe('invitation rights', () => {
  const m = { activeOrgIds: ['b1', 'b2'], assessingOrgId: 'b3' }
  it.each([
    ['secretary of an active org', [g('secretary', 'b2')], true],
    ['secretary of the assessing org', [g('secretary', 'b3')], true],
    ['secretary elsewhere', [g('secretary', 'b9')], false],
    ['deputy of an active org', [g('deputy', 'b1')], false],
    ['staff', [g('staff', 'c1')], false]
  ])('%s → %s', (_n, roles, expected) => expect(canInvite(roles, m)).toBe(expected))

  it('builds the member page url', () => {
    expect(memberPage('m20')).toBe('/member/pages/member/index?id=m20')
    expect(memberPage('m_a b')).toBe('/member/pages/member/index?id=m_a%20b')
  })
})
