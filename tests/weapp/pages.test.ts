// Home, identity card and roster pages of the weapp build.
import { answer, cloudData, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { card, roster, whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})

describe('home page (weapp build)', () => {
  it('greets the member and opens the identity card', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.findText('王芳，您好')
    expect(page.text()).toContain('第一养护站党支部')
    expect(page.text()).not.toContain('支部花名册')
    await page.tap('我的身份卡')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/pages/card/index')
  })

  it('marks no feature 即将上线 any more: 我的学习 opens the study subpackage', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.findText('王芳，您好')
    expect(page.byClass('entry-tile--disabled')).toEqual([])
    await page.tap('我的学习')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/study/pages/my/index')
  })

  it('gives a secretary the roster tile, into the subpackage', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary()) })
    page = mountPage('pages/home/index')
    await page.tap('支部花名册')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/member/pages/roster/index')
  })

  it('puts a secretary’s branch tools first and what waits for them above all (待办)', async () => {
    const todo = [
      {
        kind: 'recordTalk',
        periodId: 'p0',
        periodName: '2026年第三季度',
        memberId: 'r2',
        name: '赵敏',
        dueAt: '2026-10-20T10:00:00.000Z',
        overdue: true
      }
    ]
    answer({ 'member.whoami': () => ok({ ...whoSecretary(), todo }) })
    page = mountPage('pages/home/index')
    await page.findText('记录谈话：赵敏')
    expect(page.byClass('home__section-title').map((e) => e.textContent)).toEqual(['支部工作', '我的'])
    expect(
      page
        .byClass('entry-tile__title')
        .slice(0, 3)
        .map((e) => e.textContent)
    ).toEqual(['支部花名册', '活动签到', '考评管理'])
    await page.tap('记录谈话：赵敏')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/assessment/pages/period/index?periodId=p0')
  })

  it('puts committee staff’s committee tools first (not an empty roster)', async () => {
    answer({ 'member.whoami': () => ok(whoStaff()) })
    page = mountPage('pages/home/index')
    await page.findText('党委工作')
    expect(
      page
        .byClass('entry-tile__title')
        .slice(0, 5)
        .map((e) => e.textContent)
    ).toEqual(['组织架构', '导入名册', '签到台账', '考评总览', '考评细则'])
    expect(page.text()).not.toContain('支部花名册')
  })

  it('has no demo identity switch in WeChat', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.findText('王芳，您好')
    expect(page.text()).not.toContain('切换演示身份')
  })
})

describe('identity card page (weapp build)', () => {
  it('shows the badge and dual management', async () => {
    answer({ 'member.card': () => ok(card()) })
    page = mountPage('pages/card/index')
    await page.findText('王芳')
    const t = page.text()
    for (const s of [
      '共产党员',
      '正式党员',
      '13 年',
      '劳务派遣',
      '组织关系所在',
      '陇南市某村党支部',
      '参加组织生活',
      '第二养护站党支部',
      '考核单位',
      '路面党小组'
    ]) {
      expect(t).toContain(s)
    }
    expect(cloudData('card')).toEqual([{ action: 'card' }])
  })

  it('honours fifty years in the Party', async () => {
    answer({ 'member.card': () => ok(card({ politicalAge: 50, honour: { kind: 'fiftyYears' } })) })
    page = mountPage('pages/card/index')
    await page.findText('光荣在党50年')
  })

  it('shows a server error in Chinese with a retry', async () => {
    let n = 0
    answer({ 'member.card': () => (++n === 1 ? fail('INTERNAL', '服务繁忙，请稍后重试') : ok(card())) })
    page = mountPage('pages/card/index')
    await page.findText('服务繁忙，请稍后重试')
    await page.tap('重试')
    await page.findText('王芳')
  })
})

describe('roster page (weapp build, packageOrg subpackage)', () => {
  const script = {
    'member.whoami': () => ok(whoSecretary(['b1', 'b2'])),
    'member.roster': (d: any) => {
      const r = roster(d.orgId)
      return ok({ ...r, members: r.members.filter((m) => !d.search || m.name.includes(d.search)) })
    }
  }

  it('lists members with status, tags and the phone only where given', async () => {
    answer(script)
    page = mountPage('member/pages/roster/index')
    await page.findText('张伟')
    const rows = page.byClass('roster__row').map((e) => e.textContent)
    expect(rows).toEqual([
      '张伟正式党员本支部考核电话 13900005678',
      '赵敏预备党员派遣本支部考核',
      '孙强正式党员新就业组织关系在本支部·在外'
    ])
    expect(page.byClass('tag--warn').map((e) => e.textContent)).toEqual(['派遣', '新就业'])
  })

  it('filters by name as you type and searches on the server with 搜索', async () => {
    answer(script)
    page = mountPage('member/pages/roster/index')
    await page.findText('共 3 人')
    await page.input('roster__input', '赵')
    await page.findText('共 1 人')
    expect(page.text()).not.toContain('张伟')
    expect(cloudData('roster')).toHaveLength(1)
    await page.tap('搜索')
    await waitUntil(() => cloudData('roster').length === 2, 'server search')
    expect(cloudData('roster')[1]).toEqual({ action: 'roster', orgId: 'b1', search: '赵' })
  })

  it('switches org with the picker', async () => {
    answer(script)
    page = mountPage('member/pages/roster/index')
    await page.findText('选择组织')
    const tab = await waitUntil(() => page!.byClass('roster__org').find((e) => e.textContent === '第二养护站党支部'), 'the second org tab')
    expect(tab).toBeTruthy()
    await page.tap('第二养护站党支部')
    await waitUntil(() => cloudData('roster').length === 2, 'roster of the second org')
    expect(cloudData('roster')[1]).toEqual({ action: 'roster', orgId: 'b2' })
    await waitUntil(() => page!.byClass('roster__org--on')[0]?.textContent === '第二养护站党支部', 'tab selected')
  })
})
