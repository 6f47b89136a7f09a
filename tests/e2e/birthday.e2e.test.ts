// Political birthday (issue 12) in Chromium against the real local cloud (seeded demo): the 08:00 timer
// fired through /dev/scheduler greets 孙丽娟 (her political birthday is today, she had one consent) → her home
// shows the greeting → she opens it → the greeting card downloads (H5) → her consent now used, she turns next
// year's reminder on (H5's confirm sheet in place of WeChat's subscribe sheet), and on 消息提醒 refuses it and
// grants it again → the secretary 王建军 ticks her 七个一 items → the local outbox holds the subscribe message,
// its fields trimmed to WeChat's limits. Then the outbox page's refusal dev setting.
import { trimKeywords } from '@shared/reminders/keywords'
import { downloadedBytes, signInAs, text, setUpApp } from './app'

jest.setTimeout(240_000) // a safety net for a loaded machine (npm test runs two journeys at once beside the other lanes), not a speed check

/** Set in WeChat's console as the functions' environment; here before the local cloud starts. */
const TEMPLATE_IDS: Record<string, string> = {
  BIRTHDAY_GREETING_TEMPLATE_ID: 'e2e-birthday-greeting',
  BIRTHDAY_UPCOMING_TEMPLATE_ID: 'e2e-birthday-upcoming'
}
/** 17 characters: the greeting's thing3 (org name + 祝你政治生日快乐) runs past WeChat's 20 for a thing. */
const LONG_ORG_NAME = '兰州公路养护集团第一养护中心党支部'

const saved: Record<string, string | undefined> = {}
beforeAll(() => {
  for (const [k, v] of Object.entries(TEMPLATE_IDS)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
})
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})
const app = setUpApp({ scheduler: true })

const sunId = 'm08'
function openidOf(memberId: string): string {
  const [binding] = app.cloud.engine.find('bindings', { memberId }, {}) as Array<{ _id: string }>
  return binding._id
}
const balanceOf = (memberId: string, key: string) =>
  (app.cloud.engine.find('consents', { _id: `${memberId}:${key}` }, {}) as Array<{ balance: number }>)[0]?.balance ?? 0

describe('political birthday in Chromium', () => {
  it('the timer greets 孙丽娟; she opens and downloads the card, turns the reminder on; the secretary ticks 七个一; the outbox has the trimmed message', async () => {
    await app.cloud.engine.modify(
      'orgs',
      { _id: 'org-b1' },
      { $set: { name: LONG_ORG_NAME } },
      { merge: true, multi: false, upsert: false }
    )
    expect(balanceOf(sunId, 'birthdayGreeting')).toBe(1)

    // ---- 08:00: the timer, fired by hand in the local cloud's scheduler.
    const fired = await fetch(`${app.url}/dev/scheduler/birthday/fire`, { method: 'POST' }).then((r) => r.json())
    expect(fired.ok).toBe(true)
    expect(fired.data.ok).toBe(true)
    const [greetingDoc] = app.cloud.engine.find('birthdayGreetings', { memberId: sunId }, {}) as Array<{ _id: string; years: number }>
    expect(greetingDoc.years).toBe(14)
    expect(balanceOf(sunId, 'birthdayGreeting')).toBe(0) // the message spent her one consent

    // ---- 孙丽娟's home: the greeting waits as a to-do; she opens it.
    const sun = await app.phonePage()
    await signInAs(sun, app.url, '孙丽娟')
    await text(sun, '孙丽娟，您好').waitFor()
    await text(sun, '政治生日快乐：请查看贺卡').click()
    await text(sun, '孙丽娟 同志').waitFor()
    await text(sun, '入党 14 周年').waitFor()
    await text(sun, '入党誓词').waitFor()
    await text(sun, LONG_ORG_NAME).waitFor()
    const button = sun.locator('.big-button').filter({ hasText: '下载贺卡' }).filter({ visible: true }).first()
    await sun.waitForFunction(() =>
      Array.from(document.querySelectorAll('.big-button')).some(
        (b) => b.textContent === '下载贺卡' && b.getAttribute('aria-disabled') === 'false'
      )
    )
    await app.shot(sun, 'birthday-greeting')
    const [download] = await Promise.all([sun.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/^政治生日贺卡-\d{4}-\d{2}-\d{2}\.png$/)
    const png = await downloadedBytes(download)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.length).toBeGreaterThan(5_000) // a drawn card, not an empty canvas
    await text(sun, '贺卡图片已下载').waitFor()
    expect(
      (app.cloud.engine.find('birthdayGreetings', { _id: greetingDoc._id }, {}) as Array<{ openedAt: unknown }>)[0].openedAt
    ).toBeTruthy()

    // ---- Her consent is used: next year's reminder, from a tap; H5 asks in a confirm sheet.
    await text(sun, '开启政治生日提醒').click()
    await text(sun, '政治生日祝福', { exact: false }).waitFor()
    await app.shot(sun, 'birthday-consent-sheet')
    await text(sun, '允许', { exact: true }).click()
    await text(sun, '已开启：明年政治生日将收到微信提醒').waitFor()
    expect(balanceOf(sunId, 'birthdayGreeting')).toBe(1)

    // ---- 管理消息提醒: her reminders; 不再接收 (her refusal) drops the one left, 开启 grants it again.
    await text(sun, '管理消息提醒').click()
    const row = sun.locator('.reminders__row[data-key="birthdayGreeting"]').filter({ visible: true })
    await row.getByText('已开启 · 还可接收 1 次').waitFor()
    await app.shot(sun, 'birthday-reminders')
    await row.getByText('不再接收').click()
    await text(sun, '已停止：政治生日祝福').waitFor()
    await row.getByText('未开启').waitFor()
    expect(balanceOf(sunId, 'birthdayGreeting')).toBe(0)
    await row.getByText('开启', { exact: true }).click()
    await text(sun, '允许', { exact: true }).click()
    await row.getByText('已开启 · 还可接收 1 次').waitFor()
    expect(balanceOf(sunId, 'birthdayGreeting')).toBe(1)
    await app.putDown(sun)

    // ---- The secretary: 政治生日 → 孙丽娟 today → her 七个一 sheet → two items ticked.
    const sec = await app.phonePage()
    await signInAs(sec, app.url, '王建军')
    await text(sec, '王建军，您好').waitFor()
    await text(sec, '政治生日', { exact: true }).click()
    await text(sec, '孙丽娟', { exact: true }).click()
    await text(sec, /已完成 0\/7/).waitFor()
    await text(sec, '送一张政治生日贺卡', { exact: true }).click()
    await text(sec, '标记完成', { exact: true }).click()
    await text(sec, /已完成 1\/7/).waitFor()
    await text(sec, '重温一次入党誓词', { exact: true }).click()
    await text(sec, '标记完成', { exact: true }).click()
    await text(sec, /已完成 2\/7/).waitFor()
    await app.shot(sec, 'birthday-seven-ones')
    const marks = app.cloud.engine.find('sevenOnes', {}, {}) as Array<{ memberId: string; marks: Record<string, { done: boolean }> }>
    const sheet = marks.find((m) => m.memberId === sunId)
    expect(Object.entries(sheet?.marks ?? {}).filter(([, m]) => m.done).length).toBe(2)

    // ---- The outbox: one message to 孙丽娟, the greeting template, its fields within WeChat's limits.
    const outbox = await fetch(`${app.url}/dev/outbox`).then((r) => r.json())
    const sent = (outbox.data.entries as Array<{ api: string; ok: boolean; request: any }>).filter(
      (e) => e.api === 'subscribeMessage.send' && e.request.touser === openidOf(sunId)
    )
    expect(sent).toHaveLength(1)
    expect(sent[0].ok).toBe(true)
    expect(sent[0].request.template_id).toBe(TEMPLATE_IDS.BIRTHDAY_GREETING_TEMPLATE_ID)
    expect(sent[0].request.page).toBe(`birthday/pages/greeting/index?greetingId=${encodeURIComponent(greetingDoc._id)}`)
    const data = sent[0].request.data as Record<string, { value: string }>
    const full = `${LONG_ORG_NAME}祝你政治生日快乐`
    expect([...full].length).toBeGreaterThan(20)
    expect(data.thing3.value).toBe(trimKeywords({ thing3: full }).thing3.value)
    expect([...data.thing3.value].length).toBe(20)
    expect(data.thing3.value.endsWith('…')).toBe(true)
    expect(data.thing1.value).toBe('入党14周年政治生日')
    expect(data.date2.value).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // Fired again the same day: nothing sent twice.
    await fetch(`${app.url}/dev/scheduler/birthday/fire`, { method: 'POST' })
    const again = await fetch(`${app.url}/dev/outbox`).then((r) => r.json())
    expect(
      (again.data.entries as Array<{ api: string; request: any }>).filter(
        (e) => e.api === 'subscribeMessage.send' && e.request.touser === openidOf(sunId)
      )
    ).toHaveLength(1)
  })

  it('the outbox page’s refusal setting (WeChat’s 43101, simulated): 设为拒收 lists the OPENID, 取消拒收 undoes it', async () => {
    const openid = openidOf('m07')
    const page = await app.phonePage()
    await page.goto(`${app.url}/dev/outbox.html`)
    await page.locator('#refuse input[name=openid]').fill(openid)
    await page.locator('#refuse button').click()
    await page.locator(`#refused button[data-openid="${openid}"]`).waitFor()
    expect(app.cloud.outbox.isSubscribeRefused(openid)).toBe(true)
    await page.locator(`#refused button[data-openid="${openid}"]`).click()
    await page.getByText('（无）').waitFor()
    expect(app.cloud.outbox.isSubscribeRefused(openid)).toBe(false)
  })
})
