// Secretary and committee-staff pages of the packageOrg subpackage in the weapp build:
// member (card, invitation code, role editor), org tree, roster import; and the roster → member tap.
import { answer, cloudData, committed, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { card, orgList, roster, unboundCard, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { IMPORT_HEADER, IMPORT_HEADER_ZH } from '@/member/importCsv'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})

const INVITE = { code: 'K7M2Q9XA', expiresAt: '2026-11-28T02:15:00.000Z' }

describe('roster → member (weapp build)', () => {
  it('opens the member page with the member id when a row is tapped', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary()), 'member.roster': (d) => ok(roster(d.orgId)) })
    page = mountPage('member/pages/roster/index')
    await page.tap('赵敏')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/member/pages/member/index?id=r2')
  })
})

describe('member page (weapp build)', () => {
  it('reads the id from the page query, shows the card and generates an invitation code', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary()), 'member.card': () => ok(unboundCard()), 'member.createInvite': () => ok(INVITE) })
    page = mountPage('member/pages/member/index', { id: 'r2' })
    await page.findText('赵敏')
    expect(cloudData('card')).toEqual([{ action: 'card', memberId: 'r2' }])
    expect(page.text()).toContain('未绑定微信')
    await page.tap('生成邀请码')
    await page.findText('K7M2 Q9XA')
    expect(cloudData('createInvite')).toEqual([{ action: 'createInvite', memberId: 'r2' }])
    expect(page.byClass('invite__code').map((e) => e.textContent)).toEqual(['K7M2 Q9XA'])
    expect(page.text()).toContain('有效期至 2026-11-28 10:15（北京时间）')
    expect(page.text()).toContain('请成员在“绑定党员身份”页选择“邀请码”输入')
  })

  it('shows the refusal in Chinese', async () => {
    answer({
      'member.whoami': () => ok(whoSecretary()),
      'member.card': () => ok(unboundCard()),
      'member.createInvite': () => fail('FORBIDDEN', '只有该党员所在支部的书记可以生成邀请码')
    })
    page = mountPage('member/pages/member/index', { id: 'r2' })
    await page.tap('生成邀请码')
    await page.findText('只有该党员所在支部的书记可以生成邀请码')
  })

  it('gives committee staff the role editor: remove a grant, add one, save', async () => {
    answer({
      'member.whoami': () => ok(whoStaff()),
      'member.card': () =>
        ok({ ...card(), member: { ...card().member, _id: 'r1', name: '张伟', groupId: null, roles: [{ orgId: 'b1', role: 'deputy' }] } }),
      'member.orgTree': () => ok({ orgs: orgList }),
      'member.setRoles': (d) => ok({ member: { ...card().member, _id: 'r1', roles: d.roles } })
    })
    page = mountPage('member/pages/member/index', { id: 'r1' })
    await page.findText('职务与权限')
    await page.findText('副书记')
    await page.tap('移除')
    await page.findText('暂无职务')
    await page.tap('添加职务')
    await waitUntil(() => page!.byClass('role-editor__org-row').length === 4, 'org choices')
    const groupRow = page.byClass('role-editor__org-row').find((e) => e.textContent === '路面党小组党小组')
    expect(groupRow).toBeTruthy()
    expect(groupRow!.getAttribute('class')).toContain('role-editor__org-row--d2')
    await page.tap('路面党小组')
    await page.tap('党小组长')
    // a user taps 保存 once the list shows the new grant (and the button is enabled)
    await waitUntil(() => page!.text().includes('党小组长路面党小组') && !page!.byClass('big-button--disabled').length, 'grant listed')
    await page.tap('保存职务')
    await page.findText('职务已保存')
    expect(cloudData('setRoles')).toEqual([{ action: 'setRoles', memberId: 'r1', roles: [{ orgId: 'g1', role: 'groupLeader' }] }])
  })
})

describe('org tree page (weapp build)', () => {
  it('shows the tree indented with kind labels and adds an org', async () => {
    answer({ 'member.orgTree': () => ok({ orgs: orgList }), 'member.saveOrg': (d) => ok({ org: { _id: 'g9', ...d.org } }) })
    page = mountPage('member/pages/orgs/index')
    await page.findText('养护集团党委')
    const rows = page.byClass('orgs__row').map((e) => e.textContent)
    expect(rows).toEqual([
      '养护集团党委党委',
      '第一养护站党支部党支部',
      '路面党小组党小组',
      '第二养护站党支部党支部',
      '陇南市某村党支部党支部外部'
    ])
    expect(page.byClass('orgs__row--d2').map((e) => e.textContent)).toEqual(['路面党小组党小组'])
    await page.tap('新增组织')
    await page.input('org-form__input', '桥梁党小组')
    await committed()
    const kind = await waitUntil(() => page!.byClass('chips__chip').find((e) => e.textContent === '党小组'), 'kind chip')
    expect(kind).toBeTruthy()
    await page.tap('党小组')
    await waitUntil(() => page!.byClass('org-form__parent').length === 2, 'parent choices')
    expect(page.byClass('org-form__parent').map((e) => e.textContent)).toEqual(['第一养护站党支部', '第二养护站党支部'])
    await page.tap('第二养护站党支部')
    await waitUntil(() => page!.byClass('org-form__parent--on')[0]?.textContent === '第二养护站党支部', 'parent selected')
    await page.tap('保存')
    await page.findText('已保存：桥梁党小组')
    expect(cloudData('saveOrg')).toEqual([
      { action: 'saveOrg', org: { name: '桥梁党小组', kind: 'group', parentId: 'b2', external: false } }
    ])
  })
})

describe('roster import page (weapp build)', () => {
  it('shows the Chinese header, sends the pasted text and lists every bad row', async () => {
    answer({
      'member.importRoster': () =>
        ({
          ok: false,
          code: 'IMPORT_ROWS_INVALID',
          message: '有 1 行数据有误，未导入任何数据，请修改后重新导入',
          details: [{ row: 2, reason: '手机号应为 11 位大陆手机号' }]
        }) as any
    })
    page = mountPage('member/pages/import/index')
    await page.findText(IMPORT_HEADER_ZH)
    const csv = `${IMPORT_HEADER}\n张三,13909311234,full,contract,b1,b1,b1,,2015-07-01,\n李四,123,full,contract,b1,b1,b1,,2015-07-01,`
    await page.input('import__textarea', csv)
    await committed()
    await page.tap('导入')
    await page.findText('手机号应为 11 位大陆手机号')
    expect(cloudData('importRoster')).toEqual([{ action: 'importRoster', csv }])
    expect(page.byClass('import__bad-row').map((e) => e.textContent)).toEqual(['第 2 行手机号应为 11 位大陆手机号'])
  })

  it('says how many were imported', async () => {
    answer({ 'member.importRoster': () => ok({ imported: 2, memberIds: ['m_1', 'm_2'] }) })
    page = mountPage('member/pages/import/index')
    await page.input('import__textarea', `${IMPORT_HEADER}\n张三,13909311234,full,contract,b1,b1,b1,,2015-07-01,`)
    await committed()
    await page.tap('导入')
    await page.findText('导入成功：共 2 人')
  })
})
