import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const setRoles = (memberId: string, roles: unknown, by: string = P.staff) => cloud.call({ action: 'setRoles', memberId, roles }, as(by))

describe('setRoles', () => {
  it('committee staff grant a role, which takes effect at once', async () => {
    expectFail(await cloud.call({ action: 'roster', orgId: 'org-b1-g2' }, as(P.b1Member2)), 'FORBIDDEN')
    const data = expectOk(await setRoles(P.b1Member2, [{ orgId: 'org-b1-g2', role: 'groupLeader' }]))
    expect(data.member).toMatchObject({ _id: P.b1Member2, roles: [{ orgId: 'org-b1-g2', role: 'groupLeader' }], bound: true })
    expect(data.member).not.toHaveProperty('phone')
    expectOk(await cloud.call({ action: 'roster', orgId: 'org-b1-g2' }, as(P.b1Member2)))
  })

  it('replaces the roles (an empty list removes them all)', async () => {
    expectOk(await setRoles(P.b1Deputy, []))
    expectFail(await cloud.call({ action: 'roster', orgId: 'org-b1' }, as(P.b1Deputy)), 'FORBIDDEN')
  })

  it('one secretary per org: CONFLICT until the old one is relieved', async () => {
    expectFail(await setRoles(P.b1Deputy, [{ orgId: 'org-b1', role: 'secretary' }]), 'CONFLICT')
    expectOk(await setRoles(P.b1Secretary, [{ orgId: 'org-b1', role: 'deputy' }]))
    expectOk(await setRoles(P.b1Deputy, [{ orgId: 'org-b1', role: 'secretary' }]))
    expect((await cloud.all('members', { _id: P.b1Deputy }))[0].roles).toEqual([{ orgId: 'org-b1', role: 'secretary' }])
  })

  it('re-saving the current secretary is fine', async () => {
    expectOk(
      await setRoles(P.b1Secretary, [
        { orgId: 'org-b1', role: 'secretary' },
        { orgId: 'org-b1-g1', role: 'groupLeader' }
      ])
    )
  })

  it('a staff member cannot drop their own staff role', async () => {
    expectFail(await setRoles(P.staff, []), 'FORBIDDEN')
    expectOk(
      await setRoles(P.staff, [
        { orgId: 'org-committee', role: 'staff' },
        { orgId: 'org-b3', role: 'committeeMember' }
      ])
    )
    expectOk(await setRoles(P.staff, [], P.staff2))
  })

  it.each([
    ['group leader of a branch', [{ orgId: 'org-b1', role: 'groupLeader' }]],
    ['secretary of a group', [{ orgId: 'org-b1-g1', role: 'secretary' }]],
    ['staff on a branch', [{ orgId: 'org-b1', role: 'staff' }]],
    ['unknown org', [{ orgId: 'org-nope', role: 'deputy' }]],
    [
      'duplicate grant',
      [
        { orgId: 'org-b1', role: 'deputy' },
        { orgId: 'org-b1', role: 'deputy' }
      ]
    ],
    ['unknown role', [{ orgId: 'org-b1', role: 'king' }]],
    ['extra field in a grant', [{ orgId: 'org-b1', role: 'deputy', since: '2020-01-01' }]],
    ['not a list', { orgId: 'org-b1', role: 'deputy' }],
    ['21 grants', Array.from({ length: 21 }, () => ({ orgId: 'org-b1', role: 'deputy' }))]
  ])('%s → INVALID_INPUT, nothing written', async (_label, roles) => {
    expectFail(await setRoles(P.b1Member, roles), 'INVALID_INPUT')
    expect((await cloud.all('members', { _id: P.b1Member }))[0].roles).toEqual([])
  })

  it('missing memberId → INVALID_INPUT; unknown member → NOT_FOUND', async () => {
    expectFail(await cloud.call({ action: 'setRoles', roles: [] }, as(P.staff)), 'INVALID_INPUT')
    expectFail(await setRoles('nobody', []), 'NOT_FOUND')
  })

  it.each([
    ['secretary', P.b1Secretary],
    ['deputy', P.b1Deputy],
    ['member', P.b1Member]
  ])('%s → FORBIDDEN', async (_label, by) => {
    expectFail(await setRoles(P.b1Member, [{ orgId: 'org-b1', role: 'deputy' }], by), 'FORBIDDEN')
    expect((await cloud.all('members', { _id: P.b1Member }))[0].roles).toEqual([])
  })
})
