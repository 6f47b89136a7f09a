jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, render, screen } from '@testing-library/react'
import TasksPage from '@/commitment/pages/tasks'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { roster } from '@tests/src/helpers/fixtures'
import { task } from '@tests/src/helpers/commitFixtures'
import { cstDate } from '@shared/core/time'

const PATH = '/commitment/pages/tasks/index'
/** The page's year is today's (CST). */
const YEAR = Number(cstDate(new Date()).slice(0, 4))
beforeEach(() => {
  spyNavigation()
  route(PATH, { orgId: 'b1' })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('组织任务 (X)', () => {
  it('lists the org’s tasks', async () => {
    answerCloud({
      'commitment.listTasks': () => ({
        tasks: [task(), task({ _id: 't2', kind: 'challenge', title: '智慧养护攻关', limit: 3, takers: ['r1'] })]
      })
    })
    render(<TasksPage />)
    expect(await screen.findByText('冬季除雪保通')).toBeTruthy()
    expect(screen.getByText(/^季度任务 · 全体党员 · 完成时限 2026-12-31$/)).toBeTruthy()
    expect(screen.getByText(/^揭榜挂帅 · 已揭榜 1\/3/)).toBeTruthy()
    expect(calls('listTasks')).toEqual([{ action: 'listTasks', orgId: 'b1' }])
  })

  it('checks the form first, asks the roster only for 选择部分党员', async () => {
    answerCloud({ 'commitment.listTasks': () => ({ tasks: [] }), 'member.roster': () => roster('b1') })
    render(<TasksPage />)
    await tap('下达任务')
    expect(await screen.findByText('请填写任务名称')).toBeTruthy()
    expect(calls('createTask')).toEqual([])
    expect(calls('roster')).toEqual([])
    await tap('选择部分党员')
    expect(calls('roster')).toEqual([{ action: 'roster', orgId: 'b1' }])
  })

  it('publishes a challenge with a limit of takers', async () => {
    answerCloud({
      'commitment.listTasks': () => ({ tasks: [] }),
      'commitment.createTask': (e) => ({ task: task({ _id: 't5', kind: 'challenge', title: e.title, target: e.target, limit: e.limit }) })
    })
    render(<TasksPage />)
    await screen.findByText('还没有组织任务')
    await tap('揭榜挂帅')
    await typeInto('例如：冬季除雪保通', '智慧养护攻关')
    await typeInto('可衡量的目标，例如：责任路段 2 小时内通车', '形成方案 1 份')
    await tap('发布揭榜')
    expect(await screen.findByText('请选择完成时限')).toBeTruthy()
    await act(async () => {
      const picker = document.querySelector('[data-field="task-deadline"]')!.closest('taro-picker-core') as any
      picker?.dispatchEvent(new CustomEvent('change', { detail: { value: `${YEAR}-12-20` } }))
    })
    await typeInto('人数', '2')
    await tap('发布揭榜')
    expect(calls('createTask')).toEqual([
      {
        action: 'createTask',
        orgId: 'b1',
        year: YEAR,
        kind: 'challenge',
        scope: 'year',
        title: '智慧养护攻关',
        target: '形成方案 1 份',
        deadline: `${YEAR}-12-20`,
        limit: 2
      }
    ])
    expect(await screen.findByText('已发布揭榜挂帅任务')).toBeTruthy()
    expect(screen.getByText('智慧养护攻关')).toBeTruthy()
  })
})
