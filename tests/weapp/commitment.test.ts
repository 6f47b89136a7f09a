// The commitment subpackage in the weapp build: the home tile, the card form (renders the template's sections,
// validates before sending, saves a draft as the member types), the review page and the public wall.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { answer, cloudData, committed, DIST, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember } from '@tests/src/helpers/fixtures'
import { card, fullItems, myCard, template, version, wall } from '@tests/src/helpers/commitFixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})
afterEach(() => {
  page?.unmount()
  page = null
})

describe('home → 我的承诺卡 (weapp build)', () => {
  it('opens the commitment subpackage from the tile', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.tap('我的承诺卡')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/commitment/pages/my/index')
  })

  it('keeps the card form’s code out of the main package', () => {
    const main = ['app.js', 'common.js', 'vendors.js']
      .map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.readFileSync(path.join(DIST, f), 'utf8') : ''))
      .join('')
    expect(main).not.toContain('空口号不能提交')
    expect(fs.readFileSync(path.join(DIST, 'commitment/pages/my/index.js'), 'utf8').length).toBeGreaterThan(0)
  })
})

describe('我的承诺卡 (weapp build)', () => {
  it('renders the template’s sections and refuses an empty slogan before sending', async () => {
    const items = fullItems().map((i) => (i.id === 'measures-1' ? { ...i, target: '', deadline: null } : i))
    answer({ 'commitment.myCard': () => ok(myCard({ card: card({ items }), tasks: [] })) })
    page = mountPage('commitment/pages/my/index')
    await page.findText('2026年 我的承诺卡')
    expect(page.byClass('cm-my__section-name').map((e) => e.textContent)).toEqual([
      '工作目标',
      '争优措施',
      '承诺事项',
      '学习提升',
      '服务群众',
      'X · 组织安排的任务'
    ])
    await page.tap('提交审核')
    await page.findText('「争优措施」第 1 项：请填写可衡量的目标或选择完成时限（至少一项），空口号不能提交')
    expect(cloudData('submitCard')).toEqual([])
  })

  it('saves a draft with the card’s rev once the member stops typing', async () => {
    answer({
      'commitment.myCard': () => ok(myCard({ card: card({ items: fullItems() }), tasks: [] })),
      'commitment.saveDraft': (d) => ok({ card: card({ items: d.items, rev: d.rev + 1 }) })
    })
    page = mountPage('commitment/pages/my/index')
    await page.findText('2026年 我的承诺卡')
    await page.input('ao-field__input', '完成辖区 12 座桥梁巡查', 0)
    await committed()
    await waitUntil(() => cloudData('saveDraft').length === 1, 'saveDraft', 4000)
    expect(cloudData('saveDraft')[0]).toMatchObject({ action: 'saveDraft', year: 2026, rev: 3 })
    expect(cloudData('saveDraft')[0].items[0]).toEqual({ ...fullItems()[0], what: '完成辖区 12 座桥梁巡查' })
    await page.findText('已自动保存')
  })
})

describe('审核承诺卡 (weapp build)', () => {
  it('approves, and tells the second reviewer 已被他人处理，请刷新', async () => {
    answer({
      'commitment.getCard': () =>
        ok({ card: card({ status: 'submitted', rev: 4 }), versions: [version()], checks: [], template: template(), tasks: [] }),
      'commitment.reviewCard': () => fail('CONFLICT', '承诺卡已变化')
    })
    page = mountPage('commitment/pages/review/index', { cardId: 'm1:2026' })
    await page.findText('王芳 · 2026年承诺卡')
    await page.tap('通过')
    await page.findText('已被他人处理，请刷新')
    expect(cloudData('reviewCard')).toEqual([{ action: 'reviewCard', cardId: 'm1:2026', rev: 4, decision: 'approve' }])
  })
})

describe('亮承诺, public (weapp build)', () => {
  it('opens from its link without an account: only publicWall, no sign-in', async () => {
    answer({ 'commitment.publicWall': () => ok(wall()) })
    page = mountPage('commitment/pages/public/index', { token: 'wT0k3n' })
    await page.findText('王芳')
    expect(wx.cloud.callFunction.mock.calls.map(([a]) => a.data.action)).toEqual(['publicWall'])
    expect(wx.reLaunch).not.toHaveBeenCalled()
  })
})
