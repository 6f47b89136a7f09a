// Landings and the way back in H5 (issue 10): a signed-out deep link goes to sign-in and back; the
// back control (H5 has no navigation bar); each role's tools first on home.
import { signInAs, setUpApp, text } from './app'

jest.setTimeout(240_000) // a safety net for a loaded machine (npm test runs two journeys at once beside the other lanes), not a speed check

const app = setUpApp()

const backBar = (page: import('playwright-core').Page) => page.locator('.back-bar__btn').filter({ visible: true })

describe('landings in Chromium', () => {
  it('a signed-out deep link goes to sign-in, then back to the page it named', async () => {
    const page = await app.phonePage()
    await page.goto(`${app.url}/#/assessment/pages/my/index`)
    await text(page, '选择演示身份').waitFor()
    expect(await text(page, '请重新进入小程序').count()).toBe(0)
    expect(page.url()).toContain('to=')
    await text(page, '孙丽娟', { exact: true }).click()
    await text(page, '我的考评').waitFor()
    expect(page.url()).toContain('/assessment/pages/my/index')
    await app.shot(page, 'landing-deep-link')
    // Opened directly: the back control offers 首页.
    await backBar(page).filter({ hasText: '首页' }).click()
    await text(page, '孙丽娟，您好').waitFor()
  })

  it('H5 shows 返回 on every page above home, none on home', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '赵永平')
    await text(page, '赵永平，您好').waitFor()
    expect(await backBar(page).count()).toBe(0)
    await text(page, '我的身份卡', { exact: true }).click()
    await backBar(page).filter({ hasText: '返回' }).waitFor()
    await app.shot(page, 'landing-back')
    await backBar(page).click()
    await text(page, '赵永平，您好').waitFor()
    await backBar(page)
      .waitFor({ state: 'detached' })
      .catch(() => undefined)
    expect(await backBar(page).count()).toBe(0)
  })

  it.each([
    [
      '王建军',
      '支部工作',
      ['支部花名册', '活动签到', '考评管理', '承诺卡审核', '政治生日', '学习计划', '学习审核', '学习统计', '党员建议', '同步关爱'],
      'landing-secretary'
    ],
    [
      '周文斌',
      '党委工作',
      [
        '组织架构',
        '导入名册',
        '签到台账',
        '考评总览',
        '考评细则',
        '承诺卡模板',
        '承诺完成情况',
        '光荣在党50年',
        '谈话走访事项',
        '党委学习计划',
        '各支部学习统计'
      ],
      'landing-staff'
    ]
  ])('%s lands on home with %s first', async (name, section, tiles, shot) => {
    const page = await app.phonePage()
    await signInAs(page, app.url, name)
    await text(page, `${name}，您好`).waitFor()
    const first = page.locator('.home__section').filter({ visible: true }).first()
    expect(await first.locator('.home__section-title').textContent()).toBe(section)
    expect(await first.locator('.entry-tile__title').allTextContents()).toEqual(tiles)
    await app.shot(page, shot)
  })

  it('a talk to confirm shows on home until it is confirmed; the secretary sees the talks to record', async () => {
    const page = await app.phonePage()
    // 郭亮 (m17): the seeded quarter of 第二养护中心党支部 recorded his talk.
    await signInAs(page, app.url, '郭亮')
    const line = text(page, '确认谈话记录', { exact: true })
    await line.waitFor()
    await app.shot(page, 'landing-todo-member')
    await line.click()
    await text(page, '整改方向').waitFor()
    await text(page, '确认谈话记录', { exact: true }).click()
    await text(page, /已于 .* 确认谈话记录/).waitFor()
    await backBar(page).click()
    await text(page, '郭亮，您好').waitFor()
    // the talk's line is gone (his commitment card's lines, if any, stay until those are done)
    await text(page, '确认谈话记录', { exact: true }).waitFor({ state: 'detached' })
    expect(await page.locator('.todo-list__title').filter({ visible: true, hasText: '确认谈话记录' }).count()).toBe(0)

    await app.putDown(page)
    const sec = await app.phone()
    await signInAs(sec.page, app.url, '高建平')
    await text(sec.page, '待办').waitFor()
    const titles = await sec.page.locator('.todo-list__title').filter({ visible: true }).allTextContents()
    // his talks to record (his branch's commitment-card lines may stand beside them)
    expect(titles.filter((t) => t.startsWith('记录谈话：')).length).toBeGreaterThan(0)
    await app.shot(sec.page, 'landing-todo-secretary')
    await sec.page.locator('.todo-list__row').filter({ visible: true, hasText: '记录谈话：' }).first().click()
    await sec.page.waitForURL(/\/assessment\/pages\/period\/index\?periodId=/)
  })
})
