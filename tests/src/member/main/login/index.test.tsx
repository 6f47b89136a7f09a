jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import LoginPage from '@/member/main/login'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

const people = [
  {
    openid: 'o-sec',
    memberId: 'm-sec',
    name: '李书记',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    roleLabel: '书记',
    group: '第一养护站党支部'
  },
  { openid: 'o-mem', memberId: 'm1', name: '王芳', orgId: 'b1', orgName: '第一养护站党支部', roleLabel: '党员', group: '第一养护站党支部' },
  { openid: 'o-gig', memberId: 'm9', name: '刘骑手', orgId: 'p1', orgName: '平台党支部', roleLabel: '党员', group: '新就业群体' },
  { openid: 'o-new', memberId: null, name: '', orgId: null, orgName: null, roleLabel: '未绑定', group: '其他' }
]

const fetchMock = jest.fn()
let nav: ReturnType<typeof spyNavigation>

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  fetchMock.mockReset()
  fetchMock.mockImplementation(async (url: string) => {
    if (url === '/dev/people') return { status: 200, json: async () => ({ ok: true, data: { people } }) }
    if (url === '/dev/login') return { status: 200, json: async () => ({ ok: true, data: {} }) }
    throw new Error(`unexpected fetch ${url}`)
  })
  ;(globalThis as any).fetch = fetchMock
  nav = spyNavigation()
})

afterEach(() => {
  process.env.TARO_ENV = 'h5'
  jest.restoreAllMocks()
})

const loginCalls = () => fetchMock.mock.calls.filter(([u]) => u === '/dev/login').map(([, i]) => JSON.parse(i.body))

describe('login page, local mode (H5)', () => {
  it('lists the demo people under their group and role headings', async () => {
    answerCloud({})
    render(<LoginPage />)
    expect(await screen.findByText('选择演示身份')).toBeTruthy()
    for (const text of ['第一养护站党支部', '新就业群体', '其他', '书记', '李书记', '王芳', '刘骑手', '新微信用户（未绑定）']) {
      expect(screen.getAllByText(text).length).toBeGreaterThan(0)
    }
  })

  it.each([
    ['the secretary', '李书记', 'o-sec', () => whoSecretary(), '/pages/home/index'],
    ['a member', '王芳', 'o-mem', () => whoMember(), '/pages/home/index']
  ])('signing in as %s posts /dev/login, asks whoami and relaunches home (their tools first)', async (_n, name, openid, who, url) => {
    answerCloud({ 'member.whoami': who })
    render(<LoginPage />)
    await tap(name)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url }))
    expect(loginCalls()).toEqual([{ openid }])
    expect(calls('whoami')).toHaveLength(1)
  })

  it('shows the bind form for an unbound user and binds with name + phone digits', async () => {
    answerCloud({
      'member.whoami': () => ({ bound: false }),
      'member.bind': () => whoMember()
    })
    render(<LoginPage />)
    await tap('新微信用户（未绑定）')
    expect(await screen.findByText('绑定党员身份')).toBeTruthy()
    await typeInto('请输入姓名', '王芳')
    await typeInto('登记手机号的后4位', '1234')
    await tap('确认绑定')
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(calls('bind')).toEqual([{ action: 'bind', name: '王芳', phoneLast4: '1234' }])
  })

  it('binds with a one-time invitation code', async () => {
    answerCloud({ 'member.whoami': () => ({ bound: false }), 'member.bind': () => whoSecretary() })
    render(<LoginPage />)
    await tap('新微信用户（未绑定）')
    await tap('邀请码')
    await typeInto('支部书记出示的一次性邀请码', 'K7Q2-9XZ')
    await tap('确认绑定')
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(calls('bind')).toEqual([{ action: 'bind', inviteCode: 'K7Q2-9XZ' }])
  })

  it.each([
    ['BIND_MISMATCH', '姓名或手机号后4位与登记信息不符'],
    ['BIND_LOCKED', '尝试次数过多，该身份已锁定15分钟，请稍后再试']
  ])('shows the server’s Chinese message for %s and stays on the form', async (code, message) => {
    answerCloud({ 'member.whoami': () => ({ bound: false }), 'member.bind': () => fail(code, message) })
    render(<LoginPage />)
    await tap('新微信用户（未绑定）')
    await typeInto('请输入姓名', '王芳')
    await typeInto('登记手机号的后4位', '0000')
    await tap('确认绑定')
    expect(await screen.findByText(message)).toBeTruthy()
    expect(screen.getByText('绑定党员身份')).toBeTruthy()
    expect(nav.reLaunch).not.toHaveBeenCalled()
  })

  it('checks the form before calling the server', async () => {
    answerCloud({ 'member.whoami': () => ({ bound: false }) })
    render(<LoginPage />)
    await tap('新微信用户（未绑定）')
    await typeInto('请输入姓名', '王芳')
    await typeInto('登记手机号的后4位', '12')
    await tap('确认绑定')
    expect(await screen.findByText('请输入手机号后4位数字')).toBeTruthy()
    expect(calls('bind')).toHaveLength(0)
  })

  it('offers a retry when the people list cannot load', async () => {
    answerCloud({})
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    render(<LoginPage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('李书记')).toBeTruthy()
  })
})

describe('login page, WeChat (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it('asks whoami straight away (identity from the cloud context) and routes', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<LoginPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the bind form when this WeChat user is not bound yet', async () => {
    answerCloud({ 'member.whoami': () => ({ bound: false }) })
    render(<LoginPage />)
    expect(await screen.findByText('绑定党员身份')).toBeTruthy()
    expect(screen.queryByText('选择演示身份')).toBeNull()
  })
})

describe('login page: back to where the visitor was going', () => {
  const openWith = (params: Record<string, string>) =>
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path: '/pages/login/index' } } as any)

  it.each([
    ['a deep link (H5 decoded)', '/assessment/pages/board/index?periodId=p0', '/assessment/pages/board/index?periodId=p0'],
    ['a deep link (weapp keeps it encoded)', encodeURIComponent('/member/pages/member/index?id=r2'), '/member/pages/member/index?id=r2'],
    ['not one of our pages', 'https://evil.example/x', '/pages/home/index'],
    ['the sign-in page itself', '/pages/login/index', '/pages/home/index']
  ])('after signing in, sent from %s → %s', async (_n, to, url) => {
    openWith({ to })
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<LoginPage />)
    await tap('王芳')
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url }))
  })

  it('after binding, too', async () => {
    openWith({ to: '/assessment/pages/my/index' })
    answerCloud({ 'member.whoami': () => ({ bound: false }), 'member.bind': () => whoMember() })
    render(<LoginPage />)
    await tap('新微信用户（未绑定）')
    await typeInto('请输入姓名', '王芳')
    await typeInto('登记手机号的后4位', '1234')
    await tap('确认绑定')
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/assessment/pages/my/index' }))
  })
})
