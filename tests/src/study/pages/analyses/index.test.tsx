jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import AnalysesPage from '@/study/pages/analyses'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeInto } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { analysis } from '@tests/src/helpers/studyFixtures'
import { holdDate } from '@tests/helpers/clock'

beforeEach(() => {
  spyNavigation()
  route('/study/pages/analyses/index', {})
  // Date only (the quarter shown is the one open now); every timer stays real.
  holdDate('2026-03-20T02:00:00Z')
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('党性分析评议', () => {
  it('the secretary decides a commented analysis: 集中重学 needs a reason', async () => {
    rememberCaller(whoSecretary(['b1']))
    const commented = analysis({
      status: 'commented',
      groupComment: { text: '认识较深刻', by: 'g', byName: '组长', at: '2026-03-21T02:00:00.000Z' }
    })
    answerCloud({
      'study.analysisQueue': () => ({ analyses: [commented] }),
      'study.decideAnalysis': (e: any) => ({
        analysis: analysis({
          status: 'relearn',
          verdict: { kind: 'relearn', reason: e.reason, by: 'r1', byName: '书记', at: '', taskId: 'b1:2026:relearn-q1', talkId: null }
        })
      })
    })
    render(<AnalysesPage />)
    expect(await screen.findByText('2026年第一季度党性分析')).toBeTruthy()
    expect(calls('analysisQueue')).toEqual([{ action: 'analysisQueue', orgId: 'b1', year: 2026, quarter: 1 }])
    await tap('王芳')
    expect(screen.getByText('党小组意见：认识较深刻')).toBeTruthy()
    await tapIn('[data-analysis="m1:2026q1"]', '集中重学')
    await typeInto('原因（必填）', '学习不深入')
    await tap('评定为集中重学')
    expect(calls('decideAnalysis')).toEqual([
      { action: 'decideAnalysis', analysisId: 'm1:2026q1', rev: 1, verdict: 'relearn', reason: '学习不深入' }
    ])
    expect(await screen.findByText('支部评定：集中重学（学习不深入）')).toBeTruthy()
  })

  it('a group leader comments on their group’s analysis and gives no verdict', async () => {
    const leader = whoMember()
    rememberCaller({
      ...leader,
      roles: [{ orgId: 'g1', role: 'groupLeader' }],
      orgs: { ...leader.orgs, g1: { _id: 'g1', name: '一组', kind: 'group', parentId: 'b1', external: false } }
    } as any)
    answerCloud({
      'study.analysisQueue': () => ({ analyses: [analysis()] }),
      'study.commentAnalysis': (e: any) => ({
        analysis: analysis({ status: 'commented', groupComment: { text: e.text, by: 'g', byName: '组长', at: '' } })
      })
    })
    render(<AnalysesPage />)
    await tap('王芳')
    expect(screen.queryByText('合格')).toBeNull()
    await typeInto('小组讨论的意见', '问题查找较准')
    await tap('提交评议')
    expect(calls('commentAnalysis')).toEqual([{ action: 'commentAnalysis', analysisId: 'm1:2026q1', rev: 1, text: '问题查找较准' }])
  })
})
