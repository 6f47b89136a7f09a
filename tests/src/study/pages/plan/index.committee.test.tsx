// 学习计划 opened on the committee's own plan (?scope=committee, its staff): each saved item shows how far it
// reached and offers 下发到各支部 (重新下发 once pushed) behind a confirm; the result names the branches reached.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import PlanPage from '@/study/pages/plan'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { planItem, studyPlan } from '@tests/src/helpers/studyFixtures'

const k1 = planItem({ id: 'k1', month: 4, content: '党纪学习教育' })
const k2 = planItem({ id: 'k2', month: 5, content: '学习全会精神' })

function committeePlan(reach: Record<string, { reached: number; current: number }>) {
  return {
    plan: { ...studyPlan([k1, k2]), _id: 'c1:2026', orgId: 'c1' },
    tasks: [],
    canEdit: true,
    groups: [],
    studyActivities: [],
    committeePush: { branches: 4, items: reach }
  }
}

beforeEach(() => {
  spyNavigation()
  route('/study/pages/plan/index', { scope: 'committee' })
  rememberCaller(whoStaff())
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('党委学习计划', () => {
  it('opens the staff’s committee with one call and shows each item’s reach; no 布置 of tasks', async () => {
    answerCloud({ 'study.getPlan': () => committeePlan({ k1: { reached: 4, current: 3 }, k2: { reached: 0, current: 0 } }) })
    render(<PlanPage />)
    expect(await screen.findByText('已下发 4/4 个支部')).toBeTruthy()
    expect(calls('getPlan')).toEqual([{ action: 'getPlan', orgId: 'c1' }])
    expect(screen.getByText(/党委\s*2026年学习计划/)).toBeTruthy()
    expect(screen.getByText('1 个支部是修改前的内容，可重新下发')).toBeTruthy()
    expect(screen.getByText('未下发')).toBeTruthy()
    expect(document.querySelector('[data-push-branches="k1"]')?.textContent).toBe('重新下发')
    expect(document.querySelector('[data-push-branches="k2"]')?.textContent).toBe('下发到各支部')
    expect(screen.queryByText('布置为学习任务')).toBeNull()
  })

  it('asks before pushing, pushes the item, shows the branches reached and reloads', async () => {
    let pushed = false
    answerCloud({
      'study.getPlan': () => committeePlan({ k1: { reached: 0, current: 0 }, k2: { reached: pushed ? 4 : 0, current: pushed ? 4 : 0 } }),
      'study.pushPlanItem': () => {
        pushed = true
        return { branches: 4 }
      }
    })
    render(<PlanPage />)
    await screen.findAllByText('未下发')
    await tapIn('[data-reach="k2"]', '下发到各支部')
    expect(calls('pushPlanItem')).toEqual([])
    const confirm = document.querySelector('[data-confirm-push]') as HTMLElement
    expect(confirm.textContent).toContain('“学习全会精神”（5月）下发到本党委所属的全部 4 个支部')
    await tap('取消')
    expect(document.querySelector('[data-confirm-push]')).toBeNull()
    await tapIn('[data-reach="k2"]', '下发到各支部')
    await tap('确认下发')
    expect(calls('pushPlanItem')).toEqual([{ action: 'pushPlanItem', committeeId: 'c1', year: 2026, itemId: 'k2' }])
    expect(await screen.findByText('已下发到 4 个支部')).toBeTruthy()
    expect(await screen.findByText('已下发 4/4 个支部')).toBeTruthy()
    expect(calls('getPlan')).toHaveLength(2)
  })

  it('shows the server’s refusal and keeps the confirm open', async () => {
    answerCloud({
      'study.getPlan': () => committeePlan({}),
      'study.pushPlanItem': () => fail('FORBIDDEN', '只有党委委员和党委工作人员可以下发学习计划')
    })
    render(<PlanPage />)
    await tapIn('[data-reach="k1"]', '下发到各支部')
    await tap('确认下发')
    expect(await screen.findByText('只有党委委员和党委工作人员可以下发学习计划')).toBeTruthy()
    expect(document.querySelector('[data-confirm-push]')).toBeTruthy()
  })

  it('a branch secretary’s plan (no scope) has no reach and no 下发', async () => {
    route('/study/pages/plan/index', {})
    rememberCaller(whoSecretary(['b1']))
    answerCloud({ 'study.getPlan': () => ({ plan: studyPlan([k1]), tasks: [], canEdit: true, groups: [], studyActivities: [] }) })
    render(<PlanPage />)
    expect(await screen.findByText('布置为学习任务')).toBeTruthy()
    expect(calls('getPlan')).toEqual([{ action: 'getPlan', orgId: 'b1' }])
    expect(document.querySelector('[data-reach]')).toBeNull()
  })

  it('someone who is no committee’s staff is told so, without a call', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({})
    render(<PlanPage />)
    expect(await screen.findByText('只有党委工作人员可以编辑党委学习计划')).toBeTruthy()
    expect(calls('getPlan')).toEqual([])
  })
})
