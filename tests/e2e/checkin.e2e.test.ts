// Check-in in Chromium against the real local cloud (seeded demo): 王建军, secretary of
// 第一养护中心党支部, creates an activity starting now and opens the station screen; 赵永平 opens the
// URL the QR encodes on his own phone and checks in; 杨国栋 (dispatched, same branch) types the short
// code; the station screen counts them; the attendance page shows them present.
import type { Page } from 'playwright-core'
import { input, signInAs, setUpApp, text } from './app'

// One long story (two code rotations may pass): npm test's root config does not carry e2e.config's testTimeout.
jest.setTimeout(240_000) // a safety net for a loaded machine (npm test runs two journeys at once beside the other lanes), not a speed check

const app = setUpApp()

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first()

describe('check-in in Chromium', () => {
  it('secretary opens the station screen, members check in from it, attendance shows them', async () => {
    const secretary = await app.phone()
    const sp = secretary.page
    await signInAs(sp, app.url, '王建军')
    await text(sp, '活动签到', { exact: true }).click()
    await text(sp, '新建活动', { exact: true }).click()
    await input(sp, '如：11月主题党日').fill('11月主题党日：学习交流')
    // The defaults: starts at the next 5-minute mark, check-in open 30 minutes before → open now.
    await text(sp, /^签到 .* 开放，.* 截止，.* 后算迟到$/).waitFor()
    await sp.waitForTimeout(500) // the page slides in after its content is there
    await app.shot(sp, 'checkin-new-activity')
    await text(sp, '创建活动', { exact: true }).click()
    await text(sp, '活动已创建').waitFor()
    await text(sp, '打开签到屏', { exact: true }).click()

    const short = visible(sp, '.station__short')
    await short.waitFor()
    expect((await short.textContent())!.trim()).toMatch(/^\d{6}$/)
    const codeBox = visible(sp, '.station__code')
    const url = (await codeBox.getAttribute('data-url'))!
    expect(url.startsWith(`${app.url}/#/pages/checkin/index?scene=`)).toBe(true)
    expect(await visible(sp, '.qr').getAttribute('data-qr')).toBe(url)
    await text(sp, /^\d+ 秒后更新$/).waitFor()
    await text(sp, '11月主题党日：学习交流').waitFor()
    const count = visible(sp, '.station__count-num')
    expect(await count.textContent()).toBe('0')

    // A member's phone opens the URL the QR encodes (what the camera app does).
    const first = await app.phone()
    await signInAs(first.page, app.url, '赵永平')
    await text(first.page, '赵永平，您好').waitFor()
    await first.page.goto(url)
    await text(first.page, '签到成功').waitFor()
    await text(first.page, '11月主题党日：学习交流').waitFor()
    await text(first.page, /^签到时间 \d{2}:\d{2}$/).waitFor()
    await app.shot(first.page, 'checkin-member')

    // The station screen's next poll shows him.
    await sp.locator('.station__count-num').filter({ hasText: /^1$/ }).first().waitFor({ timeout: 10_000 })
    await visible(sp, '.station__arrival').filter({ hasText: '赵永平' }).waitFor()
    await app.shot(sp, 'checkin-station')

    // Scanning the same code again writes nothing and says when.
    await first.page.goto(`${app.url}/`)
    await first.page.goto(url)
    await text(first.page, '已签到').waitFor()
    await text(first.page, /\d{2}:\d{2}/).waitFor()

    // A second member types the 6-digit code shown under the QR, picking the activity.
    await app.putDown(first.page)
    const second = await app.phone()
    await signInAs(second.page, app.url, '杨国栋')
    await text(second.page, '杨国栋，您好').waitFor()
    await text(second.page, '签到', { exact: true }).click()
    await text(second.page, '11月主题党日：学习交流', { exact: true }).click()
    await input(second.page, '6位签到码').fill((await short.textContent())!.trim())
    await text(second.page, '提交签到码', { exact: true }).click()
    await text(second.page, '签到成功').waitFor()
    await sp.locator('.station__count-num').filter({ hasText: /^2$/ }).first().waitFor({ timeout: 10_000 })
    const names = await sp.locator('.station__name').filter({ visible: true }).allTextContents()
    expect(names).toEqual(['杨国栋', '赵永平']) // newest first

    // Attendance, from the activity list.
    await sp.goBack()
    const row = sp.locator('.org-act__row').filter({ visible: true }).filter({ hasText: '11月主题党日：学习交流' }).first()
    await row.getByText('出勤情况', { exact: true }).click()
    await text(sp, '名单').waitFor()
    const present = sp.locator('.attendance__row').filter({ visible: true }).filter({ hasText: '赵永平' }).first()
    await present.waitFor()
    expect(['present', 'late']).toContain(await present.getAttribute('data-status'))
    // The activity still runs: those not here yet are 未签到, not 缺席.
    expect(await sp.locator('.attendance__row[data-status="pending"]').filter({ visible: true }).count()).toBeGreaterThan(0)
    expect(await sp.locator('.attendance__row[data-status="absent"]').filter({ visible: true }).count()).toBe(0)
    const stat = async (label: string | RegExp) =>
      (await sp
        .locator('.attendance__stat')
        .filter({ visible: true })
        .filter({ hasText: label })
        .first()
        .locator('.attendance__stat-value')
        .textContent())!.trim()
    // Checked in before the start the count reads 已签到 (the activity has not started), after it 实到.
    expect(await stat(/实到|已签到/)).toBe('2')
    await app.shot(sp, 'checkin-attendance')
  })
})
