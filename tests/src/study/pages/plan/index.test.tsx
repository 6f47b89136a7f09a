jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import PlanPage from '@/study/pages/plan'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeInto, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, typeIn } from '@tests/src/helpers/assessMember'
import { whoSecretary } from '@tests/src/helpers/fixtures'
import { planItem, studyPlan, studyTask } from '@tests/src/helpers/studyFixtures'

const GROUPS = [
  { id: 'g1', name: '一组' },
  { id: 'g2', name: '二组' }
]

beforeEach(() => {
  spyNavigation()
  route('/study/pages/plan/index', {})
  rememberCaller(whoSecretary(['b1']))
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('学习计划', () => {
  it('adds a month’s item, edits it, and saves the plan with its rev; the committee’s items are fixed', async () => {
    const committee = planItem({ id: 'c-k1', month: 1, content: '党纪学习教育', fromCommittee: 'c1' })
    answerCloud({
      'study.getPlan': () => ({
        plan: studyPlan([committee, planItem()]),
        tasks: [studyTask()],
        canEdit: true,
        groups: GROUPS,
        studyActivities: []
      }),
      'study.savePlan': (e: any) => ({ plan: { ...studyPlan(e.items), rev: 2 } })
    })
    render(<PlanPage />)
    expect(await screen.findByText('党纪学习教育')).toBeTruthy()
    expect(screen.getByText('党委下发')).toBeTruthy()
    expect(screen.getByText('已布置')).toBeTruthy()
    await tap('5月')
    await tap('+ 添加5月学习内容')
    expect(document.querySelectorAll('[data-item="m5-1"] taro-input-core')).toHaveLength(1)
    await typeIn('[data-item="m5-1"]', '学习党章第一章')
    await tapIn('[data-item="m5-1"]', '改为选学')
    await tapIn('[data-item="m5-1"]', '+0.5学时')
    await tapIn('[data-item="m5-1"]', '二组')
    await tap('保存计划')
    expect(await screen.findByText('学习计划已保存')).toBeTruthy()
    const saved = calls('savePlan')[0]
    expect(saved).toMatchObject({ orgId: 'b1', year: 2026, rev: 1 })
    expect(saved.items.find((x: any) => x.id === 'm5-1')).toEqual({
      id: 'm5-1',
      month: 5,
      content: '学习党章第一章',
      hours: 2.5,
      required: false,
      audience: { kind: 'group', groupId: 'g2' }
    })
    expect(saved.items.find((x: any) => x.id === 'c-k1')).toEqual(committee)
  })

  it('pushes a saved item with a link and a deadline', async () => {
    const item = planItem({ id: 'apr-1', month: 4, content: '学习二十大报告' })
    answerCloud({
      'study.getPlan': () => ({ plan: studyPlan([item]), tasks: [], canEdit: true, groups: GROUPS, studyActivities: [] }),
      'study.pushTask': () => ({ task: studyTask() })
    })
    render(<PlanPage />)
    await tap('布置为学习任务')
    await tapIn('[data-push-form]', '学习链接')
    await typeIntoTextarea('学习要求或材料正文', '请在线学习')
    await typeInto('粘贴学习链接网址', 'https://www.12371.cn/')
    await tap('布置')
    expect(calls('pushTask')[0]).toMatchObject({
      orgId: 'b1',
      year: 2026,
      itemId: 'apr-1',
      material: { kind: 'link', text: '请在线学习', url: 'https://www.12371.cn/' }
    })
    // The form starts with a deadline (April's last day, or a week from today once April is past).
    expect(calls('pushTask')[0].deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('pushes a collective-study task with an activity picked from the branch’s 集中学习 activities', async () => {
    const item = planItem({ id: 'apr-1', month: 4, content: '学习二十大报告' })
    answerCloud({
      'study.getPlan': () => ({
        plan: studyPlan([item]),
        tasks: [],
        canEdit: true,
        groups: GROUPS,
        studyActivities: [
          { _id: 'astudy0001', title: '集中学习：党纪学习教育', date: '2026-04-08' },
          { _id: 'astudy0002', title: '集中学习：二十大报告', date: '2026-04-22' }
        ]
      }),
      'study.pushTask': () => ({ task: studyTask() })
    })
    render(<PlanPage />)
    await tap('布置为学习任务')
    await tapIn('[data-push-form]', '集中学习')
    await tapIn('[data-activities]', '04-22 集中学习：二十大报告')
    await typeIntoTextarea('学习要求或材料正文', '带上学习笔记')
    await tap('布置')
    expect(calls('pushTask')[0]).toMatchObject({
      itemId: 'apr-1',
      material: { kind: 'activity', text: '带上学习笔记', activityId: 'astudy0002' }
    })
  })

  it('says so when the branch has no 集中学习 activity to pick', async () => {
    answerCloud({
      'study.getPlan': () => ({
        plan: studyPlan([planItem({ id: 'apr-1' })]),
        tasks: [],
        canEdit: true,
        groups: GROUPS,
        studyActivities: []
      })
    })
    render(<PlanPage />)
    await tap('布置为学习任务')
    await tapIn('[data-push-form]', '集中学习')
    expect(await screen.findByText('本支部近期没有“集中学习”签到活动，请先在活动签到中创建')).toBeTruthy()
  })

  it('a member without edit rights reads the plan only', async () => {
    answerCloud({ 'study.getPlan': () => ({ plan: studyPlan(), tasks: [], canEdit: false, groups: GROUPS, studyActivities: [] }) })
    render(<PlanPage />)
    expect(await screen.findByText('学习党章')).toBeTruthy()
    expect(screen.queryByText('保存计划')).toBeNull()
    expect(screen.queryByText('布置为学习任务')).toBeNull()
  })
})
