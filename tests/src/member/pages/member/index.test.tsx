jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import MemberPage from '@/member/pages/member'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { card, orgList, unboundCard, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

function route(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path: '/member/pages/member/index' } } as any)
}

/** Taps 添加职务 once it is enabled (after the organisation list loads), as a person would: a tap before does nothing. */
async function addRole() {
  await waitFor(() => expect(screen.getByText('添加职务').getAttribute('aria-disabled')).toBe('false'))
  await tap('添加职务')
}

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route({ id: 'r2' })
})
afterEach(() => jest.restoreAllMocks())

const INVITE = { code: 'K7M2Q9XA', expiresAt: '2026-11-28T02:15:00.000Z' }

describe('member page (roster → member)', () => {
  it('shows the member’s card for the id in the route', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.card': () => unboundCard() })
    render(<MemberPage />)
    expect(await screen.findByText('赵敏')).toBeTruthy()
    expect(screen.getByText('未绑定微信')).toBeTruthy()
    expect(screen.getByText('13900002222')).toBeTruthy()
    expect(screen.getByText('陇南市某村党支部')).toBeTruthy()
    expect(calls('card')).toEqual([{ action: 'card', memberId: 'r2' }])
  })

  it('lets the member’s secretary generate an invitation code, shown large with its CST expiry and a hint', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.card': () => unboundCard(), 'member.createInvite': () => INVITE })
    render(<MemberPage />)
    await tap('生成邀请码')
    expect(calls('createInvite')).toEqual([{ action: 'createInvite', memberId: 'r2' }])
    const code = await screen.findByText('K7M2 Q9XA')
    expect(code.className).toContain('invite__code')
    expect(code.getAttribute('data-code')).toBe('K7M2Q9XA')
    expect(screen.getByText('有效期至 2026-11-28 10:15（北京时间），仅可使用一次')).toBeTruthy()
    expect(screen.getByText('请成员在“绑定党员身份”页选择“邀请码”输入')).toBeTruthy()
    expect(screen.getByText('重新生成邀请码')).toBeTruthy()
  })

  it('shows the server’s refusal of an invitation', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'member.card': () => unboundCard(),
      'member.createInvite': () => fail('ALREADY_BOUND', '该党员已绑定微信，无需邀请码')
    })
    render(<MemberPage />)
    await tap('生成邀请码')
    expect(await screen.findByText('该党员已绑定微信，无需邀请码')).toBeTruthy()
    expect(screen.queryByText(/有效期至/)).toBeNull()
  })

  it('offers no invitation for a bound member, nor to someone who is not their secretary', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(['b2']), 'member.card': () => unboundCard() })
    const { unmount } = render(<MemberPage />)
    await screen.findByText('赵敏')
    expect(screen.queryByText('生成邀请码')).toBeNull()
    unmount()
    answerCloud({ 'member.whoami': () => whoSecretary(), 'member.card': () => unboundCard({ bound: true }) })
    render(<MemberPage />)
    await screen.findByText('已绑定微信')
    expect(screen.queryByText('生成邀请码')).toBeNull()
  })

  it('shows a secretary the member’s roles read-only, with no role editor', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'member.card': () => unboundCard({ roles: [{ orgId: 'g1', role: 'groupLeader' }] })
    })
    render(<MemberPage />)
    await screen.findByText('党小组长')
    expect(screen.queryByText('职务与权限')).toBeNull()
    expect(calls('orgTree')).toHaveLength(0)
  })

  it('sends an unbound caller to sign-in (and back here after), and says so when the route has no id', async () => {
    answerCloud({ 'member.whoami': () => fail('NOT_BOUND', '尚未绑定'), 'member.card': () => unboundCard() })
    const { unmount } = render(<MemberPage />)
    await waitFor(() =>
      expect(nav.reLaunch).toHaveBeenCalledWith({ url: `/pages/login/index?to=${encodeURIComponent('/member/pages/member/index?id=r2')}` })
    )
    unmount()
    route({})
    render(<MemberPage />)
    expect(await screen.findByText('缺少党员编号，请从花名册进入')).toBeTruthy()
  })
})

describe('role editor (committee staff)', () => {
  const staffScript = (setRoles: (e: any) => unknown) => ({
    'member.whoami': () => whoStaff(),
    'member.card': () => ({
      ...card(),
      member: { ...card().member, _id: 'r1', name: '张伟', roles: [{ orgId: 'b1', role: 'deputy' as const }] }
    }),
    'member.orgTree': () => ({ orgs: orgList }),
    'member.setRoles': setRoles
  })

  it('lists the grants, removes one, adds one (org, then a role fit for its kind) and saves the list', async () => {
    answerCloud(staffScript((e) => ({ member: { ...card().member, _id: 'r1', roles: e.roles } })))
    route({ id: 'r1' })
    render(<MemberPage />)
    expect(await screen.findByText('职务与权限')).toBeTruthy()
    expect(await screen.findByText('副书记')).toBeTruthy()
    await tap('移除')
    expect(screen.queryByText('副书记')).toBeNull()
    await addRole()
    await tapIn('.role-editor', '路面党小组')
    expect(screen.getByText('在「路面党小组」担任：')).toBeTruthy()
    expect(screen.queryByText('书记')).toBeNull() // a group has only a group leader
    await tap('党小组长')
    await tap('保存职务')
    expect(calls('setRoles')).toEqual([{ action: 'setRoles', memberId: 'r1', roles: [{ orgId: 'g1', role: 'groupLeader' }] }])
    expect(await screen.findByText('职务已保存')).toBeTruthy()
  })

  it('shows the server’s error and keeps the unsaved list', async () => {
    answerCloud(staffScript(() => fail('CONFLICT', '「第二养护站党支部」已有书记：高建平，请先撤销其职务')))
    route({ id: 'r1' })
    render(<MemberPage />)
    await screen.findByText('副书记')
    await addRole()
    await tapIn('.role-editor', '第二养护站党支部')
    await tap('书记')
    await tap('保存职务')
    expect(await screen.findByText('「第二养护站党支部」已有书记：高建平，请先撤销其职务')).toBeTruthy()
    expect(screen.getByText('书记')).toBeTruthy()
    expect(calls('setRoles')[0].roles).toEqual([
      { orgId: 'b1', role: 'deputy' },
      { orgId: 'b2', role: 'secretary' }
    ])
  })

  it('cannot save an unchanged list', async () => {
    answerCloud(staffScript(() => ({ member: card().member })))
    route({ id: 'r1' })
    render(<MemberPage />)
    await screen.findByText('副书记')
    await tap('保存职务')
    expect(calls('setRoles')).toHaveLength(0)
  })
})
