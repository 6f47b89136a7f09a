import { checkOrgSave, checkRoles, type OrgLike } from '@shared/member/orgRules'

const tree: OrgLike[] = [
  { _id: 'K', name: '集团党委', kind: 'committee', parentId: null, external: false },
  { _id: 'GB', name: '机关党总支', kind: 'generalBranch', parentId: 'K', external: false },
  { _id: 'B1', name: '第一支部', kind: 'branch', parentId: 'K', external: false },
  { _id: 'J1', name: '联合支部', kind: 'jointBranch', parentId: 'GB', external: false },
  { _id: 'G1', name: '第一小组', kind: 'group', parentId: 'B1', external: false },
  { _id: 'V', name: '石门村党支部', kind: 'branch', parentId: null, external: true }
]
const org = (o: Partial<OrgLike>): OrgLike => ({ _id: 'NEW', name: '新组织', kind: 'branch', parentId: 'K', external: false, ...o })

describe('checkOrgSave', () => {
  it.each([
    ['branch under committee', org({}), null],
    ['branch under general branch', org({ parentId: 'GB' }), null],
    ['joint branch under committee', org({ kind: 'jointBranch' }), null],
    ['group under branch', org({ kind: 'group', parentId: 'B1' }), null],
    ['group under joint branch', org({ kind: 'group', parentId: 'J1' }), null],
    ['external village branch without parent', org({ parentId: null, external: true }), null],
    ['rename an existing org', { ...tree[2], name: '第一养护中心党支部' }, null],
    ['group under committee', org({ kind: 'group', parentId: 'K' }), '党小组的上级必须是党支部或联合党支部或党总支'],
    ['group under group', org({ kind: 'group', parentId: 'G1' }), '党小组的上级必须是'],
    ['branch under a group', org({ parentId: 'G1' }), '党支部的上级必须是党委或党总支'],
    ['general branch under branch', org({ kind: 'generalBranch', parentId: 'B1' }), '党总支的上级必须是党委'],
    ['branch without parent', org({ parentId: null }), '党支部必须有上级组织'],
    ['unknown parent', org({ parentId: 'nope' }), '上级组织不存在'],
    ['second committee', org({ kind: 'committee', parentId: null }), '已存在党委：集团党委'],
    ['committee with parent', { ...tree[0], parentId: 'B1' }, '党委不能有上级组织'],
    ['own branch under an external org', org({ parentId: 'V' }), '本党委的组织不能挂在外部组织下'],
    ['external org under our tree', org({ external: true }), '外部组织不能挂在本党委的组织树下'],
    ['external group', org({ kind: 'group', parentId: null, external: true }), '外部组织只能是'],
    ['parent is itself', { ...tree[1], parentId: 'GB' }, '上级组织不能是自己'],
    ['cycle', { ...tree[1], kind: 'generalBranch' as const, parentId: 'J1' }, '上级'],
    ['kind change breaks a child', { ...tree[1], kind: 'branch' as const }, '下级组织「联合支部」将不再合规'],
    ['sibling with the same name', org({ name: '第一支部' }), '同一上级下已有同名组织']
  ])('%s', (_label, o, reason) => {
    const r = checkOrgSave(o, tree)
    if (reason === null) expect(r).toBeNull()
    else expect(r).toContain(reason)
  })
})

describe('checkRoles', () => {
  const byId = new Map(tree.map((o) => [o._id, o]))
  it.each([
    [[{ orgId: 'B1', role: 'secretary' }], []],
    [
      [
        { orgId: 'G1', role: 'groupLeader' },
        { orgId: 'B1', role: 'committeeMember' }
      ],
      []
    ],
    [[{ orgId: 'K', role: 'staff' }], []],
    [[{ orgId: 'V', role: 'secretary' }], []],
    [[{ orgId: 'B1', role: 'groupLeader' }], ['「第一支部」是党支部，不能设党小组长']],
    [[{ orgId: 'G1', role: 'secretary' }], ['「第一小组」是党小组，不能设书记']],
    [[{ orgId: 'B1', role: 'staff' }], ['「第一支部」是党支部，不能设党委工作人员']],
    [[{ orgId: 'nope', role: 'deputy' }], ['第 1 项角色的组织不存在']],
    [
      [
        { orgId: 'B1', role: 'deputy' },
        { orgId: 'B1', role: 'deputy' }
      ],
      ['第 2 项角色重复']
    ]
  ] as const)('%o → %o', (roles, reasons) => {
    expect(checkRoles([...roles], byId)).toEqual(reasons)
  })
})
