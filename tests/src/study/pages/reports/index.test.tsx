jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import ReportsPage from '@/study/pages/reports'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tapIn, typeInto } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoSecretary } from '@tests/src/helpers/fixtures'
import { studyReport, studyTask } from '@tests/src/helpers/studyFixtures'

beforeEach(() => {
  spyNavigation()
  route('/study/pages/reports/index', {})
  rememberCaller(whoSecretary(['b1']))
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('学习报告审核', () => {
  it('accepts one report and returns another with a reason', async () => {
    const late = studyReport({ _id: 'b1:2026:mar-1:r2', memberId: 'r2', name: '赵敏', late: true, rev: 3 })
    answerCloud({
      'study.reportQueue': () => ({ reports: [studyReport(), late], tasks: [studyTask()] }),
      'study.reviewReport': (e: any) => ({ report: studyReport({ status: e.decision === 'accept' ? 'accepted' : 'returned' }) })
    })
    render(<ReportsPage />)
    expect(await screen.findByText('待审核 2 份')).toBeTruthy()
    expect(calls('reportQueue')).toEqual([{ action: 'reportQueue', orgId: 'b1' }])
    expect(screen.getByText('逾期提交')).toBeTruthy()
    await tapIn('[data-report="b1:2026:mar-1:m1"]', '通过')
    expect(await screen.findByText('已通过')).toBeTruthy()
    await tapIn('[data-report="b1:2026:mar-1:r2"]', '退回')
    await tapIn('[data-report="b1:2026:mar-1:r2"]', '确认退回')
    expect(await screen.findByText('退回时请填写原因')).toBeTruthy()
    await typeInto('请说明需要补充或修改的地方', '请结合本职工作')
    await tapIn('[data-report="b1:2026:mar-1:r2"]', '确认退回')
    expect(await screen.findByText('已退回')).toBeTruthy()
    expect(calls('reviewReport')).toEqual([
      { action: 'reviewReport', reportId: 'b1:2026:mar-1:m1', rev: 2, decision: 'accept' },
      { action: 'reviewReport', reportId: 'b1:2026:mar-1:r2', rev: 3, decision: 'return', reason: '请结合本职工作' }
    ])
  })
})
