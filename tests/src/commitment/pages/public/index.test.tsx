jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import PublicWallPage from '@/commitment/pages/public'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, texts } from '@tests/src/helpers/assessMember'
import { wall } from '@tests/src/helpers/commitFixtures'

const PATH = '/commitment/pages/public/index'
let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('亮承诺, opened by link or QR without an account', () => {
  it('shows name, post, commitments and progress; calls only publicWall, never whoami or sign-in', async () => {
    route(PATH, { token: 'wT0k3n' })
    answerCloud({ 'commitment.publicWall': () => wall() })
    render(<PublicWallPage />)
    expect(await screen.findByText('2026年 亮身份 · 亮目标 · 亮承诺')).toBeTruthy()
    expect(screen.getByText('第一养护站党支部')).toBeTruthy()
    expect(texts('.cm-wall__name')).toEqual(['王芳'])
    expect(texts('.cm-wall__post')).toEqual(['党员'])
    expect(screen.getByText('1. 完成辖区桥梁季度巡查')).toBeTruthy()
    expect(screen.getByText('已完成')).toBeTruthy()
    expect(screen.getByText('进行中')).toBeTruthy()
    expect(texts('.cm-wall__section-name')).toEqual(['工作目标', '组织任务'])
    const calledActions = (require('@/core/cloud').callCloud as jest.Mock).mock.calls.map(([fn, e]) => `${fn}.${e.action}`)
    expect(calledActions).toEqual(['commitment.publicWall'])
    expect(calls('publicWall')).toEqual([{ action: 'publicWall', token: 'wT0k3n' }])
    expect(nav.reLaunch).not.toHaveBeenCalled()
    expect(nav.navigateTo).not.toHaveBeenCalled()
  })

  it('shows nothing private even if a reply carried it: only what WallView renders', async () => {
    route(PATH, { token: 'wT0k3n' })
    const w = wall()
    const leaky = {
      ...w,
      cards: w.cards.map((c) => ({ ...c, phone: '13800001234', idNumber: '620102199001011234', homeOrgName: '陇南市某村' }))
    }
    answerCloud({ 'commitment.publicWall': () => leaky })
    render(<PublicWallPage />)
    await screen.findByText('王芳')
    const text = document.body.textContent ?? ''
    for (const secret of ['13800001234', '620102199001011234', '陇南市某村']) expect(text).not.toContain(secret)
  })

  it('shows the X section once when the reply lists it', async () => {
    route(PATH, { token: 'wT0k3n' })
    const w = wall()
    answerCloud({ 'commitment.publicWall': () => ({ ...w, sections: [...w.sections, { id: 'x', name: '组织任务（X）' }] }) })
    render(<PublicWallPage />)
    await screen.findByText('王芳')
    expect(texts('.cm-wall__section-name')).toEqual(['工作目标', '组织任务（X）'])
  })

  it('a signed-out visitor is never sent to sign-in, whatever the server says', async () => {
    route(PATH, { token: 'bad' })
    answerCloud({ 'commitment.publicWall': () => fail('UNAUTHENTICATED', '链接已失效') })
    render(<PublicWallPage />)
    expect(await screen.findByText('链接已失效')).toBeTruthy()
    expect(nav.reLaunch).not.toHaveBeenCalled()
    expect(screen.queryByText('重试')).toBeNull()
  })

  it('a network failure offers 重试', async () => {
    route(PATH, { token: 'wT0k3n' })
    let n = 0
    answerCloud({ 'commitment.publicWall': () => (n++ === 0 ? fail('NETWORK', '网络连接失败，请检查网络后重试') : wall()) })
    render(<PublicWallPage />)
    await tap('重试')
    expect(await screen.findByText('王芳')).toBeTruthy()
  })

  it('without a token says the link is incomplete and calls nothing', async () => {
    route(PATH, {})
    answerCloud({})
    render(<PublicWallPage />)
    expect(await screen.findByText('链接不完整，请重新扫码打开')).toBeTruthy()
    expect(calls('publicWall')).toEqual([])
  })
})
