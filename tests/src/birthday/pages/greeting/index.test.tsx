jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
jest.mock('@/birthday/cardCanvas', () => ({ ...jest.requireActual('@/birthday/cardCanvas'), findCanvas: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import GreetingPage from '@/birthday/pages/greeting'
import { findCanvas } from '@/birthday/cardCanvas'
import { OATH } from '@shared/birthday/oath'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { route } from '@tests/src/helpers/assessMember'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { greeting } from '@tests/src/helpers/birthdayFixtures'
import { whoMember } from '@tests/src/helpers/fixtures'
import { forgetCaller } from '@/core/caller'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { consentBalances } from '@tests/src/helpers/consents'

const PATH = '/birthday/pages/greeting/index'

/** A canvas whose 2D context records what is drawn. */
function fakeCanvas() {
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    font: '',
    textAlign: '',
    textBaseline: '',
    scale: jest.fn(),
    fillRect: jest.fn(),
    strokeRect: jest.fn(),
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    stroke: jest.fn(),
    fillText: jest.fn()
  }
  const canvas = { width: 0, height: 0, getContext: jest.fn(() => ctx), toDataURL: jest.fn(() => 'data:image/png;base64,AAAA') }
  ;(findCanvas as jest.Mock).mockResolvedValue(canvas)
  return { canvas, ctx }
}

beforeEach(() => {
  spyNavigation()
  forgetCaller()
  process.env.TARO_ENV = 'h5'
})
afterEach(() => {
  restoreTaroStubs()
  jest.restoreAllMocks()
})

describe('the greeting page', () => {
  it('first open: shows the greeting and the oath, stamps it opened (a second call), draws the card with my data', async () => {
    const { ctx } = fakeCanvas()
    answerCloud({
      'birthday.myGreeting': () => ({ greetings: [greeting()] }),
      'birthday.openGreeting': () => ({ greeting: greeting({ openedAt: '2026-07-01T01:00:00.000Z' }) })
    })
    route(PATH, { greetingId: 'm1%3A2026' })
    render(<GreetingPage />)
    expect(await screen.findByText('王芳 同志')).toBeTruthy()
    expect(screen.getByText('政治生日快乐')).toBeTruthy()
    expect(screen.getByText('入党 14 周年')).toBeTruthy()
    expect(screen.getByText('第一党支部')).toBeTruthy()
    expect(screen.getByText('入党誓词')).toBeTruthy()
    expect(screen.getByText(OATH)).toBeTruthy()
    expect(calls('openGreeting')).toEqual([{ action: 'openGreeting', greetingId: 'm1:2026' }])
    await waitFor(() => expect(ctx.fillText).toHaveBeenCalled())
    const drawn = ctx.fillText.mock.calls.map((c) => c[0])
    expect(drawn).toEqual(expect.arrayContaining(['政治生日快乐', '王芳', '入党 14 周年', '第一党支部', '2026年7月1日']))
  })

  it('opened before: one call, newest greeting when the route names none', async () => {
    fakeCanvas()
    answerCloud({
      'birthday.myGreeting': () => ({
        greetings: [
          greeting({ _id: 'm1:2026', years: 20, round: true, openedAt: '2026-07-01T01:00:00.000Z' }),
          greeting({ _id: 'm1:2025', years: 19 })
        ]
      })
    })
    route(PATH, {})
    render(<GreetingPage />)
    expect(await screen.findByText('入党 20 周年 · 逢十')).toBeTruthy()
    expect(calls('openGreeting')).toEqual([])
  })

  it('no greeting yet: says when one comes', async () => {
    answerCloud({ 'birthday.myGreeting': () => ({ greetings: [] }) })
    route(PATH, {})
    render(<GreetingPage />)
    expect(await screen.findByText('暂无政治生日贺卡：入党纪念日当天会送到这里')).toBeTruthy()
  })

  it('H5: 下载贺卡 downloads the canvas as a PNG', async () => {
    const { canvas } = fakeCanvas()
    answerCloud({ 'birthday.myGreeting': () => ({ greetings: [greeting({ openedAt: '2026-07-01T01:00:00.000Z' })] }) })
    route(PATH, {})
    const clicked: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    render(<GreetingPage />)
    await screen.findByText('王芳 同志')
    await waitFor(() => expect(canvas.getContext).toHaveBeenCalled())
    await tap('下载贺卡')
    await waitFor(() => expect(screen.getByText('贺卡图片已下载')).toBeTruthy())
    expect(canvas.toDataURL).toHaveBeenCalledWith('image/png')
    expect(clicked).toEqual(['政治生日贺卡-2026-07-01.png'])
  })
})

describe('the greeting page: next year’s greeting as a WeChat message (subscribe consent)', () => {
  const NONE = consentBalances()
  const opened = () => ({ greetings: [greeting({ openedAt: '2026-07-01T01:00:00.000Z' })] })

  it('my consent used up: 开启政治生日提醒 (a tap → the sheet) reports it and says it is on', async () => {
    fakeCanvas()
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    answerCloud({
      'birthday.myGreeting': opened,
      'member.whoami': () => whoMember({ subscribeTemplates: { birthdayGreeting: 'tid-g' }, consents: NONE }),
      'birthday.reportConsent': () => ({ counted: true, balances: { ...NONE, birthdayGreeting: 1 } })
    })
    route(PATH, {})
    render(<GreetingPage />)
    expect(await screen.findByText('明年入党纪念日，用微信消息提醒我')).toBeTruthy()
    await tap('开启政治生日提醒')
    expect(await screen.findByText('已开启：明年政治生日将收到微信提醒')).toBeTruthy()
    expect(screen.getByText('已开启政治生日提醒（还可接收 1 次）')).toBeTruthy()
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(calls('reportConsent').map((e) => e.accepted)).toEqual([['birthdayGreeting']])
  })

  it('a consent left: says so, no button; 管理消息提醒 opens the reminders page', async () => {
    fakeCanvas()
    const { navigateTo } = spyNavigation()
    answerCloud({
      'birthday.myGreeting': opened,
      'member.whoami': () => whoMember({ subscribeTemplates: { birthdayGreeting: 'tid-g' }, consents: { ...NONE, birthdayGreeting: 2 } })
    })
    route(PATH, {})
    render(<GreetingPage />)
    expect(await screen.findByText('已开启政治生日提醒（还可接收 2 次）')).toBeTruthy()
    expect(screen.queryByText('开启政治生日提醒')).toBeNull()
    await tap('管理消息提醒')
    expect(navigateTo).toHaveBeenCalledWith({ url: '/birthday/pages/reminders/index' })
  })

  it('no template set (or whoami failing): the greeting without the offer', async () => {
    fakeCanvas()
    answerCloud({ 'birthday.myGreeting': opened, 'member.whoami': () => whoMember({ subscribeTemplates: {}, consents: NONE }) })
    route(PATH, {})
    render(<GreetingPage />)
    expect(await screen.findByText('王芳 同志')).toBeTruthy()
    expect(screen.queryByText(/政治生日提醒|管理消息提醒/)).toBeNull()
  })
})
