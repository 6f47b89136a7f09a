import Taro from '@tarojs/taro'
import { currentPageUrl, goLanding, loginPage, safeReturn, sendToLoginIfUnbound, sendToSignIn } from '@/core/nav'
import { CloudError } from '@/core/cloud'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
const at = (path: string, params: Record<string, string> = {}) =>
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path } } as any)
beforeEach(() => {
  nav = spyNavigation()
  // No check-in scanned before sign-in.
  stubTaro('getStorageSync', () => '')
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('safeReturn: only our own pages, never sign-in or home', () => {
  it.each([
    ['/assessment/pages/my/index', '/assessment/pages/my/index'],
    ['/member/pages/member/index?id=r2', '/member/pages/member/index?id=r2'],
    ['%2Fassessment%2Fpages%2Fboard%2Findex%3FperiodId%3Dp0', '/assessment/pages/board/index?periodId=p0'],
    ['/pages/login/index', null],
    ['/pages/home/index', null],
    ['https://evil.example/pages/x/index', null],
    ['//evil.example/x/index', null],
    ['/pages/../x/index', null],
    ['javascript:alert(1)', null],
    ['%E0%A4%A', null],
    ['', null],
    [null, null]
  ])('%j → %j', (url, expected) => {
    expect(safeReturn(url)).toBe(expected)
  })
})

describe('currentPageUrl and loginPage', () => {
  it.each([
    ['/assessment/pages/board/index', { periodId: 'p0', $taroTimestamp: '1' }, '/assessment/pages/board/index?periodId=p0'],
    ['/member/pages/member/index?id=r2', { id: 'r2 x' }, '/member/pages/member/index?id=r2%20x'],
    ['pages/card/index', {}, '/pages/card/index']
  ])('%s %j → %s', (path, params, url) => {
    at(path, params)
    expect(currentPageUrl()).toBe(url)
  })

  it('names the page to come back to, or none', () => {
    expect(loginPage('/assessment/pages/my/index')).toBe('/pages/login/index?to=%2Fassessment%2Fpages%2Fmy%2Findex')
    expect(loginPage('/pages/home/index')).toBe('/pages/login/index')
    expect(loginPage(null)).toBe('/pages/login/index')
  })
})

describe('after sign-in', () => {
  it.each([
    [undefined, '/pages/home/index'],
    ['/checkin/pages/ledger/index', '/checkin/pages/ledger/index'],
    ['https://evil.example/', '/pages/home/index']
  ])('goLanding(home, %j) → %s', (to, url) => {
    goLanding('home', to)
    expect(nav.reLaunch).toHaveBeenCalledWith({ url })
  })
})

describe('sending a visitor to sign-in', () => {
  it.each([
    ['NOT_BOUND', true],
    ['UNAUTHENTICATED', true],
    ['FORBIDDEN', false],
    ['NETWORK', false]
  ])('%s → to sign-in and back: %s', (code, sent) => {
    at('/assessment/pages/result/index', { periodId: 'p0' })
    expect(sendToSignIn(new CloudError(code, 'x'))).toBe(sent)
    if (sent)
      expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index?to=%2Fassessment%2Fpages%2Fresult%2Findex%3FperiodId%3Dp0' })
    else expect(nav.reLaunch).not.toHaveBeenCalled()
  })

  it('the check-in page’s variant takes NOT_BOUND only (it keeps a signed-out scan itself)', () => {
    at('/pages/checkin/index', { scene: 'x' })
    expect(sendToLoginIfUnbound(new CloudError('UNAUTHENTICATED', 'x'))).toBe(false)
    expect(sendToLoginIfUnbound(new CloudError('NOT_BOUND', 'x'))).toBe(true)
    expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })
})
