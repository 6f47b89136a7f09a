jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor, act, fireEvent } from '@testing-library/react'
import RosterPage from '@/member/pages/roster'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { roster, whoSecretary } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

function rowOf(name: string) {
  return screen.getByText(name).closest('.roster__row') as HTMLElement
}

describe('secretary roster', () => {
  it('lists the branch with status, employment and relation tags', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    expect(await screen.findByText('第一养护站党支部')).toBeTruthy()
    expect(screen.getByText('共 3 人')).toBeTruthy()
    expect(rowOf('张伟').textContent).toBe('张伟正式党员本支部考核电话 13900005678')
    expect(rowOf('赵敏').textContent).toBe('赵敏预备党员派遣本支部考核')
    expect(rowOf('孙强').textContent).toBe('孙强正式党员新就业组织关系在本支部·在外')
    expect(calls('roster')).toEqual([{ action: 'roster', orgId: 'b1' }])
  })

  it('highlights dispatched and gig members', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    expect((await screen.findByText('派遣')).className).toContain('tag--warn')
    expect(screen.getByText('新就业').className).toContain('tag--warn')
  })

  it('shows a phone only when the reply carries one', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    await screen.findByText('张伟')
    expect(screen.getAllByText(/^电话/)).toHaveLength(1)
  })

  it('filters instantly by name as you type, without calling the server', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    await screen.findByText('张伟')
    await act(async () => {
      await typeInto('按姓名查找', '赵')
    })
    expect(screen.getByText('共 1 人')).toBeTruthy()
    expect(screen.queryByText('张伟')).toBeNull()
    expect(screen.getByText('赵敏')).toBeTruthy()
    expect(calls('roster')).toHaveLength(1)
    await act(async () => {
      await typeInto('按姓名查找', '王')
    })
    expect(screen.getByText('没有找到匹配的党员')).toBeTruthy()
  })

  it('searches on the server with the 搜索 button', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'member.roster': (e) => ({
        ...roster(e.orgId),
        members: roster(e.orgId).members.filter((m) => !e.search || m.name.includes(e.search))
      })
    })
    render(<RosterPage />)
    await screen.findByText('张伟')
    await act(async () => {
      await typeInto('按姓名查找', ' 孙 ')
    })
    await tap('搜索')
    expect(calls('roster')).toEqual([
      { action: 'roster', orgId: 'b1' },
      { action: 'roster', orgId: 'b1', search: '孙' }
    ])
    expect(screen.getByText('孙强')).toBeTruthy()
  })

  it('lets a secretary of several orgs pick the org', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(['b1', 'b2']), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    expect(await screen.findByText('选择组织')).toBeTruthy()
    const second = screen.getAllByText('第二养护站党支部').find((el) => el.getAttribute('aria-role') === 'tab')!
    await act(async () => {
      fireEvent.click(second)
    })
    await waitFor(() => expect(calls('roster').map((e) => e.orgId)).toEqual(['b1', 'b2']))
    await waitFor(() => expect(second.className).toContain('roster__org--on'))
  })

  it('has no org picker for a single org', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(['b1']), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    await screen.findByText('张伟')
    expect(screen.queryByText('选择组织')).toBeNull()
  })

  it.each([
    ['whoami', { 'member.whoami': () => fail('NOT_BOUND', '尚未绑定党员身份，请先完成绑定') }],
    ['roster', { 'member.whoami': () => whoSecretary(), 'member.roster': () => fail('NOT_BOUND', '尚未绑定党员身份，请先完成绑定') }]
  ])('sends a caller found unbound by %s to sign-in', async (_a, script) => {
    answerCloud(script as any)
    render(<RosterPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })

  it('shows other errors with a retry', async () => {
    let n = 0
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'member.roster': (e) => (++n === 1 ? fail('FORBIDDEN', '您无权查看该组织的名册') : roster(e.orgId))
    })
    render(<RosterPage />)
    expect(await screen.findByText('您无权查看该组织的名册')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('张伟')).toBeTruthy()
  })

  it('opens a member’s page when their row is tapped, and marks members not yet bound', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'member.roster': (e) => {
        const r = roster(e.orgId)
        return { ...r, members: r.members.map((m) => (m._id === 'r2' ? { ...m, bound: false } : m)) }
      }
    })
    render(<RosterPage />)
    await screen.findByText('赵敏')
    expect(rowOf('赵敏').textContent).toBe('赵敏预备党员派遣本支部考核未绑定微信')
    expect(rowOf('张伟').textContent).not.toContain('未绑定')
    await tap('赵敏')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/member/pages/member/index?id=r2' })
  })

  it('has no 我的主页 link: home is where the secretary lands and opens the roster from (one step back)', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.roster': (e) => roster(e.orgId) })
    render(<RosterPage />)
    await screen.findByText('张伟')
    expect(screen.queryByText('我的主页')).toBeNull()
  })
})
