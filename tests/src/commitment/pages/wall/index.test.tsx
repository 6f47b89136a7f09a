jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import WallPage from '@/commitment/pages/wall'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { wall } from '@tests/src/helpers/commitFixtures'

const PATH = '/commitment/pages/wall/index'
const env = process.env.TARO_ENV
beforeEach(() => {
  spyNavigation()
  route(PATH, {})
})
afterEach(() => {
  process.env.TARO_ENV = env
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('亮承诺墙 in the app', () => {
  it('a member reads the org’s wall; no link to share', async () => {
    rememberCaller(whoMember())
    answerCloud({ 'commitment.wall': () => wall() })
    render(<WallPage />)
    expect(await screen.findByText('王芳')).toBeTruthy()
    expect(calls('wall')).toEqual([{ action: 'wall' }])
    expect(screen.queryByText('生成公开二维码')).toBeNull()
  })

  it('the secretary gets the public link as a QR (H5), the address only inside it', async () => {
    process.env.TARO_ENV = 'h5'
    rememberCaller(whoSecretary(['b1']))
    answerCloud({
      'commitment.wall': () => wall(),
      'commitment.wallLink': () => ({ token: 'wT0k3n', path: 'commitment/pages/public/index?token=wT0k3n' })
    })
    render(<WallPage />)
    await tap('生成公开二维码')
    expect(calls('wallLink')).toEqual([{ action: 'wallLink', orgId: 'b1' }])
    const img = document.querySelector('[data-url]')!
    expect(img.getAttribute('data-url')).toBe(`${window.location.origin}/#/commitment/pages/public/index?token=wT0k3n`)
    expect(document.body.textContent).not.toContain('token')
  })
})
