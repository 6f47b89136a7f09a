// Home puts each role's tools first and what waits for them (待办) above everything, from the one
// whoami the session already has.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
const shows: Array<() => void> = []
;(require('@tarojs/taro') as Record<string, unknown>).useDidShow = (cb: () => void) => shows.push(cb)
import { act, render, screen } from '@testing-library/react'
import HomePage from '@/home'
import { forgetCaller, rememberCaller } from '@/core/caller'
import type { TodoItem, WhoamiResult } from '@shared/member/api'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  shows.length = 0
})
afterEach(() => jest.restoreAllMocks())

const sectionTitles = () => Array.from(document.querySelectorAll('.home__section-title')).map((e) => e.textContent)
const firstTiles = (n: number) =>
  Array.from(document.querySelectorAll('.entry-tile__title'))
    .map((e) => e.textContent)
    .slice(0, n)
const withRoles = (who: WhoamiResult, roles: WhoamiResult['roles']): WhoamiResult => ({
  ...who,
  roles,
  member: { ...who.member!, roles: roles! }
})

describe('home: each role’s tools first', () => {
  it.each([
    [
      'a secretary',
      () => whoSecretary(),
      ['支部工作', '我的'],
      [
        '支部花名册',
        '活动签到',
        '考评管理',
        '承诺卡审核',
        '政治生日',
        '学习计划',
        '学习审核',
        '学习统计',
        '党员建议',
        '同步关爱',
        '我的身份卡'
      ]
    ],
    [
      'a deputy',
      () => withRoles(whoMember(), [{ orgId: 'b1', role: 'deputy' }]),
      ['支部工作', '我的'],
      ['支部花名册', '活动签到', '考评管理', '承诺卡审核', '政治生日', '学习计划', '学习审核', '学习统计', '党员建议', '我的身份卡']
    ],
    [
      'a committee member',
      () => withRoles(whoMember(), [{ orgId: 'b1', role: 'committeeMember' }]),
      ['支部工作', '我的'],
      ['活动签到', '考评管理', '承诺卡审核', '政治生日', '学习计划', '学习审核', '学习统计', '党员建议', '我的身份卡']
    ],
    [
      'committee staff',
      () => whoStaff(),
      ['党委工作', '我的'],
      [
        '组织架构',
        '导入名册',
        '签到台账',
        '考评总览',
        '考评细则',
        '承诺卡模板',
        '承诺完成情况',
        '光荣在党50年',
        '谈话走访事项',
        '党委学习计划',
        '各支部学习统计',
        '我的身份卡'
      ]
    ],
    ['a member', () => whoMember(), [], ['我的身份卡', '签到', '我的活动', '考评', '我的承诺卡', '我的学习', '随手拍', '消息提醒']]
  ])('%s', async (_n, who, sections, tiles) => {
    answerCloud({ 'member.whoami': who })
    render(<HomePage />)
    await screen.findByText(`${who().member!.name}，您好`)
    expect(sectionTitles()).toEqual(sections)
    expect(firstTiles(tiles.length)).toEqual(tiles)
  })
})

describe('home: 待办 until done', () => {
  const items: TodoItem[] = [
    { kind: 'ackTalk', periodId: 'p0', periodName: '2026年第三季度', memberId: 'm1', name: '王芳' },
    {
      kind: 'recordTalk',
      periodId: 'p0',
      periodName: '2026年第三季度',
      memberId: 'r2',
      name: '赵敏',
      dueAt: '2026-10-20T10:00:00.000Z',
      overdue: true
    },
    { kind: 'answerObjection', periodId: 'p0', periodName: '2026年第三季度', memberId: 'r3', name: '孙强' }
  ]

  it.each([
    [0, '确认谈话记录', '2026年第三季度 · 谈话已记录，请查看并确认', '/assessment/pages/result/index?periodId=p0'],
    [1, '记录谈话：赵敏', '2026年第三季度 · 已逾期，应于 2026-10-20 18:00 前完成', '/assessment/pages/period/index?periodId=p0'],
    [2, '答复异议：孙强', '2026年第三季度 · 公示期内请及时答复', '/assessment/pages/period/index?periodId=p0']
  ])('line %i: %s → where it is done', async (i, title, detail, url) => {
    answerCloud({ 'member.whoami': () => ({ ...whoSecretary(), todo: items }) })
    render(<HomePage />)
    expect(await screen.findByText('待办')).toBeTruthy()
    const rows = document.querySelectorAll('.todo-list__row')
    expect(rows).toHaveLength(3)
    expect(rows[i].querySelector('.todo-list__title')!.textContent).toBe(title)
    expect(rows[i].querySelector('.todo-list__detail')!.textContent).toBe(detail)
    await tap(title)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
  })

  it('adds the commitment card’s to-dos (whoami.cardTodo) after the assessment’s', async () => {
    answerCloud({
      'member.whoami': () => ({
        ...whoSecretary(),
        todo: [items[0]],
        cardTodo: [
          { kind: 'cardReturned', year: 2026 },
          { kind: 'reviewCards', year: 2026, orgId: 'b1', orgName: '第一养护站党支部', count: 2 }
        ]
      })
    })
    render(<HomePage />)
    expect(await screen.findByText('待办')).toBeTruthy()
    expect(Array.from(document.querySelectorAll('.todo-list__title')).map((e) => e.textContent)).toEqual([
      '确认谈话记录',
      '修改承诺卡',
      '审核承诺卡：2 份'
    ])
    await tap('审核承诺卡：2 份')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/commitment/pages/queue/index?orgId=b1' })
  })

  it('shows no 待办 when nothing waits', async () => {
    answerCloud({ 'member.whoami': () => ({ ...whoMember(), todo: [] }) })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(screen.queryByText('待办')).toBeNull()
  })

  it('back on home after the talk was confirmed (a write drops the session’s caller): asks once, the line is gone', async () => {
    let todo = [items[0]]
    answerCloud({ 'member.whoami': () => ({ ...whoMember(), todo }) })
    render(<HomePage />)
    expect(await screen.findByText('确认谈话记录')).toBeTruthy()
    await act(async () => {
      for (const s of shows) s()
    }) // first show: nothing to do
    expect(calls('whoami')).toHaveLength(1)
    todo = []
    forgetCaller() // what ackTalk's success does (src/core/caller.ts)
    await act(async () => {
      for (const s of shows) s()
    })
    expect(calls('whoami')).toHaveLength(2)
    expect(screen.queryByText('确认谈话记录')).toBeNull()
  })
})

describe('home: calls', () => {
  it('after sign-in (the session knows the caller) opens without a call', async () => {
    rememberCaller(whoMember())
    answerCloud({})
    render(<HomePage />)
    expect(await screen.findByText('王芳，您好')).toBeTruthy()
    expect(calls('whoami')).toHaveLength(0)
  })

  it('opened cold, one call', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(calls('whoami')).toHaveLength(1)
  })
})
