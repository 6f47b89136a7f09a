// The H5 back control: Taro's H5 build hides the navigation bar, so without it a page opened from a
// link had no way back but the browser's.
import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import BackBar, { ROUTE_CHANGED } from '@/core/components/BackBar'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

let stack: string[] = []
let nav: ReturnType<typeof spyNavigation>
let back: jest.Mock
beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  nav = spyNavigation()
  back = stubTaro('navigateBack', () => Promise.resolve({ errMsg: 'navigateBack:ok' }))
  stubTaro('getCurrentPages', () => stack.map((route) => ({ route })))
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
  document.body.classList.remove('tx-has-back')
})

const go = (...pages: string[]) =>
  act(() => {
    stack = pages
    Taro.eventCenter.trigger(ROUTE_CHANGED, { toLocation: { path: pages[pages.length - 1] } })
  })

describe('H5 back control', () => {
  it('shows nothing on home, 返回 on a page opened from it, and goes back', async () => {
    stack = ['/pages/home/index']
    render(<BackBar />)
    expect(screen.queryByText('返回')).toBeNull()
    expect(document.body.classList.contains('tx-has-back')).toBe(false)
    await go('/pages/home/index', '/assessment/pages/my/index')
    expect(document.body.classList.contains('tx-has-back')).toBe(true)
    await tap('返回')
    expect(back).toHaveBeenCalledTimes(1)
    await go('/pages/home/index')
    expect(screen.queryByText('返回')).toBeNull()
    expect(document.body.classList.contains('tx-has-back')).toBe(false)
  })

  it('offers 首页 on a page opened directly (a link, a scan, after sign-in)', async () => {
    stack = ['/assessment/pages/board/index']
    render(<BackBar />)
    await tap('首页')
    expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
    expect(back).not.toHaveBeenCalled()
  })

  it.each(['/pages/login/index', '/assessment/pages/masses/index'])('shows nothing on %s', (route) => {
    stack = [route]
    render(<BackBar />)
    expect(screen.queryByText('首页')).toBeNull()
    expect(screen.queryByText('返回')).toBeNull()
  })

  it('shows nothing in WeChat, which has its own navigation bar', () => {
    process.env.TARO_ENV = 'weapp'
    stack = ['/pages/home/index', '/pages/card/index']
    render(<BackBar />)
    expect(screen.queryByText('返回')).toBeNull()
  })
})
