// Check-in pages of the weapp build: the page a wxacode opens (scene in the page options,
// URL-encoded), WeChat's scanner, and "my activities".
import { answer, cloudData, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { CODE, activity, myActivity } from '@tests/src/helpers/checkinFixtures'

let wx: Wx & Record<string, any>
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w as Wx & Record<string, any>
})
beforeEach(() => {
  wx.cloud.callFunction.mockClear()
  wx.navigateTo.mockClear()
  // No permission for the position: the page goes on without it.
  wx.authorize = reply('authorize', false)
  wx.getLocation = jest.fn((o: any) => {
    o.fail?.({ errMsg: 'getLocation:fail auth deny' })
    o.complete?.({ errMsg: 'getLocation:fail auth deny' })
  })
})

/** A wx API answering success (with `res`) or failure, as WeChat calls its callbacks. */
function reply(api: string, succeed: boolean, res: Record<string, unknown> = {}) {
  return jest.fn((o: any) => {
    const r = { errMsg: `${api}:${succeed ? 'ok' : 'fail auth deny'}`, ...res }
    if (succeed) o.success?.(r)
    else o.fail?.(r)
    o.complete?.(r)
  })
}

const checkedIn = () => ok({ checkedInAt: '2026-11-21T02:05:00.000Z', clock: '10:05', late: true, activity: activity() })

describe('check-in page (weapp build)', () => {
  it('checks in with the scene of a mini-program code and shows the result', async () => {
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText('签到成功')
    expect(page.text()).toContain('签到时间 10:05')
    expect(page.text()).toContain('11月主题党日')
    expect(page.text()).toContain('迟到')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', code: CODE }])
    // Done: neither the scanner nor the typed short code is offered any more.
    expect(page.text()).not.toContain('输入签到码')
  })

  it('picks the only open activity already, and a wrong typed code offers 重新输入', async () => {
    let n = 0
    answer({
      'checkin.listActivities': () => ok({ upcoming: [myActivity({ _id: 'a1', title: '主题党日', phase: 'open' })], past: [] }),
      'checkin.checkin': () => (++n === 1 ? fail('CODE_FORGED', '数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字') : checkedIn())
    })
    page = mountPage('pages/checkin/index')
    await page.findText('输入签到码')
    await waitUntil(() => page!.byClass('chips__chip--on').map((e) => e.textContent)[0] === '主题党日', 'the only activity picked')
    await page.input('checkin__input', '482914')
    await page.tap('提交签到码')
    await page.findText('重新输入')
    expect(page.text()).not.toContain('重新扫码')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', activityId: 'a1', shortCode: '482914' }])
  })

  it('coming back after checking in says when and where', async () => {
    answer({
      'checkin.listActivities': () =>
        ok({
          upcoming: [
            myActivity({ _id: 'a1', title: '主题党日', phase: 'open' }, { status: 'present', checkedInAt: '2026-11-21T13:48:00.000Z' })
          ],
          past: []
        })
    })
    page = mountPage('pages/checkin/index')
    await page.findText('已于 21:48 签到：主题党日')
    expect(page.text()).not.toContain('现在没有可签到的活动')
  })

  it('offers the scanner and, as the fallback, the 6-digit short code for a picked activity', async () => {
    answer({
      'checkin.listActivities': () => ok({ upcoming: [myActivity({ _id: 'a1', title: '主题党日', phase: 'open' })], past: [] }),
      'checkin.checkin': checkedIn
    })
    page = mountPage('pages/checkin/index')
    await page.findText('扫码签到')
    await page.findText('输入签到码')
    await page.tap('主题党日')
    await page.input('checkin__input', '482913')
    await page.tap('提交签到码')
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', activityId: 'a1', shortCode: '482913' }])
  })

  it('asks for the location permission before locating', async () => {
    const order: string[] = []
    wx.authorize = jest.fn((o: any) => {
      order.push(`authorize ${o.scope}`)
      const r = { errMsg: 'authorize:ok' }
      o.success?.(r)
      o.complete?.(r)
    })
    wx.getLocation = jest.fn((o: any) => {
      order.push('getLocation')
      const r = { errMsg: 'getLocation:ok', latitude: 36.06, longitude: 103.83 }
      o.success?.(r)
      o.complete?.(r)
    })
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText('签到成功')
    expect(order).toEqual(['authorize scope.userLocation', 'getLocation'])
  })

  it('LOCATION_REQUIRED: 打开定位权限 opens the mini-program settings', async () => {
    wx.openSetting = reply('openSetting', true, { authSetting: { 'scope.userLocation': true } })
    answer({ 'checkin.checkin': () => fail('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试') })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText('请在小程序设置中打开位置权限，并到活动地点附近后重试。')
    expect(wx.getLocation).not.toHaveBeenCalled() // permission refused: not even tried
    await page.tap('打开定位权限')
    await waitUntil(() => wx.openSetting.mock.calls.length > 0, 'openSetting')
  })

  it('sends the position when WeChat gives it', async () => {
    wx.authorize = reply('authorize', true)
    wx.getLocation = jest.fn((o: any) => {
      const res = { errMsg: 'getLocation:ok', latitude: 36.06, longitude: 103.83 }
      o.success?.(res)
      o.complete?.(res)
    })
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText('签到成功')
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }])
    expect(wx.getLocation.mock.calls[0][0].type).toBe('gcj02')
  })

  it('shows a refusal in the server’s words', async () => {
    answer({ 'checkin.checkin': () => fail('ALREADY_CHECKED_IN', '您已于 09:58 签到') })
    page = mountPage('pages/checkin/index', { scene: encodeURIComponent(CODE) })
    await page.findText('已签到')
    expect(page.text()).toContain('您已于 09:58 签到')
  })

  it('checks in with what the scanner read', async () => {
    wx.scanCode = jest.fn((o: any) => {
      const res = { errMsg: 'scanCode:ok', result: CODE, scanType: 'QR_CODE' }
      o.success?.(res)
      o.complete?.(res)
    })
    answer({ 'checkin.checkin': checkedIn })
    page = mountPage('pages/checkin/index')
    await page.tap('扫码签到')
    await page.findText('签到成功')
    expect(wx.scanCode).toHaveBeenCalledTimes(1)
    expect(wx.scanCode.mock.calls[0][0]).toMatchObject({ onlyFromCamera: true, scanType: ['wxCode', 'qrCode'] })
    expect(cloudData('checkin')).toEqual([{ action: 'checkin', code: CODE }])
  })
})

describe('my activities (weapp build)', () => {
  it('this quarter’s totals, running / upcoming / past with my status and check-in time, and 去签到 opens the check-in page', async () => {
    answer({
      'checkin.listActivities': () =>
        ok({
          quarter: { label: '2026年第四季度', from: '2026-10-01', to: '2026-12-31', expected: 2, attended: 1 },
          upcoming: [
            myActivity({ _id: 'a1', title: '主题党日', phase: 'open' }),
            myActivity({ _id: 'a2', title: '下周党课', phase: 'upcoming', stage: 'upcoming' })
          ],
          past: [
            myActivity({ _id: 'a0', title: '十月党课', phase: 'ended', stage: 'ended' }, { status: 'absent' }),
            myActivity(
              { _id: 'a9', title: '九月党课', phase: 'ended', stage: 'ended' },
              { status: 'present', checkedInAt: '2026-11-21T01:55:00.000Z' }
            )
          ]
        })
    })
    page = mountPage('pages/activities/index')
    await page.findText('主题党日')
    expect(page.text()).toContain('2026年第四季度 出勤 1/2')
    expect(page.byClass('page__heading').map((e) => e.textContent)).toEqual(['进行中', '即将开始', '已结束'])
    expect(page.byClass('my-act__row').map((e) => e.textContent)).toEqual([
      '主题党日未签到主题党日 · 第一养护站党支部2026-11-21 10:00 开始去签到',
      '下周党课未开始主题党日 · 第一养护站党支部2026-11-21 10:00 开始',
      '十月党课缺席主题党日 · 第一养护站党支部2026-11-21 10:00 开始',
      '九月党课出席主题党日 · 第一养护站党支部2026-11-21 10:00 开始签到时间 09:55'
    ])
    await page.tap('去签到')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/pages/checkin/index?activityId=a1')
  })
})

describe('station screen (weapp build, packageOrg)', () => {
  beforeEach(() => {
    wx.setKeepScreenOn = jest.fn((o: any) => {
      o.success?.({ errMsg: 'setKeepScreenOn:ok' })
      o.complete?.({ errMsg: 'setKeepScreenOn:ok' })
    })
  })
  const code = (over: Record<string, unknown> = {}) =>
    ok({
      activity: activity(),
      code: CODE,
      shortCode: '482913',
      window: 1000,
      rotateSeconds: 30,
      secondsLeft: 25,
      rotatesAt: '2026-11-21T02:10:25.000Z',
      checkins: [{ memberId: 'm07', name: '赵永平', checkedInAt: '2026-11-21T02:05:00.000Z', clock: '10:05', late: false, makeup: false }],
      count: 1,
      ...over
    })

  it('shows the mini-program code image, the short code, the countdown and who arrived; keeps the screen on', async () => {
    answer({
      'checkin.stationCode': () => code(),
      'checkin.stationWxacode': () =>
        ok({
          code: CODE,
          page: 'pages/checkin/index',
          mimeType: 'image/png',
          base64: 'iVBORw0KGgo=',
          window: 1000,
          rotatesAt: '',
          secondsLeft: 25
        })
    })
    page = mountPage('checkin/pages/station/index', { id: 'a0k3z9x1q2' })
    await page.findText('482913')
    await page.findText('25 秒后更新')
    expect(page.text()).toContain('赵永平')
    // The image (its src, a data: URL, is checked in the component test; simulate does not expose it).
    await waitUntil(() => page!.byClass('station__wxacode')[0], 'the wxacode image')
    expect(cloudData('stationWxacode')).toEqual([{ action: 'stationWxacode', activityId: 'a0k3z9x1q2' }])
    expect(page.byClass('qr')).toHaveLength(0)
    await page.findText('请用微信扫一扫，或在本小程序“签到”页扫码')
    expect(wx.setKeepScreenOn.mock.calls[0][0].keepScreenOn).toBe(true)
    expect(cloudData('stationCode')[0]).toEqual({ action: 'stationCode', activityId: 'a0k3z9x1q2' })
  })

  it('stops asking while the mini-program is in the background, and asks at once when it comes back', async () => {
    answer({ 'checkin.stationCode': () => code(), 'checkin.stationWxacode': () => fail('INTERNAL', '生成小程序码失败') })
    page = mountPage('checkin/pages/station/index', { id: 'a0k3z9x1q2' })
    await page.findText('482913')
    await waitUntil(() => cloudData('stationCode').length === 1 && page!.byClass('qr__run').length > 0, 'the first poll drawn')
    page.hide()
    await new Promise((r) => setTimeout(r, 3500)) // longer than one 3 s poll interval
    expect(cloudData('stationCode')).toHaveLength(1)
    expect(wx.setKeepScreenOn.mock.calls.at(-1)[0].keepScreenOn).toBe(false)
    page.show()
    await waitUntil(() => cloudData('stationCode').length === 2, 'a poll right after coming back', 1000)
    expect(wx.setKeepScreenOn.mock.calls.at(-1)[0].keepScreenOn).toBe(true)
  })

  it('draws a plain QR of the code when the mini-program code cannot be had', async () => {
    answer({ 'checkin.stationCode': () => code(), 'checkin.stationWxacode': () => fail('INTERNAL', '生成小程序码失败') })
    page = mountPage('checkin/pages/station/index', { id: 'a0k3z9x1q2' })
    await page.findText('482913')
    await waitUntil(() => page!.byClass('qr__run').length > 50, 'the QR drawn as runs')
    expect(page.byClass('station__wxacode')).toHaveLength(0)
    expect(page.text()).toContain('请打开本小程序，点“签到”→“扫码签到”扫描此码，或输入下方签到码')
    expect(page.text()).not.toContain('微信扫一扫')
  })
})
