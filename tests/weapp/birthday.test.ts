// The birthday subpackage in the weapp build: the to-do line to the greeting, the greeting with its card
// drawn on the Canvas 2D node, next year's reminder asked with wx.requestSubscribeMessage from a tap,
// 消息提醒, the secretary's upcoming list → 七个一 ticks, and the staff's 光荣在党50年 list.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { answer, cloudData, DIST, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { fiftyYearsResult, greeting, sevenOnesSheet, upcomingResult } from '@tests/src/helpers/birthdayFixtures'
import { consentBalances } from '@tests/src/helpers/consents'

let wx: Wx & Record<string, any>
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w as Wx & Record<string, any>
})

const NONE = consentBalances()
const IDS = { birthdayGreeting: 'tid-g', assessmentRate: 'tid-r', assessmentTalk: 'tid-t', birthdayUpcoming: 'tid-u' }

/** The Canvas 2D node wx.createSelectorQuery finds, its context recording the text drawn. */
function fakeCanvasNode() {
  const texts: string[] = []
  const ctx: Record<string, unknown> = {
    scale: jest.fn(),
    fillRect: jest.fn(),
    strokeRect: jest.fn(),
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    stroke: jest.fn(),
    fillText: jest.fn((t: string) => texts.push(t))
  }
  const node = { width: 0, height: 0, getContext: jest.fn(() => ctx) }
  const query: { select: jest.Mock; fields: jest.Mock; exec: jest.Mock } = {
    select: jest.fn(() => query),
    fields: jest.fn(() => query),
    exec: jest.fn((cb: (res: unknown[]) => void) => cb([{ node, width: 300, height: 400 }]))
  }
  wx.createSelectorQuery = jest.fn(() => query)
  wx.getSystemInfoSync = jest.fn(() => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 812 }))
  return { node, texts, query }
}

/** WeChat's subscribe sheet: the member accepts the ids in `accept`, refuses the rest. */
function subscribeSheet(accept: string[]) {
  wx.requestSubscribeMessage = jest.fn((o: any) => {
    const res: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' }
    for (const id of o.tmplIds) res[id] = accept.includes(id) ? 'accept' : 'reject'
    o.success?.(res)
    o.complete?.(res)
  })
  return wx.requestSubscribeMessage as jest.Mock
}

beforeEach(() => {
  wx.cloud.callFunction.mockClear()
  wx.navigateTo.mockClear()
})
afterEach(() => {
  page?.unmount()
  page = null
})

describe('home → the greeting (weapp build)', () => {
  it('the to-do line opens the greeting the timer wrote', async () => {
    answer({
      'member.whoami': () =>
        ok(whoMember({ birthdayTodo: [{ kind: 'openGreeting', greetingId: 'm1:2026', date: '2026-07-01', years: 14 }] }))
    })
    page = mountPage('pages/home/index')
    await page.tap('政治生日快乐：请查看贺卡')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/birthday/pages/greeting/index?greetingId=m1%3A2026')
  })

  it('keeps the birthday pages’ code out of the main package', () => {
    const main = ['app.js', 'common.js', 'vendors.js']
      .map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.readFileSync(path.join(DIST, f), 'utf8') : ''))
      .join('')
    expect(main).not.toContain('不忘初心')
    expect(main).not.toContain('开启政治生日提醒')
    expect(fs.readFileSync(path.join(DIST, 'birthday/pages/greeting/index.js'), 'utf8').length).toBeGreaterThan(0)
  })
})

describe('the greeting (weapp build)', () => {
  it('first open: the greeting and oath, stamped opened, the card drawn on the Canvas 2D node with my data', async () => {
    const { node, texts } = fakeCanvasNode()
    answer({
      'birthday.myGreeting': () => ok({ greetings: [greeting()] }),
      'birthday.openGreeting': () => ok({ greeting: greeting({ openedAt: '2026-07-01T01:00:00.000Z' }) }),
      'member.whoami': () => ok(whoMember({ subscribeTemplates: {}, consents: NONE }))
    })
    page = mountPage('birthday/pages/greeting/index', { greetingId: 'm1%3A2026' })
    await page.findText('王芳 同志')
    await page.findText('入党誓词')
    expect(cloudData('openGreeting')).toEqual([{ action: 'openGreeting', greetingId: 'm1:2026' }])
    await waitUntil(() => texts.length > 0, 'the card drawn')
    expect(texts).toEqual(expect.arrayContaining(['政治生日快乐', '王芳', '入党 14 周年', '第一党支部', '2026年7月1日']))
    // painted at the screen's pixel ratio
    expect([node.width, node.height]).toEqual([1200, 1600])
    await page.findText('保存贺卡')
  })

  it('consent used up: 开启政治生日提醒 asks WeChat from the tap (one template id), then reports it', async () => {
    fakeCanvasNode()
    const sheet = subscribeSheet(['tid-g'])
    answer({
      'birthday.myGreeting': () => ok({ greetings: [greeting({ openedAt: '2026-07-01T01:00:00.000Z' })] }),
      'member.whoami': () => ok(whoMember({ subscribeTemplates: IDS, consents: NONE })),
      'birthday.reportConsent': () => ok({ counted: true, balances: { ...NONE, birthdayGreeting: 1 } })
    })
    page = mountPage('birthday/pages/greeting/index')
    await page.tap('开启政治生日提醒')
    await page.findText('已开启：明年政治生日将收到微信提醒')
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(sheet.mock.calls[0][0].tmplIds).toEqual(['tid-g'])
    expect(cloudData('reportConsent')).toEqual([
      { action: 'reportConsent', reportId: expect.stringMatching(/^[A-Za-z0-9_-]{8,40}$/), accepted: ['birthdayGreeting'] }
    ])
    await page.findText('已开启政治生日提醒（还可接收 1 次）')
  })
})

describe('消息提醒 (weapp build)', () => {
  it('a secretary’s reminders; 一键开启 asks at most 3 ids; a refused one is not reported', async () => {
    const sheet = subscribeSheet(['tid-r', 'tid-u'])
    answer({
      'member.whoami': () => ok({ ...whoSecretary(), subscribeTemplates: IDS, consents: { ...NONE, birthdayGreeting: 1 } }),
      'birthday.reportConsent': (d) =>
        ok({ counted: true, balances: { ...NONE, birthdayGreeting: 1, ...Object.fromEntries(d.accepted.map((k: string) => [k, 1])) } })
    })
    page = mountPage('birthday/pages/reminders/index')
    await page.findText('政治生日预告')
    await page.findText('已开启 · 还可接收 1 次')
    await page.tap('一键开启（3 项）')
    await page.findText('已开启：考评评分提醒、政治生日预告')
    expect(sheet.mock.calls[0][0].tmplIds).toEqual(['tid-r', 'tid-t', 'tid-u'])
    expect(cloudData('reportConsent').map((d) => d.accepted)).toEqual([['assessmentRate', 'birthdayUpcoming']])
  })

  it('不再接收 sends the refusal', async () => {
    answer({
      'member.whoami': () => ok(whoMember({ subscribeTemplates: IDS, consents: { ...NONE, birthdayGreeting: 2 } })),
      'birthday.stopConsent': () => ok({ balances: NONE })
    })
    page = mountPage('birthday/pages/reminders/index')
    await page.tap('不再接收')
    await page.findText('已停止：政治生日祝福')
    expect(cloudData('stopConsent')).toEqual([{ action: 'stopConsent', keys: ['birthdayGreeting'] }])
  })
})

describe('the secretary’s birthdays (weapp build)', () => {
  it('upcoming: round anniversaries marked; a member → their 七个一 sheet', async () => {
    answer({ 'birthday.upcoming': () => ok(upcomingResult()) })
    page = mountPage('birthday/pages/upcoming/index', { orgId: 'b1' })
    await page.findText('7月4日 · 3天后 · 入党 20 周年')
    await page.findText('逢十')
    await page.tap('赵敏')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/birthday/pages/sevenOnes/index?memberId=r2&year=2026')
  })

  it('a secretary whose 政治生日预告 consent is used: 开启政治生日预告 asks WeChat for that one id', async () => {
    const sheet = subscribeSheet(['tid-u'])
    answer({
      'birthday.upcoming': () => ok(upcomingResult()),
      'member.whoami': () => ok({ ...whoSecretary(), subscribeTemplates: IDS, consents: NONE }),
      'birthday.reportConsent': () =>
        ok({ counted: true, balances: { ...NONE, birthdayUpcoming: 1, studyTask: 0, studyReturned: 0, studyAnalysis: 0 } })
    })
    page = mountPage('birthday/pages/upcoming/index', { orgId: 'b1' })
    await page.tap('开启政治生日预告')
    await page.findText('已开启政治生日预告（还可接收 1 次）')
    expect(sheet.mock.calls[0][0].tmplIds).toEqual(['tid-u'])
    expect(cloudData('reportConsent').map((d) => d.accepted)).toEqual([['birthdayUpcoming']])
  })

  it('七个一: ticks an item done (today by default) and shows the sheet the server answers', async () => {
    answer({
      'birthday.sevenOnes': () => ok(sevenOnesSheet()),
      'birthday.markSevenOne': (d) => {
        const s = sevenOnesSheet()
        return ok({ ...s, marks: { ...s.marks, [d.itemId]: { ...d, by: 'm1', at: '2026-07-05T02:00:00.000Z' } } })
      }
    })
    page = mountPage('birthday/pages/sevenOnes/index', { memberId: 'r2', year: '2026' })
    await page.findText('2026年政治生日“七个一” · 已完成 1/7')
    await page.tap('赠送一本书')
    await page.tap('标记完成')
    await waitUntil(() => cloudData('markSevenOne').length === 1, 'markSevenOne')
    expect(cloudData('markSevenOne')[0]).toMatchObject({ action: 'markSevenOne', memberId: 'r2', year: 2026, itemId: 'book', done: true })
    await page.findText('2026年政治生日“七个一” · 已完成 2/7')
  })
})

describe('光荣在党50年 (weapp build)', () => {
  it('the year’s list and, apart, the members without dates', async () => {
    answer({ 'birthday.fiftyYears': () => ok(fiftyYearsResult(2026)) })
    page = mountPage('birthday/pages/fiftyYears/index')
    await page.findText('导出 Excel 表格')
    expect(page.text()).toContain('入党/转正日期未填')
    expect(cloudData('fiftyYears')).toEqual([{ action: 'fiftyYears' }])
  })
})
