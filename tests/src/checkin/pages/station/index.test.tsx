jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
// The H5 Taro that jest maps @tarojs/taro to has no page-lifecycle hooks: keep the latest callbacks
// (weapp calls them when the mini-program goes to the background or another page covers this one).
const lifecycle: { show?: () => void; hide?: () => void } = {}
Object.assign(require('@tarojs/taro'), {
  useDidShow: (cb: () => void) => Object.assign(lifecycle, { show: cb }),
  useDidHide: (cb: () => void) => Object.assign(lifecycle, { hide: cb })
})
import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import StationPage from '@/checkin/pages/station'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { CODE, CODE2, activity, record, stationCode } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'

const T0 = Date.parse('2026-11-21T02:10:00.000Z')

function openWith(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params } } as any)
}

/** Let the fake clock run `ms`, settling the mocked calls it starts. */
async function advance(ms: number) {
  for (let i = 0; i < ms / 500; i++) {
    await act(async () => {
      jest.advanceTimersByTime(500)
    })
  }
}

/** Settle the first call without moving the clock. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve()
  })
}

const countdown = () => document.querySelector('.station__countdown')!.textContent
const codeBox = () => document.querySelector('.station__code') as HTMLElement

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  jest.useFakeTimers({ now: T0 })
  openWith({ id: 'a0k3z9x1q2' })
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
})

describe('station screen (H5)', () => {
  it('shows a QR of the H5 check-in URL, the short code and a countdown that ticks each second', async () => {
    // The server counts down to the same rotation on every poll.
    answerCloud({ 'checkin.stationCode': () => stationCode({ secondsLeft: Math.ceil((T0 + 20_000 - Date.now()) / 1000) }) })
    render(<StationPage />)
    await settle()
    expect(screen.getByText('482913')).toBeTruthy()
    const url = `http://localhost/#/pages/checkin/index?scene=${CODE}`
    expect(codeBox().getAttribute('data-url')).toBe(url)
    expect(document.querySelector('.qr')!.getAttribute('data-qr')).toBe(url)
    expect(document.querySelectorAll('.qr__run').length).toBeGreaterThan(50)
    expect(countdown()).toBe('20 秒后更新')
    await advance(1000)
    expect(countdown()).toBe('19 秒后更新')
    await advance(5000)
    expect(countdown()).toBe('14 秒后更新')
    expect(calls('stationCode')[0]).toEqual({ action: 'stationCode', activityId: 'a0k3z9x1q2' })
  })

  it('polls every 3 seconds and lists arrivals newest first with the live count', async () => {
    let n = 0
    const arrivals = [record('赵永平', '2026-11-21T02:10:02.000Z'), record('杨国栋', '2026-11-21T02:10:05.000Z', { late: true })]
    answerCloud({
      'checkin.stationCode': () => {
        n++
        return stationCode({ checkins: n === 1 ? [] : n === 2 ? arrivals.slice(0, 1) : arrivals, secondsLeft: 30 })
      }
    })
    render(<StationPage />)
    await settle()
    screen.getByText('482913')
    expect(document.querySelector('.station__count-num')!.textContent).toBe('0')
    await advance(3000)
    expect(n).toBe(2)
    expect(document.querySelector('.station__count-num')!.textContent).toBe('1')
    expect(screen.getByText('赵永平')).toBeTruthy()
    await advance(3000)
    expect(n).toBe(3)
    expect(document.querySelector('.station__count-num')!.textContent).toBe('2')
    expect(Array.from(document.querySelectorAll('.station__name')).map((e) => e.textContent)).toEqual(['杨国栋', '赵永平'])
    expect(document.querySelector('.station__clock')!.textContent).toBe('10:10 迟到')
    expect(document.querySelector('.station__count')!.textContent).toContain('应到 3 人')
  })

  it('asks at once when the countdown reaches 0 and shows the next code', async () => {
    let n = 0
    answerCloud({
      'checkin.stationCode': () =>
        ++n === 1 ? stationCode({ secondsLeft: 1 }) : stationCode({ code: CODE2, shortCode: '105577', window: 1001, secondsLeft: 30 })
    })
    render(<StationPage />)
    await settle()
    screen.getByText('482913')
    await advance(1000)
    expect(n).toBe(2)
    expect(screen.getByText('105577')).toBeTruthy()
    expect(codeBox().getAttribute('data-url')).toContain(CODE2)
    expect(countdown()).toBe('30 秒后更新')
  })

  it('keeps the last code on screen while the network fails, and says so', async () => {
    let n = 0
    answerCloud({
      'checkin.stationCode': () => (++n === 2 ? fail('NETWORK', '网络连接失败，请检查网络后重试') : stationCode({ secondsLeft: 30 }))
    })
    render(<StationPage />)
    await settle()
    screen.getByText('482913')
    await advance(3000)
    expect(screen.getByText('482913')).toBeTruthy()
    expect(screen.getByText('网络连接失败，请检查网络后重试，正在重试…')).toBeTruthy()
    await advance(3000)
    expect(screen.queryByText(/正在重试/)).toBeNull()
  })

  it('stops polling when the screen closes', async () => {
    answerCloud({ 'checkin.stationCode': () => stationCode({ secondsLeft: 30 }) })
    const { unmount } = render(<StationPage />)
    await settle()
    screen.getByText('482913')
    unmount()
    await advance(9000)
    expect(calls('stationCode')).toHaveLength(1)
  })

  it('stops polling and counting down while hidden (weapp in the background), asks at once when shown again', async () => {
    let n = 0
    answerCloud({
      'checkin.stationCode': () =>
        ++n < 3 ? stationCode({ secondsLeft: 30 }) : stationCode({ secondsLeft: 30, code: CODE2, shortCode: '731002', window: 2 })
    })
    render(<StationPage />)
    await settle()
    await advance(3000)
    expect(calls('stationCode')).toHaveLength(2)
    const before = countdown()
    await act(async () => lifecycle.hide!())
    await advance(60_000)
    expect(calls('stationCode')).toHaveLength(2)
    expect(countdown()).toBe(before)
    await act(async () => lifecycle.show!())
    await settle()
    // At once, not at the next 3 s tick: the code on screen may be a minute old.
    expect(calls('stationCode')).toHaveLength(3)
    expect(screen.getByText('731002')).toBeTruthy()
    await advance(3000)
    expect(calls('stationCode')).toHaveLength(4)
  })

  it('stops polling while the H5 tab is hidden and resumes when it is visible again', async () => {
    answerCloud({ 'checkin.stationCode': () => stationCode({ secondsLeft: 30 }) })
    render(<StationPage />)
    await settle()
    const setVisibility = async (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
      await act(async () => {
        document.dispatchEvent(new Event('visibilitychange'))
      })
    }
    await setVisibility('hidden')
    await advance(30_000)
    expect(calls('stationCode')).toHaveLength(1)
    await setVisibility('visible')
    await settle()
    expect(calls('stationCode')).toHaveLength(2)
    delete (document as any).visibilityState
  })

  it.each([
    ['upcoming', { phase: 'upcoming', opensAt: '2026-11-27T06:30:00.000Z' }, '签到将于 2026-11-27 14:30 开放，届时扫码有效'],
    ['ended', { phase: 'ended', closesAt: '2026-11-21T09:00:00.000Z' }, '签到已于 2026-11-21 17:00 结束'],
    ['open', { phase: 'open' }, null]
  ])('says on the screen when check-in is not open (%s), in CST', async (_n, over, notice) => {
    answerCloud({ 'checkin.stationCode': () => stationCode({ activity: activity(over as any) }) })
    render(<StationPage />)
    await settle()
    expect(document.querySelector('.station__notice')?.textContent ?? null).toBe(notice)
  })

  it('shows a refusal (not an organiser) with a retry', async () => {
    answerCloud({ 'checkin.stationCode': () => fail('FORBIDDEN', '只有活动所在组织的书记、委员可以打开签到屏') })
    render(<StationPage />)
    await settle()
    expect(screen.getByText('只有活动所在组织的书记、委员可以打开签到屏')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })

  it('needs an activity id', async () => {
    openWith({})
    answerCloud({})
    render(<StationPage />)
    await settle()
    expect(screen.getByText('缺少活动编号，请从活动列表进入')).toBeTruthy()
  })
})

describe('station screen (weapp)', () => {
  it('shows the mini-program code image, keeps the screen on, and asks for a new image per window only', async () => {
    process.env.TARO_ENV = 'weapp'
    const keep = stubTaro('setKeepScreenOn', async (_o: unknown) => ({ errMsg: 'ok' }))
    answerCloud({
      'checkin.stationCode': () => stationCode({ secondsLeft: 30 }),
      'checkin.stationWxacode': () => ({
        code: CODE,
        page: 'pages/checkin/index',
        mimeType: 'image/png',
        base64: 'iVBORw0KGgo=',
        window: 1000,
        rotatesAt: '',
        secondsLeft: 30
      })
    })
    const { unmount } = render(<StationPage />)
    await settle()
    screen.getByText('482913')
    await advance(500)
    const img = document.querySelector('.station__wxacode') as HTMLElement
    expect(img.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=')
    expect(document.querySelector('.qr')).toBeNull()
    expect(screen.getByText('请用微信扫一扫，或在本小程序“签到”页扫码')).toBeTruthy()
    await advance(6000)
    expect(calls('stationCode').length).toBeGreaterThanOrEqual(3)
    expect(calls('stationWxacode')).toHaveLength(1)
    expect(keep).toHaveBeenCalledWith({ keepScreenOn: true })
    unmount()
    expect(keep).toHaveBeenLastCalledWith({ keepScreenOn: false })
  })

  it('falls back to a plain QR of the code (for Taro.scanCode) when the image cannot be had', async () => {
    process.env.TARO_ENV = 'weapp'
    stubTaro('setKeepScreenOn', async (_o: unknown) => ({ errMsg: 'ok' }))
    answerCloud({
      'checkin.stationCode': () => stationCode({ secondsLeft: 30 }),
      'checkin.stationWxacode': () => fail('INTERNAL', '生成小程序码失败')
    })
    render(<StationPage />)
    await settle()
    screen.getByText('482913')
    await advance(500)
    expect(document.querySelector('.station__wxacode')).toBeNull()
    expect(document.querySelector('.qr')!.getAttribute('data-qr')).toBe(CODE)
    // WeChat's 扫一扫 cannot open a plain QR of the bare code: point to the mini-program's own scanner.
    expect(screen.getByText('请打开本小程序，点“签到”→“扫码签到”扫描此码，或输入下方签到码')).toBeTruthy()
    expect(screen.queryByText(/微信扫一扫/)).toBeNull()
  })
})
