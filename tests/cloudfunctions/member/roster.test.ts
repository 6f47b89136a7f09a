import { demoPhone } from '@localcloud/seed/demo'
import { as, B1_MEMBERS, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('all')

const ids = (data: any) => data.members.map((m: any) => m._id).sort()
const byId = (data: any, id: string) => data.members.find((m: any) => m._id === id)

describe('roster: who may open which roster', () => {
  it.each([
    // viewer, orgId (undefined = default), org shown, member ids, phones shown
    ['B1 secretary, default org', P.b1Secretary, undefined, 'org-b1', B1_MEMBERS, true],
    ['B1 deputy', P.b1Deputy, 'org-b1', 'org-b1', B1_MEMBERS, false],
    ['B1 committee member, default = first served org', P.b1CommitteeAndG1Leader, undefined, 'org-b1', B1_MEMBERS, false],
    ['G1 leader, own group', P.b1CommitteeAndG1Leader, 'org-b1-g1', 'org-b1-g1', ['m03', 'm05', 'm07', 'm09', 'm10', 'm13'], false],
    ['G2 leader, default', P.b1G2Leader, undefined, 'org-b1-g2', ['m04', 'm06', 'm08', 'm11', 'm12'], false],
    ['B2 secretary', P.b2Secretary, undefined, 'org-b2', ['m14', 'm15', 'm16', 'm17', 'm18', 'm19', 'm20', 'm21', 'm22'], true],
    ['joint branch secretary', P.jbSecretary, undefined, 'org-jb', ['m28', 'm29', 'm30', 'm31', 'm40'], true],
    ['platform secretary: riders active there', P.platformSecretary, undefined, 'org-platform', ['m33', 'm35', 'm36', 'm37', 'm38'], true],
    ['community secretary: riders 双报到', P.communitySecretary, undefined, 'org-community', ['m34', 'm35', 'm36', 'm37', 'm38'], true],
    ['committee staff, any branch', P.staff, 'org-b1', 'org-b1', B1_MEMBERS, false],
    ['committee staff, default = committee', P.staff, undefined, 'org-committee', [], false]
  ])('%s', async (_label, viewer, orgId, org, members, phones) => {
    const data = expectOk(await cloud.call({ action: 'roster', ...(orgId ? { orgId } : {}) }, as(viewer)))
    expect(data.org._id).toBe(org)
    expect(ids(data)).toEqual([...members].sort())
    for (const m of data.members) {
      if (m._id === viewer) expect(m.phone).toBe(demoPhone(viewer))
      else if (phones) expect(m.phone).toBe(demoPhone(m._id))
      else expect(m).not.toHaveProperty('phone')
    }
  })

  it.each([
    ['plain member, default', P.b1Member, undefined],
    ['plain member, own branch', P.b1Member, 'org-b1'],
    ['G2 leader, whole branch', P.b1G2Leader, 'org-b1'],
    ['G2 leader, other group', P.b1G2Leader, 'org-b1-g1'],
    ['B2 secretary, B1', P.b2Secretary, 'org-b1'],
    ['B1 secretary, B2', P.b1Secretary, 'org-b2'],
    ['village secretary, B1 (where their member works)', P.longnanSecretary, 'org-b1'],
    ['rider, platform', P.riderPlatform, 'org-platform'],
    ['B1 secretary, unknown org', P.b1Secretary, 'org-nope']
  ])('%s → FORBIDDEN', async (_label, viewer, orgId) => {
    expectFail(await cloud.call({ action: 'roster', ...(orgId ? { orgId } : {}) }, as(viewer)), 'FORBIDDEN')
  })

  it('committee staff, unknown org → NOT_FOUND', async () => {
    expectFail(await cloud.call({ action: 'roster', orgId: 'org-nope' }, as(P.staff)), 'NOT_FOUND')
  })

  it('unbound → NOT_BOUND', async () => {
    expectFail(await cloud.call({ action: 'roster' }, 'wx-new'), 'NOT_BOUND')
  })
})

describe('roster: dispatched members and privacy', () => {
  it('includes dispatched members from village branches in the branch where they do org life, with phone for the secretary', async () => {
    const data = expectOk(await cloud.call({ action: 'roster' }, as(P.b1Secretary)))
    expect(byId(data, P.dispatchedLongnan)).toMatchObject({
      homeOrgId: 'org-v-longnan',
      relation: ['active', 'assessing'],
      phone: demoPhone(P.dispatchedLongnan)
    })
    expect(byId(data, P.b1Member).relation).toEqual(['active', 'assessing', 'home'])
    expect(data.orgs['org-v-longnan'].name).toBe('陇南市武都区石门乡石门村党支部')
  })

  it("shows the home org's secretary their dispatched members elsewhere: basic info, no phone", async () => {
    const data = expectOk(await cloud.call({ action: 'roster' }, as(P.longnanSecretary)))
    expect(ids(data)).toEqual(['m10', 'm11', 'm32'])
    for (const id of ['m10', 'm11']) {
      expect(byId(data, id).relation).toEqual(['home'])
      expect(byId(data, id)).not.toHaveProperty('phone')
      expect(byId(data, id).activeOrgIds).toEqual(['org-b1'])
    }
    expect(byId(data, 'm32').phone).toBe(demoPhone('m32'))
  })

  it('committee staff see home-only members too, never phones', async () => {
    const data = expectOk(await cloud.call({ action: 'roster', orgId: 'org-v-dingxi' }, as(P.staff)))
    expect(ids(data)).toEqual(['m12', 'm21', 'm37'])
    expect(data.members.every((m: any) => !('phone' in m))).toBe(true)
  })

  it('marks unbound entries', async () => {
    const data = expectOk(await cloud.call({ action: 'roster' }, as(P.b1Secretary)))
    expect(byId(data, P.unboundLongnan).bound).toBe(false)
    expect(byId(data, P.b1Member).bound).toBe(true)
  })

  it('never leaks fields beyond the contract', async () => {
    const data = expectOk(await cloud.call({ action: 'roster' }, as(P.b1Deputy)))
    for (const m of data.members) {
      expect(Object.keys(m).sort()).toEqual(
        [
          '_id',
          'activeOrgIds',
          'assessingOrgId',
          'bound',
          'employment',
          'fullAt',
          'groupId',
          'homeOrgId',
          'joinedAt',
          'name',
          'partyStatus',
          'relation',
          'roles'
        ]
          .concat(m._id === P.b1Deputy ? ['phone'] : [])
          .sort()
      )
    }
  })
})

describe('roster: search', () => {
  it.each([
    ['王', ['m03']],
    ['海', ['m06']],
    ['  国 ', ['m10']],
    ['不存在', []],
    ['', ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13']],
    ['.*', []]
  ])('%j', async (search, expected) => {
    expect(ids(expectOk(await cloud.call({ action: 'roster', search }, as(P.b1Secretary))))).toEqual(expected)
  })

  it.each([
    ['search too long', { search: '张'.repeat(21) }],
    ['search not a string', { search: 1 }],
    ['orgId not a string', { orgId: ['org-b1'] }],
    ['orgId 10 KB', { orgId: 'o'.repeat(10 * 1024) }],
    ['unknown field', { page: 2 }]
  ])('%s → INVALID_INPUT', async (_label, fields) => {
    expectFail(await cloud.call({ action: 'roster', ...fields }, as(P.b1Secretary)), 'INVALID_INPUT')
  })
})
