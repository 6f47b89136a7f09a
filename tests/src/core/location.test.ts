// currentLocation in weapp: the permission is asked before the timeout starts, so WeChat's prompt
// (which waits for the member) cannot eat the 3 s meant for the position fix.
import { currentLocation, openLocationSetting, pickVenue } from '@/core/location'
import {
  AGREE_BUTTON_ID,
  answerPrivacy,
  installPrivacyListener,
  privacyState,
  resetPrivacyForTests,
  sheetMounted
} from '@/core/privacy/consent'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { type FakePrivacy, fakePrivacy } from '@tests/src/helpers/wechatPrivacy'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
})
afterEach(() => {
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
})

/** WeChat as it behaves: without the permission, getLocation first shows the prompt (here 80 ms). */
function wechat(answer: 'allow' | 'deny') {
  let granted = false
  const order: string[] = []
  const prompt = async () => {
    await sleep(80)
    if (answer === 'deny') throw new Error('auth deny')
    granted = true
  }
  const authorize = stubTaro('authorize', async (o: { scope: string }) => {
    order.push(`authorize ${o.scope}`)
    if (!granted) await prompt()
    return { errMsg: 'authorize:ok' }
  })
  const getLocation = stubTaro('getLocation', async () => {
    order.push('getLocation')
    if (!granted) await prompt()
    return { latitude: 36.0611111, longitude: 103.8343333 }
  })
  return { authorize, getLocation, order }
}

describe('currentLocation (weapp)', () => {
  it('asks for scope.userLocation first; a prompt slower than the timeout still yields the position', async () => {
    const w = wechat('allow')
    expect(await currentLocation(30)).toEqual({ lat: 36.061111, lng: 103.834333 })
    expect(w.order).toEqual(['authorize scope.userLocation', 'getLocation'])
  })

  it('refused permission → null at once, getLocation not called', async () => {
    const w = wechat('deny')
    expect(await currentLocation(30)).toBeNull()
    expect(w.getLocation).not.toHaveBeenCalled()
  })

  it('a fix slower than the timeout → null', async () => {
    stubTaro('authorize', async () => ({ errMsg: 'authorize:ok' }))
    stubTaro('getLocation', () => new Promise((r) => setTimeout(() => r({ latitude: 1, longitude: 2 }), 200)))
    expect(await currentLocation(30)).toBeNull()
  })
})

describe('openLocationSetting', () => {
  it.each([
    [{ 'scope.userLocation': true }, true],
    [{ 'scope.userLocation': false }, false],
    [{}, false]
  ])('authSetting %j → %s', async (authSetting, allowed) => {
    const open = stubTaro('openSetting', async () => ({ errMsg: 'openSetting:ok', authSetting }))
    expect(await openLocationSetting()).toBe(allowed)
    expect(open).toHaveBeenCalledTimes(1)
  })

  it('a failing openSetting → false, never throws', async () => {
    stubTaro('openSetting', async () => Promise.reject(new Error('openSetting:fail')))
    expect(await openLocationSetting()).toBe(false)
  })
})

describe('the privacy guide comes first (weapp)', () => {
  const g = global as any
  let gate: FakePrivacy
  beforeEach(() => {
    resetPrivacyForTests()
    gate = fakePrivacy()
    g.wx = { ...gate.api }
    installPrivacyListener()
  })
  afterEach(() => {
    delete g.wx
  })

  /** The member answers the sheet (open by now) with `agree`. */
  const answer = async (agree: boolean) => {
    await sleep(0)
    const { open } = privacyState() // the sheet is up: the call waits for the member
    expect(open).toBe(true)
    if (agree) gate.pressAgree(AGREE_BUTTON_ID)
    answerPrivacy(agree)
  }

  it.each([
    ['currentLocation', () => currentLocation(30), 'getLocation'],
    ['pickVenue', () => pickVenue(), 'chooseLocation']
  ])('%s: 拒绝 → null, and WeChat’s %s is never called', async (_n, call, api) => {
    const unmount = sheetMounted()
    const authorize = stubTaro('authorize', async () => ({ errMsg: 'authorize:ok' }))
    const wxApi = stubTaro(api as string, async () => ({ latitude: 1, longitude: 2 }))
    const result = (call as () => Promise<unknown>)()
    await answer(false)
    expect(await result).toBeNull()
    expect(authorize).not.toHaveBeenCalled()
    expect(wxApi).not.toHaveBeenCalled()
    unmount()
  })

  it('同意 → consent, then the permission, then the position', async () => {
    const unmount = sheetMounted()
    const w = wechat('allow')
    const result = currentLocation(30)
    await answer(true)
    expect(await result).toEqual({ lat: 36.061111, lng: 103.834333 })
    expect([...gate.referrers, ...w.order]).toEqual(['requirePrivacyAuthorize', 'authorize scope.userLocation', 'getLocation'])
    unmount()
  })

  it('pickVenue: 同意 → WeChat’s map picker', async () => {
    const unmount = sheetMounted()
    stubTaro('chooseLocation', async () => ({ latitude: 36.0611111, longitude: 103.8343333, name: '三楼会议室', address: '' }))
    const result = pickVenue()
    await answer(true)
    expect(await result).toEqual({ lat: 36.061111, lng: 103.834333, name: '三楼会议室' })
    unmount()
  })
})
