import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const save = (org: Record<string, unknown>, by: string = P.staff) => cloud.call({ action: 'saveOrg', org }, as(by))

describe('orgTree', () => {
  it.each([P.riderPlatform, P.b1Member, P.staff, P.longnanSecretary])('any bound member (%s) gets every org', async (who) => {
    const { orgs } = expectOk(await cloud.call({ action: 'orgTree' }, as(who)))
    expect(orgs).toHaveLength(17)
    expect(orgs.find((o: any) => o._id === 'org-committee')).toEqual({
      _id: 'org-committee',
      name: '甘肃公路养护集团党委',
      kind: 'committee',
      parentId: null,
      external: false
    })
    expect(
      orgs
        .filter((o: any) => o.external)
        .map((o: any) => o._id)
        .sort()
    ).toEqual(['org-community', 'org-platform', 'org-v-dingxi', 'org-v-gannan', 'org-v-longnan'])
  })

  it('unbound → NOT_BOUND; fields → INVALID_INPUT', async () => {
    expectFail(await cloud.call({ action: 'orgTree' }, 'wx-new'), 'NOT_BOUND')
    expectFail(await cloud.call({ action: 'orgTree', all: true }, as(P.b1Member)), 'INVALID_INPUT')
  })
})

describe('saveOrg', () => {
  it('creates a party group under a branch', async () => {
    const { org } = expectOk(await save({ name: '隧道养护党小组', kind: 'group', parentId: 'org-b1' }))
    expect(org).toMatchObject({ name: '隧道养护党小组', kind: 'group', parentId: 'org-b1', external: false })
    expect(org._id).toMatch(/^o_[0-9a-f]{12}$/)
    const { orgs } = expectOk(await cloud.call({ action: 'orgTree' }, as(P.b1Member)))
    expect(orgs.map((o: any) => o._id)).toContain(org._id)
  })

  it('creates an external village branch and a general branch with a branch under it', async () => {
    expectOk(await save({ name: '临夏州积石山县大河家镇村党支部', kind: 'branch', parentId: null, external: true }))
    const { org: gb } = expectOk(await save({ name: '机关党总支', kind: 'generalBranch', parentId: 'org-committee' }))
    expectOk(await save({ name: '财务党支部', kind: 'branch', parentId: gb._id }))
  })

  it('renames an org', async () => {
    expectOk(await save({ _id: 'org-b1', name: '第一公路养护中心党支部', kind: 'branch', parentId: 'org-committee' }))
    expect((await cloud.all('orgs', { _id: 'org-b1' }))[0].name).toBe('第一公路养护中心党支部')
  })

  it.each([
    ['group under the committee', { name: 'x', kind: 'group', parentId: 'org-committee' }, '党小组的上级必须是'],
    ['group under a group', { name: 'x', kind: 'group', parentId: 'org-b1-g1' }, '党小组的上级必须是'],
    ['branch without parent', { name: 'x', kind: 'branch', parentId: null }, '必须有上级组织'],
    ['unknown parent', { name: 'x', kind: 'branch', parentId: 'org-nope' }, '上级组织不存在'],
    ['second committee', { name: 'x', kind: 'committee', parentId: null }, '已存在党委'],
    ['branch under a village branch', { name: 'x', kind: 'branch', parentId: 'org-v-longnan' }, '不能挂在外部组织下'],
    ['external under our tree', { name: 'x', kind: 'branch', parentId: 'org-committee', external: true }, '外部组织不能挂在'],
    ['sibling name clash', { name: '第二养护中心党支部', kind: 'branch', parentId: 'org-committee' }, '同名'],
    ['parent is itself', { _id: 'org-b1', name: 'x', kind: 'branch', parentId: 'org-b1' }, '不能是自己']
  ])('%s → INVALID_INPUT', async (_label, org, reason) => {
    const before = await cloud.count('orgs')
    const res = expectFail(await save(org), 'INVALID_INPUT')
    expect(res.message).toContain(reason)
    expect(await cloud.count('orgs')).toBe(before)
  })

  it.each([
    ['bad kind', { name: 'x', kind: 'cell', parentId: 'org-b1' }],
    ['missing name', { kind: 'group', parentId: 'org-b1' }],
    ['name too long', { name: '党'.repeat(51), kind: 'group', parentId: 'org-b1' }],
    ['missing parentId', { name: 'x', kind: 'group' }],
    ['bad id characters', { _id: '../x', name: 'x', kind: 'group', parentId: 'org-b1' }],
    ['external not a boolean', { name: 'x', kind: 'branch', parentId: null, external: 'yes' }],
    ['extra field', { name: 'x', kind: 'group', parentId: 'org-b1', secretary: 'm07' }]
  ])('%s → INVALID_INPUT', async (_label, org) => {
    expectFail(await save(org), 'INVALID_INPUT')
  })

  it('changing the kind of an org members belong to → CONFLICT', async () => {
    expectFail(await save({ _id: 'org-b1', name: '第一养护中心党支部', kind: 'jointBranch', parentId: 'org-committee' }), 'CONFLICT')
  })

  it('changing the kind of an org only a role refers to → CONFLICT; with no references it is allowed', async () => {
    const { org } = expectOk(await save({ name: '新建支部', kind: 'branch', parentId: 'org-committee' }))
    expectOk(await save({ _id: org._id, name: '新建支部', kind: 'jointBranch', parentId: 'org-committee' }))
    expectOk(await cloud.call({ action: 'setRoles', memberId: P.b1Member, roles: [{ orgId: org._id, role: 'deputy' }] }, as(P.staff)))
    expectFail(await save({ _id: org._id, name: '新建支部', kind: 'branch', parentId: 'org-committee' }), 'CONFLICT')
  })

  it('an unknown _id → NOT_FOUND', async () => {
    expectFail(await save({ _id: 'org-nope', name: 'x', kind: 'branch', parentId: 'org-committee' }), 'NOT_FOUND')
  })

  it.each([
    ['secretary', P.b1Secretary],
    ['member', P.b1Member]
  ])('%s → FORBIDDEN', async (_label, by) => {
    expectFail(await save({ name: 'x', kind: 'group', parentId: 'org-b1' }, by), 'FORBIDDEN')
    expect(await cloud.count('orgs')).toBe(17)
  })
})
