jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import CheckinPage from '@/checkin/main/scan'
import { CloudError } from '@/core/cloud'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { CODE, activity, myActivity } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
function openWith(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params } } as any)
}
function setGeolocation(impl: ((ok: (p: any) => void, fail: (e: any) => void) => void) | undefined) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: impl ? { getCurrentPosition: impl } : undefined })
}

const ok =
  (over: Partial<ReturnType<typeof activity>> = {}, late = false) =>
  () => ({
    checkedInAt: '2026-11-21T02:05:00.000Z',
    clock: '10:05',
    late,
    activity: activity(over)
  })
const refuse = (code: string, message: string, details?: unknown) => () => {
  throw new CloudError(code, message, details)
}
const mine = () => ({ upcoming: [myActivity(), myActivity({ _id: 'a-later', title: '党课', phase: 'upcoming' })], past: [] })

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  nav = spyNavigation()
  setGeolocation(undefined)
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
})

describe('check-in page opened with a scene', () => {
  it.each([
    ['as WeChat hands it (URL-encoded)', encodeURIComponent(CODE)],
    ['already decoded (H5 hash query)', CODE]
  ])('checks in at once with the code %s and shows the result large', async (_n, scene) => {
    openWith({ scene })
    answerCloud({ 'checkin.checkin': ok(), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(screen.getByText('签到时间 10:05')).toBeTruthy()
    expect(document.querySelector('.checkin__title')!.textContent).toBe('11月主题党日')
    expect(screen.queryByText('迟到')).toBeNull()
    expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE }])
    // Done: no form to type a code any more.
    expect(screen.queryByText('输入签到码')).toBeNull()
  })

  it('marks a late check-in', async () => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': ok({}, true), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await screen.findByText('签到成功')
    expect(screen.getByText('迟到').className).toContain('tag--warn')
  })

  it('sends the position when the browser gives one', async () => {
    setGeolocation((success) => success({ coords: { latitude: 36.0611234567, longitude: 103.8343219 } }))
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': ok(), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await screen.findByText('签到成功')
    expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE, location: { lat: 36.061123, lng: 103.834322 } }])
  })

  it('shows the time of an earlier check-in', async () => {
    openWith({ scene: CODE })
    answerCloud({
      'checkin.checkin': refuse('ALREADY_CHECKED_IN', '您已于 09:58 签到', { clock: '09:58' }),
      'checkin.listActivities': mine
    })
    render(<CheckinPage />)
    expect(await screen.findByText('已签到')).toBeTruthy()
    expect(screen.getByText('您已于 09:58 签到')).toBeTruthy()
    expect(screen.queryByText('重新定位并签到')).toBeNull()
  })

  it.each([
    ['CODE_EXPIRED', '二维码已更新，请重新扫描签到屏'],
    ['CODE_FORGED', '二维码无效'],
    ['NOT_ELIGIBLE', '您不是该活动所在组织的党员'],
    ['WINDOW_CLOSED', '签到已于 12:00 截止']
  ])('explains a refusal %s in the server’s words', async (code, message) => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': refuse(code, message), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText('未能签到')).toBeTruthy()
    expect(screen.getByText(message)).toBeTruthy()
    expect(screen.queryByText('重新定位并签到')).toBeNull()
  })

  it.each([
    ['LOCATION_REQUIRED', '该活动需要定位，请允许获取位置后重试'],
    ['OUT_OF_RANGE', '您距离活动地点约 820 米，超出 300 米签到范围']
  ])('offers to locate again after %s, then succeeds', async (code, message) => {
    openWith({ scene: CODE })
    let n = 0
    answerCloud({ 'checkin.checkin': () => (++n === 1 ? refuse(code, message)() : ok()()), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText(message)).toBeTruthy()
    setGeolocation((success) => success({ coords: { latitude: 36.06, longitude: 103.83 } }))
    await tap('重新定位并签到')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([
      { action: 'checkin', code: CODE },
      { action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }
    ])
  })

  it('says so when the scene is not a code, without calling the server', async () => {
    openWith({ scene: 'not a code at all' })
    answerCloud({ 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText('二维码无法识别，请重新扫描签到屏上的二维码')).toBeTruthy()
    expect(calls('checkin')).toEqual([])
  })

  it('offers sign-in to a browser that is not signed in (a phone opening the QR URL cold), and says only that', async () => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': refuse('UNAUTHENTICATED', '未能识别当前微信用户，请重新进入小程序'), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText('登录后将自动完成本次签到')).toBeTruthy()
    // 请重新进入小程序 contradicted it: signing in is the whole answer.
    expect(document.querySelector('.checkin__result')!.textContent).toBe('请先登录登录后将自动完成本次签到去登录')
    expect(screen.queryByText(/请重新进入小程序/)).toBeNull()
    await tap('去登录')
    expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })

  it('sends an unbound member to sign-in', async () => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': refuse('NOT_BOUND', '尚未绑定党员身份'), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })
})

describe('check-in page without a scene', () => {
  it('in H5 without a camera: pick one of the open activities, type the short code', async () => {
    openWith({})
    answerCloud({
      'checkin.listActivities': () => ({
        upcoming: [
          ...mine().upcoming,
          myActivity({ _id: 'a-vol', title: '志愿服务', phase: 'open' }),
          myActivity({ _id: 'a-done', title: '集中学习', phase: 'open' }, { status: 'present', checkedInAt: '2026-11-21T01:00:00Z' })
        ],
        past: []
      }),
      'checkin.checkin': ok()
    })
    render(<CheckinPage />)
    expect(screen.queryByText('扫码签到')).toBeNull() // jsdom has no BarcodeDetector
    await screen.findByText('11月主题党日')
    expect(screen.queryByText('党课')).toBeNull() // not open yet
    expect(screen.queryByText('集中学习', { selector: '.chips__chip' })).toBeNull() // already checked in
    await typeInto('6位签到码', '482913')
    await tap('提交签到码')
    expect(screen.getByText('请先选择活动')).toBeTruthy()
    await tap('11月主题党日')
    await tap('提交签到码')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([{ action: 'checkin', activityId: 'a0k3z9x1q2', shortCode: '482913' }])
  })

  // The only open activity once looked chosen and was not: the first submit failed with 请先选择活动.
  it('picks the only open activity already: the first submit goes through', async () => {
    openWith({})
    answerCloud({ 'checkin.listActivities': mine, 'checkin.checkin': ok() })
    render(<CheckinPage />)
    const chip = await screen.findByText('11月主题党日')
    await waitFor(() => expect(chip.getAttribute('aria-checked')).toBe('true'))
    expect(chip.className).toContain('chips__chip--on')
    await typeInto('6位签到码', '482913')
    await tap('提交签到码')
    expect(screen.queryByText('请先选择活动')).toBeNull()
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([{ action: 'checkin', activityId: 'a0k3z9x1q2', shortCode: '482913' }])
  })

  it('after checking in, coming back says when and where, not that nothing is open', async () => {
    openWith({})
    answerCloud({
      'checkin.listActivities': () => ({
        upcoming: [
          myActivity(
            { _id: 'a-done', title: '主题党日：学习新修订的党章', phase: 'open' },
            { status: 'late', checkedInAt: '2026-11-21T13:48:00Z' }
          ),
          myActivity({ _id: 'a-later', title: '党课', phase: 'upcoming' })
        ],
        past: []
      })
    })
    render(<CheckinPage />)
    expect(await screen.findByText('已于 21:48 签到：主题党日：学习新修订的党章')).toBeTruthy()
    expect(screen.queryByText('现在没有可签到的活动')).toBeNull()
  })

  it('a wrong typed code offers 重新输入 (not 重新扫码), which empties the field for the digits again', async () => {
    openWith({})
    let n = 0
    answerCloud({
      'checkin.listActivities': mine,
      'checkin.checkin': () => (++n === 1 ? refuse('CODE_FORGED', '数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字')() : ok()())
    })
    render(<CheckinPage />)
    await screen.findByText('11月主题党日')
    await typeInto('6位签到码', '482914')
    await tap('提交签到码')
    expect(await screen.findByText('数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字')).toBeTruthy()
    expect(screen.queryByText('重新扫码')).toBeNull()
    await tap('重新输入')
    expect(screen.queryByText('未能签到')).toBeNull()
    expect(document.querySelector<HTMLInputElement>('input[placeholder="6位签到码"]')!.value).toBe('')
    await typeInto('6位签到码', '482913')
    await tap('提交签到码')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin').map((e) => e.shortCode)).toEqual(['482914', '482913'])
  })

  it('comes preselected from 去签到 and checks the digits before sending', async () => {
    openWith({ activityId: 'a0k3z9x1q2' })
    answerCloud({ 'checkin.listActivities': mine, 'checkin.checkin': ok() })
    render(<CheckinPage />)
    const chip = await screen.findByText('11月主题党日')
    expect(chip.className).toContain('chips__chip--on')
    await typeInto('6位签到码', '12345')
    await tap('提交签到码')
    expect(screen.getByText('请输入签到屏二维码下方的6位数字')).toBeTruthy()
    expect(calls('checkin')).toEqual([])
  })

  it('says when nothing is open', async () => {
    openWith({})
    answerCloud({ 'checkin.listActivities': () => ({ upcoming: [], past: [] }) })
    render(<CheckinPage />)
    expect(await screen.findByText('现在没有可签到的活动')).toBeTruthy()
  })

  it('in H5 with BarcodeDetector: the camera reads the station URL', async () => {
    openWith({})
    const stop = jest.fn()
    ;(window as any).BarcodeDetector = class {
      async detect() {
        return [{ rawValue: `http://192.168.1.5:8080/#/pages/checkin/index?scene=${CODE}` }]
      }
    }
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: jest.fn(async () => ({ getTracks: () => [{ stop }] })) }
    })
    jest.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    answerCloud({ 'checkin.listActivities': mine, 'checkin.checkin': ok() })
    try {
      render(<CheckinPage />)
      await tap('扫码签到')
      expect(await screen.findByText('签到成功')).toBeTruthy()
      expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE }])
      expect(stop).toHaveBeenCalled()
      expect(document.querySelector('.camera-scan')).toBeNull()
    } finally {
      delete (window as any).BarcodeDetector
      delete (navigator as any).mediaDevices
    }
  })

  it.each([
    ['a plain QR of the code', { result: CODE }],
    ['the H5 station URL', { result: `http://10.0.0.8:8080/#/pages/checkin/index?scene=${CODE}` }],
    ['a mini-program code', { result: '', path: `pages/checkin/index?scene=${encodeURIComponent(CODE)}` }]
  ])('in WeChat: scanCode reading %s', async (_n, res) => {
    process.env.TARO_ENV = 'weapp'
    openWith({})
    stubTaro('getLocation', async () => Promise.reject(new Error('auth deny')))
    const scan = stubTaro('scanCode', async (_o: unknown) => ({ errMsg: 'scanCode:ok', ...res }))
    answerCloud({ 'checkin.checkin': ok(), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await tap('扫码签到')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    // wxCode too: older base libraries read a mini-program code only when asked for it.
    expect(scan).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['wxCode', 'qrCode'] })
    expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE }])
  })

  it('in WeChat: the 6-digit short code is there as the fallback when the scanner fails', async () => {
    process.env.TARO_ENV = 'weapp'
    openWith({})
    stubTaro('getLocation', async () => Promise.reject(new Error('auth deny')))
    answerCloud({ 'checkin.listActivities': mine, 'checkin.checkin': ok() })
    render(<CheckinPage />)
    expect(screen.getByText('扫码签到')).toBeTruthy()
    expect(screen.getByText('输入签到码')).toBeTruthy()
    await screen.findByText('11月主题党日')
    await tap('11月主题党日')
    await typeInto('6位签到码', '482913')
    await tap('提交签到码')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([{ action: 'checkin', activityId: 'a0k3z9x1q2', shortCode: '482913' }])
  })

  it('in WeChat: LOCATION_REQUIRED offers 打开定位权限 (the mini-program settings), then locates again', async () => {
    process.env.TARO_ENV = 'weapp'
    openWith({ scene: CODE })
    let allowed = false
    stubTaro('authorize', async () => (allowed ? { errMsg: 'authorize:ok' } : Promise.reject(new Error('authorize:fail auth deny'))))
    stubTaro('getLocation', async () => ({ latitude: 36.06, longitude: 103.83 }))
    const openSetting = stubTaro('openSetting', async () => {
      allowed = true
      return { errMsg: 'openSetting:ok', authSetting: { 'scope.userLocation': true } }
    })
    let n = 0
    answerCloud({
      'checkin.checkin': () => (++n === 1 ? refuse('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试')() : ok()()),
      'checkin.listActivities': mine
    })
    render(<CheckinPage />)
    expect(await screen.findByText('请在小程序设置中打开位置权限，并到活动地点附近后重试。')).toBeTruthy()
    expect(screen.queryByText(/手机设置/)).toBeNull()
    await tap('打开定位权限')
    expect(openSetting).toHaveBeenCalledTimes(1)
    await tap('重新定位并签到')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([
      { action: 'checkin', code: CODE },
      { action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }
    ])
  })

  it('in H5: LOCATION_REQUIRED points to the browser, no settings button', async () => {
    openWith({ scene: CODE })
    answerCloud({
      'checkin.checkin': refuse('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试'),
      'checkin.listActivities': mine
    })
    render(<CheckinPage />)
    expect(await screen.findByText('请在浏览器中允许获取位置，并到活动地点附近后重试。')).toBeTruthy()
    expect(screen.queryByText('打开定位权限')).toBeNull()
  })

  it('in WeChat: a QR that is not ours is refused on the phone', async () => {
    process.env.TARO_ENV = 'weapp'
    openWith({})
    stubTaro('scanCode', async () => ({ errMsg: 'scanCode:ok', result: 'https://example.com/' }))
    answerCloud({})
    render(<CheckinPage />)
    await tap('扫码签到')
    expect(await screen.findByText('这不是签到二维码，请扫描签到屏上的二维码')).toBeTruthy()
    expect(calls('checkin')).toEqual([])
  })

  it('links to my activities', async () => {
    openWith({})
    answerCloud({ 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await tap('我的活动')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/pages/activities/index' })
  })
})
