// The seeded check-in demo in Chromium, as the people of issue 4 meet it right after `npm start`:
// 王建军 opens the station screen of the open 主题党日 (top of his list); a phone that is not signed
// in opens the QR's URL, signs in as 孙丽娟 and the check-in finishes by itself; 杨国栋 sees his
// history in CST with statuses; the rider 张鹏飞 checks in at the open 志愿服务 at the 红色驿站 (with
// a position near it); 周文斌 (committee staff) reaches another branch's ledger and an attendance.
import type { Page } from 'playwright-core'
import { signInAs, setUpApp, text } from './app'

jest.setTimeout(240_000) // a safety net for a loaded machine (npm test runs two journeys at once beside the other lanes), not a speed check

const app = setUpApp()

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first()
const RED_STATION = { latitude: 36.0549, longitude: 103.7935 } // ~15 m from 西湖街道红色驿站

/** Opens the station screen of an activity and returns the URL its QR encodes. */
async function stationUrl(page: Page): Promise<string> {
  const box = visible(page, '.station__code')
  await box.waitFor()
  return (await box.getAttribute('data-url'))!
}

describe('the seeded check-in demo', () => {
  it('secretary → station screen of the open 主题党日; a cold phone scans, signs in, and is checked in', async () => {
    const sp = await app.phonePage()
    await signInAs(sp, app.url, '王建军')
    await text(sp, '活动签到', { exact: true }).click()
    // The activity open now is the first row, above next week's 党课.
    const first = visible(sp, '.org-act__row')
    await first.waitFor()
    expect(await first.getAttribute('data-id')).toBe('ademob1now')
    await first.getByText('签到屏', { exact: true }).click()
    const url = await stationUrl(sp)
    expect(url).toContain('scene=ademob1now.')
    await text(sp, '主题党日：学习新修订的《中国共产党纪律处分条例》').waitFor()

    // A phone with no session opens the URL (what its camera app does).
    const cold = await app.phonePage()
    await cold.goto(url)
    await text(cold, '登录后将自动完成本次签到').waitFor()
    await app.shot(cold, 'checkin-cold-scan')
    await text(cold, '去登录', { exact: true }).click()
    await text(cold, '选择演示身份').waitFor()
    await text(cold, '孙丽娟', { exact: true }).click()
    // Back on the check-in page with the kept code: done without scanning again.
    await text(cold, '签到成功').waitFor()
    await text(cold, '主题党日：学习新修订的《中国共产党纪律处分条例》').waitFor()
    await app.shot(cold, 'checkin-after-sign-in')

    await visible(sp, '.station__arrival').filter({ hasText: '孙丽娟' }).waitFor({ timeout: 10_000 })
  })

  it('a dispatched member sees his history in CST with statuses, and the open activity to check in', async () => {
    const mp = await app.phonePage()
    await signInAs(mp, app.url, '杨国栋')
    await text(mp, '杨国栋，您好').waitFor()
    await text(mp, '我的活动', { exact: true }).click()
    await text(mp, '已结束').waitFor()
    // What the server holds for him, read with his session; formatted here in CST independently of the client.
    const list = await mp.evaluate(() =>
      fetch('/cloud/checkin', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'listActivities', view: 'member' })
      }).then((r) => r.json())
    )
    expect(list.ok).toBe(true)
    const cst = (iso: string) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))
    const LABEL: Record<string, string> = {
      present: '出席',
      late: '迟到',
      makeup: '补签',
      pending: '未签到',
      absent: '缺席',
      guest: '列席'
    }
    const rows = mp.locator('.my-act__row').filter({ visible: true })
    const rowText = async (title: string) => (await rows.filter({ hasText: title }).first().innerText()).replace(/\s+/g, ' ')
    const now = list.data.upcoming.find((a: { _id: string }) => a._id === 'ademob1now')
    expect(await rowText(now.title)).toContain(`${cst(now.startAt)} 开始`)
    expect(await rowText(now.title)).toContain('去签到')
    expect(list.data.past.length).toBeGreaterThanOrEqual(3)
    for (const a of list.data.past) {
      const line = await rowText(a.title)
      expect(line).toContain(`${cst(a.startAt)} 开始`)
      expect(line).toContain(LABEL[a.mine.status])
    }
    await app.shot(mp, 'checkin-my-activities')
  })

  it('a rider checks in at the open 志愿服务 of the community branch near the 红色驿站', async () => {
    const cs = await app.phonePage()
    await signInAs(cs, app.url, '田桂芳')
    // Signed in once home greets her: a fixed half-second wait let a loaded machine open the station page
    // before the session was there (it then never showed its code).
    await text(cs, '田桂芳，您好').waitFor()
    await cs.goto(`${app.url}/#/checkin/pages/station/index?id=ademocv001`)
    const url = await stationUrl(cs)

    const rider = await app.phone()
    await rider.context.grantPermissions(['geolocation'])
    await rider.context.setGeolocation(RED_STATION)
    await signInAs(rider.page, app.url, '张鹏飞')
    await text(rider.page, '张鹏飞，您好').waitFor()
    await rider.page.goto(url)
    await text(rider.page, '签到成功').waitFor()
    await text(rider.page, '志愿服务：红色驿站为骑手送清凉').waitFor()
    await visible(cs, '.station__arrival').filter({ hasText: '张鹏飞' }).waitFor({ timeout: 10_000 })
  })

  it('committee staff reach another branch’s ledger from home, and an activity’s attendance from it', async () => {
    const st = await app.phonePage()
    await signInAs(st, app.url, '周文斌')
    await text(st, '签到台账', { exact: true }).click()
    await text(st, '第二养护中心党支部', { exact: true }).click()
    // The default range (this month and the two before) holds the seeded history.
    await text(st, '查询', { exact: true }).click()
    await text(st, /^第二养护中心党支部 · \d+ 次活动 · \d+ 条记录$/).waitFor()
    const act = visible(st, '.ledger__act')
    await act.waitFor()
    // Past activities: 缺席 (they have ended) and 出勤率.
    expect(await act.textContent()).toMatch(/应到 \d+ · 实到 \d+ · 缺席 \d+ · 出勤率 \d+(\.\d)?%/)
    await app.shot(st, 'checkin-staff-ledger')
    await act.click()
    await text(st, '名单').waitFor()
    expect(await st.locator('.attendance__row').filter({ visible: true }).count()).toBeGreaterThan(3)
    // Staff read only: no 补签 form.
    expect(await st.getByText('确认补签').filter({ visible: true }).count()).toBe(0)
  })
})
