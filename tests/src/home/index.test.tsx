jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import HomePage from '@/home'
import { answerCloud, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { forgetCaller } from '@/core/caller'

let nav: ReturnType<typeof spyNavigation>
const fetchMock = jest.fn()

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  nav = spyNavigation()
  fetchMock.mockReset()
  fetchMock.mockResolvedValue({ status: 200, json: async () => ({ ok: true, data: {} }) })
  ;(globalThis as any).fetch = fetchMock
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env.TARO_ENV = 'h5'
})

describe('member home', () => {
  it('greets the member by name with the branch and status', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    expect(await screen.findByText('王芳，您好')).toBeTruthy()
    expect(screen.getByText('第一养护站党支部')).toBeTruthy()
    expect(screen.getByText('正式党员')).toBeTruthy()
  })

  it('opens the identity card from its tile', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await tap('我的身份卡')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/pages/card/index' })
  })

  it('opens 我的考评 (packageAssess) from the 考评 tile, which is no longer coming soon', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    const tile = (await screen.findByText('考评')).parentElement!
    expect(tile.getAttribute('aria-disabled')).toBe('false')
    expect(screen.queryByText('评分')).toBeNull()
    await tap('考评')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/my/index' })
  })

  it('opens 我的承诺卡 (the commitment subpackage) from its tile', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await tap('我的承诺卡')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/commitment/pages/my/index' })
  })

  it('opens 我的学习 (the study subpackage) from its tile; nothing is marked coming soon any more', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await tap('我的学习')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/study/pages/my/index' })
    expect(screen.queryByText('即将上线')).toBeNull()
  })

  it.each([
    ['签到', '/pages/checkin/index'],
    ['我的活动', '/pages/activities/index']
  ])('gives every member the %s tile', async (title, url) => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await tap(title)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
  })

  it('gives organisers the 活动签到 tile into the subpackage, and plain members none', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary() })
    const { unmount } = render(<HomePage />)
    await tap('活动签到')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/checkin/pages/activities/index' })
    unmount()
    forgetCaller() // another person signs in
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(screen.queryByText('活动签到')).toBeNull()
  })

  it('has no roster tile for a plain member', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(screen.queryByText('支部花名册')).toBeNull()
  })

  it('gives a secretary a tile to the roster subpackage', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary() })
    render(<HomePage />)
    await tap('支部花名册')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/member/pages/roster/index' })
  })

  it.each([
    ['组织架构', '/member/pages/orgs/index'],
    ['导入名册', '/member/pages/import/index']
  ])('gives committee staff the %s tile, in their committee tools first', async (title, url) => {
    answerCloud({ 'member.whoami': () => whoStaff() })
    render(<HomePage />)
    await screen.findByText('党委工作')
    const titles = Array.from(document.querySelectorAll('.entry-tile__title')).map((e) => e.textContent)
    expect(titles.slice(0, 5)).toEqual(['组织架构', '导入名册', '签到台账', '考评总览', '考评细则'])
    await tap(title)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
  })

  it('gives committee staff (no organiser role) a way to every branch’s 签到台账, and no empty committee roster', async () => {
    answerCloud({ 'member.whoami': () => whoStaff() })
    render(<HomePage />)
    await screen.findByText('党委工作')
    expect(screen.queryByText('支部花名册')).toBeNull()
    expect(screen.queryByText('活动签到')).toBeNull()
    await tap('签到台账')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/checkin/pages/ledger/index' })
  })

  it('gives a secretary no staff tiles', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary() })
    render(<HomePage />)
    await screen.findByText('支部花名册')
    expect(screen.queryByText('组织架构')).toBeNull()
    expect(screen.queryByText('导入名册')).toBeNull()
    expect(screen.queryByText('签到台账')).toBeNull()
  })

  it('sends an unbound caller back to sign-in', async () => {
    answerCloud({ 'member.whoami': () => ({ bound: false }) })
    render(<HomePage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })

  it('shows the error and retries on request', async () => {
    let n = 0
    answerCloud({ 'member.whoami': () => (++n === 1 ? fail('NETWORK', '网络连接失败，请检查网络后重试') : whoMember()) })
    render(<HomePage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('王芳，您好')).toBeTruthy()
  })

  it('in local mode, switching identity logs out and returns to sign-in', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await tap('切换演示身份')
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
    expect(fetchMock.mock.calls.map(([u, i]) => [u, i.method])).toEqual([['/dev/logout', 'POST']])
  })

  it('in WeChat there is no identity switch', async () => {
    process.env.TARO_ENV = 'weapp'
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(screen.queryByText('切换演示身份')).toBeNull()
  })
})
