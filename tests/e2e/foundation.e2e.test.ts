import { input, signInAs, setUpApp, text } from './app'

const app = setUpApp()

describe('app foundation in Chromium', () => {
  it('a secretary signs in on home, branch tools first, and opens the branch roster, dispatched members included, and can search it', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '王建军')
    await text(page, '支部工作').waitFor()
    await text(page, '支部花名册', { exact: true }).click()
    await text(page, '杨国栋').waitFor()
    await text(page, '石永福').waitFor()
    // The rig's phones ask for reduced motion: pages do not slide in (src/core/reducedMotion.css).
    const slide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.taro_router > .taro_page'), (p) => getComputedStyle(p).transitionDuration)
    )
    expect(slide.length).toBeGreaterThan(1)
    expect(new Set(slide)).toEqual(new Set(['0s']))
    await app.shot(page, 'roster-secretary')
    await input(page, '按姓名查找').fill('杨国')
    await text(page, '石永福').waitFor({ state: 'hidden' })
    expect(await text(page, '杨国栋').count()).toBeGreaterThan(0)
  })

  it('a dispatched member signs in and sees the identity card with home and active orgs', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '杨国栋')
    await text(page, '我的身份卡').click()
    await text(page, '陇南市武都区石门乡石门村党支部').waitFor()
    await text(page, '第一养护中心党支部').waitFor()
    await text(page, '劳务派遣').waitFor()
    await app.shot(page, 'card-dispatched')
  })

  it('a new WeChat user binds to a roster entry with name and the last 4 phone digits', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '新微信用户（未绑定）')
    await input(page, '请输入姓名').fill('何小军')
    await input(page, '登记手机号的后4位').fill('0000')
    await text(page, '确认绑定').click()
    await text(page, /姓名或手机号后四位不正确，还可尝试 4 次/).waitFor()
    await app.shot(page, 'bind-mismatch')
    await input(page, '登记手机号的后4位').fill('1011')
    await text(page, '确认绑定').click()
    await text(page, '我的身份卡').waitFor()
    await text(page, /何小军/).waitFor()
  })
})
