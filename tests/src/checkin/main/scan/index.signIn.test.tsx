jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
// A code scanned before signing in is carried through sign-in (goLanding opens the check-in page with
// it); an expired code offers 重新扫码; a browser that is not signed in is asked to sign in first.
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import CheckinPage from '@/checkin/main/scan'
import { CloudError } from '@/core/cloud'
import { goLanding } from '@/core/nav'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { CODE, activity, myActivity } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

const KEY = 'tongxin.pendingCheckin'
// The jsdom-mapped H5 Taro lacks the storage APIs on its default export (the real builds have them).
const storage = new Map<string, unknown>()
function stubStorage() {
  stubTaro('setStorageSync', (k: string, v: unknown) => void storage.set(k, v))
  stubTaro('getStorageSync', (k: string) => (storage.has(k) ? storage.get(k) : ''))
  stubTaro('removeStorageSync', (k: string) => void storage.delete(k))
}
const NOW = Date.parse('2026-11-21T02:00:00Z')
let nav: ReturnType<typeof spyNavigation>

function openWith(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params } } as any)
}
const refuse = (code: string, message: string) => () => {
  throw new CloudError(code, message)
}
const ok = () => ({ checkedInAt: '2026-11-21T02:05:00.000Z', clock: '10:05', late: false, activity: activity() })
const mine = () => ({ upcoming: [myActivity()], past: [] })

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  nav = spyNavigation()
  storage.clear()
  stubStorage()
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
})

describe('a scan before signing in', () => {
  it('keeps the code when the browser is not signed in, and sign-in lands back on the check-in page with it, once', async () => {
    openWith({ scene: CODE })
    answerCloud({
      'checkin.checkin': refuse('UNAUTHENTICATED', '未能识别当前微信用户，请重新进入小程序'),
      'checkin.listActivities': refuse('UNAUTHENTICATED', '未能识别当前微信用户，请重新进入小程序')
    })
    render(<CheckinPage />)
    expect(await screen.findByText('登录后将自动完成本次签到')).toBeTruthy()
    // Nothing to type or scan until signed in: it would fail the same way.
    expect(screen.queryByText('输入签到码')).toBeNull()
    await tap('去登录')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/login/index' })

    goLanding('home')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: `/pages/checkin/index?scene=${CODE}` })
    goLanding('home')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/home/index' })
  })

  it('keeps the code for an unbound WeChat user sent to bind (goLanding after binding)', async () => {
    openWith({ scene: encodeURIComponent(CODE) })
    answerCloud({
      'checkin.checkin': refuse('NOT_BOUND', '尚未绑定党员身份'),
      'checkin.listActivities': refuse('NOT_BOUND', '尚未绑定党员身份')
    })
    render(<CheckinPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
    goLanding('home')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: `/pages/checkin/index?scene=${CODE}` })
  })

  it('drops a code kept more than 10 minutes ago: the landing is the usual one', () => {
    storage.set(KEY, { code: CODE, at: NOW - 11 * 60_000 })
    goLanding('home')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/home/index' })
    expect(storage.has(KEY)).toBe(false)
  })

  it('keeps nothing for a refusal that signing in cannot fix', async () => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': refuse('WINDOW_CLOSED', '签到已结束'), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await screen.findByText('签到已结束')
    goLanding('home')
    expect(nav.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/home/index' })
  })

  it('without a scene, a browser that is not signed in is asked to sign in (not told nothing is open)', async () => {
    openWith({})
    answerCloud({ 'checkin.listActivities': refuse('UNAUTHENTICATED', '未能识别当前微信用户，请重新进入小程序') })
    render(<CheckinPage />)
    expect(await screen.findByText('请先登录，再扫码或输入签到码签到')).toBeTruthy()
    expect(screen.queryByText('现在没有可签到的活动')).toBeNull()
    await tap('去登录')
    expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })
})

describe('the code rotated while signing in', () => {
  it('in WeChat: CODE_EXPIRED says so and 重新扫码 opens the scanner; the new code checks in', async () => {
    process.env.TARO_ENV = 'weapp'
    openWith({ scene: CODE })
    stubTaro('getLocation', async () => Promise.reject(new Error('auth deny')))
    const NEW = 'a0k3z9x1q2.xo8n7m.Nn2b_3CdEf'
    const scan = stubTaro('scanCode', async () => ({ errMsg: 'scanCode:ok', result: NEW }))
    answerCloud({
      'checkin.checkin': (e: { code: string }) =>
        e.code === CODE ? refuse('CODE_EXPIRED', '签到码已过期，请扫描签到屏上最新的二维码')() : ok()
    })
    render(<CheckinPage />)
    expect(await screen.findByText('签到码已过期，请扫描签到屏上最新的二维码')).toBeTruthy()
    // One scan button, the one that says what to do.
    expect(screen.queryByText('扫码签到')).toBeNull()
    await tap('重新扫码')
    expect(scan).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['wxCode', 'qrCode'] })
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin').map((e) => e.code)).toEqual([CODE, NEW])
  })

  it('in H5 without a camera: 重新扫码 says to scan the screen with the phone camera, and the short-code form stays', async () => {
    openWith({ scene: CODE })
    answerCloud({ 'checkin.checkin': refuse('CODE_EXPIRED', '签到码已过期，请扫描签到屏上最新的二维码'), 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await screen.findByText('签到码已过期，请扫描签到屏上最新的二维码')
    await tap('重新扫码')
    expect(screen.getByText('请用手机相机扫描签到屏上最新的二维码，或在下方输入签到码')).toBeTruthy()
    expect(screen.queryByText('签到码已过期，请扫描签到屏上最新的二维码')).toBeNull()
    expect(screen.getByText('输入签到码')).toBeTruthy()
  })
})
