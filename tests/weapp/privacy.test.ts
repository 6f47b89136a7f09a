// The privacy gate in the weapp build: WeChat (mocked as documented, tests/src/helpers/wechatPrivacy.ts)
// fires the listener the app registered at launch whenever a privacy API is called before the member
// agreed; the page shows the consent sheet; 同意 (the agreePrivacyAuthorization button) lets the
// waiting call go on, 拒绝 fails it and check-in goes on by code alone.
import { answer, cloudData, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { CODE, activity, myActivity } from '@tests/src/helpers/checkinFixtures'
import { fakePrivacy } from '@tests/src/helpers/wechatPrivacy'

const g = global as any
let wx: Wx & Record<string, any>
let page: MountedPage | null = null
const gate = fakePrivacy()

setUpApp(
  (w) => {
    wx = w as Wx & Record<string, any>
  },
  () => {
    // The privacy APIs exist before the app loads: its launch registers the listener.
    require('miniprogram-simulate')
    Object.assign(g.wx, gate.api)
  }
)

const POSITION = { errMsg: 'getLocation:ok', latitude: 36.06, longitude: 103.83 }
const succeed = (res: Record<string, unknown>) => (o: any) => {
  o.success?.(res)
  o.complete?.(res)
}

beforeEach(() => {
  gate.reset() // a member who has not agreed yet
  wx.cloud.callFunction.mockClear()
  // Privacy-protected, as in WeChat: asking for the permission and the position both wait for consent.
  wx.authorize = gate.gated('authorize', succeed({ errMsg: 'authorize:ok' }))
  wx.getLocation = gate.gated('getLocation', succeed(POSITION))
})

const checkedIn = () => ok({ checkedInAt: '2026-11-21T02:05:00.000Z', clock: '10:05', late: false, activity: activity() })
const SHEET = '隐私保护提示'

/** The member taps 同意: WeChat records the tap on that agreePrivacyAuthorization button (its WXML id),
 * then fires its event. */
async function agree(p: MountedPage) {
  await p.findText('同意')
  gate.pressAgree('privacy-agree')
  expect(await p.fireById('privacy-agree', 'agreeprivacyauthorization')).toBe('同意')
}

describe('privacy consent (weapp build)', () => {
  it('the app registers WeChat’s listener once, at launch (before any page)', async () => {
    await waitUntil(() => gate.registrations() > 0, 'the listener registered') // Taro runs useLaunch after the App renders
    expect(gate.registrations()).toBe(1)
  })

  it('wx.getLocation before consent fires the listener: the sheet shows; 同意 → getLocation resolves', async () => {
    answer({ 'checkin.listActivities': () => ok({ upcoming: [myActivity()], past: [] }) })
    page = mountPage('pages/checkin/index')
    await page.findText('扫码签到')
    const done = jest.fn()
    wx.getLocation({ type: 'gcj02', success: done })
    await page.findText(SHEET)
    expect(gate.referrers).toEqual(['getLocation'])
    expect(page.text()).toContain('位置信息')
    expect(page.text()).toContain('用于签到时核对你是否在活动地点附近')
    expect(page.text()).toContain('《同心小程序隐私保护指引》')
    expect(done).not.toHaveBeenCalled() // waiting for the member
    await agree(page)
    await waitUntil(() => done.mock.calls.length > 0, 'getLocation to go on')
    expect(done.mock.calls[0][0]).toMatchObject({ latitude: 36.06, longitude: 103.83 })
    expect(gate.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree' }])
    await waitUntil(() => !page!.text().includes(SHEET), 'the sheet to close')
  })

  it('check-in: the sheet comes before the position; 同意 → the position goes with the check-in', async () => {
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText(SHEET)
    expect(wx.getLocation).not.toHaveBeenCalled()
    await agree(page)
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }])
    expect(wx.getLocation.mock.calls[0][0].type).toBe('gcj02')
  })

  it('check-in: 拒绝 → no position is asked or sent, and the code alone checks in', async () => {
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText(SHEET)
    await page.tap('拒绝')
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', code: CODE }])
    expect(wx.authorize).not.toHaveBeenCalled()
    expect(wx.getLocation).not.toHaveBeenCalled()
    expect(gate.answers.at(-1)).toEqual({ event: 'disagree' })
  })

  it('拒绝, then the typed short code still checks in', async () => {
    answer({
      'checkin.listActivities': () => ok({ upcoming: [myActivity({ _id: 'a1', title: '主题党日', phase: 'open' })], past: [] }),
      'checkin.checkin': checkedIn
    })
    page = mountPage('pages/checkin/index')
    await page.tap('主题党日')
    await page.input('checkin__input', '482913')
    await page.tap('提交签到码')
    await page.findText(SHEET)
    await page.tap('拒绝')
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', activityId: 'a1', shortCode: '482913' }])
  })

  it('拒绝 at an activity that needs the position: 需要位置授权, and 重新定位并签到 opens the sheet again', async () => {
    answer({
      'checkin.checkin': (d: any) => (d.location ? checkedIn() : fail('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试'))
    })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText(SHEET)
    await page.tap('拒绝')
    await page.findText('需要位置授权：你未同意隐私保护指引，小程序无法获取位置。点“重新定位并签到”，同意后即可签到。')
    expect(page.text()).not.toContain('打开定位权限')
    await page.tap('重新定位并签到')
    await page.findText(SHEET)
    await agree(page)
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([
      { action: 'checkin', code: CODE },
      { action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }
    ])
  })
})
