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
  process.env.TARO_ENV = 'h5'
})
afterEach(() => jest.restoreAllMocks())

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
