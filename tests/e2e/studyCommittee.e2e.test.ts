// The committee's study pages in Chromium against the real local cloud (seeded demo): 周文斌 (committee
// staff) opens 党委学习计划 from home, pushes the item not yet pushed to every branch (a confirm first), and
// 第一养护中心党支部's 学习计划 then holds it, fixed; 各支部学习统计 shows the branches with the demo's figures,
// and a tap on 第二养护中心党支部 opens its own 学习统计.
import { signInAs, setUpApp, text, visible } from './app'

jest.setTimeout(180_000)

const app = setUpApp()

const K2 = '学习《中国共产党纪律处分条例》专题辅导'

describe('the committee’s study pages in Chromium', () => {
  it('党委学习计划: push an item to every branch; 各支部学习统计: a branch’s figures, then its own stats', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '周文斌')
    await text(page, '周文斌，您好').waitFor()
    await text(page, '党委学习计划', { exact: true }).click()
    await text(page, /党委\s*\d{4}年学习计划/).waitFor()
    const k1 = visible(page, '[data-reach="k1"]').first()
    const k2 = visible(page, '[data-reach="k2"]').first()
    await k1.getByText('已下发 4/4 个支部').waitFor()
    await k2.getByText('未下发').waitFor()
    await k2.getByText('下发到各支部').click()
    await visible(page, '[data-confirm-push]')
      .first()
      .getByText(new RegExp(`${K2}.*全部 4 个支部`))
      .waitFor()
    await text(page, '确认下发', { exact: true }).click()
    await text(page, '已下发到 4 个支部').waitFor()
    await k2.getByText('已下发 4/4 个支部').waitFor()
    await app.shot(page, 'study-committee-plan')

    // The branch holds it, fixed (党委下发).
    const sec = await app.phonePage()
    await signInAs(sec, app.url, '王建军')
    await text(sec, '王建军，您好').waitFor()
    await text(sec, '学习计划', { exact: true }).click()
    const pushed = visible(sec, '[data-item="c-k2"]').first()
    await pushed.getByText(K2).waitFor()
    await pushed.getByText('党委下发').waitFor()

    // 各支部学习统计: 第二养护中心党支部's nine members with the demo's task and reports, then its own page.
    await page.goto(`${app.url}/#/pages/home/index`)
    await text(page, '周文斌，您好').waitFor()
    await text(page, '各支部学习统计', { exact: true }).click()
    const b2 = visible(page, '[data-row="branch"][data-id="org-b2"]').first()
    await b2.getByText('第二养护中心党支部（9 人）').waitFor()
    expect(await b2.textContent()).toContain('待审核学习报告 1')
    expect(await visible(page, '[data-row="branch"]').count()).toBe(4)
    await app.shot(page, 'study-committee-stats')
    await b2.getByText('第二养护中心党支部（9 人）').click()
    await text(page, /\d{4}年学习统计/).waitFor()
    await visible(page, '[data-row="branch"][data-id="org-b2"]').first().waitFor()
  })
})
