jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import AnalysisPage from '@/study/pages/analysis'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { analysis } from '@tests/src/helpers/studyFixtures'

const WINDOW = { year: 2026, quarter: 1, from: '2026-03-01', due: '2026-04-15' }
const PREFILL = { orgLife: '本季度应参加组织生活 3 次，实际签到 2 次。', orgLifeCount: { present: 2, expected: 3 } }

beforeEach(() => spyNavigation())
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('党性分析报告', () => {
  it('pre-fills org life from check-ins, saves a draft, checks lengths before submitting', async () => {
    answerCloud({
      'study.myAnalysis': () => ({ analysis: null, window: WINDOW, prefill: PREFILL }),
      'study.saveAnalysis': (e: any) => ({ analysis: analysis({ ...e.text, status: e.submit ? 'submitted' : 'draft', rev: e.rev + 1 }) })
    })
    render(<AnalysisPage />)
    expect(await screen.findByText('组织生活签到：2/3')).toBeTruthy()
    await waitFor(() =>
      expect((document.querySelector('textarea[placeholder="参加组织生活情况"]') as HTMLTextAreaElement).value).toBe(PREFILL.orgLife)
    )
    await typeIntoTextarea('学习情况', '学习了党章和二十大报告')
    await tap('保存草稿')
    expect(await screen.findByText('草稿已保存')).toBeTruthy()
    expect(calls('saveAnalysis')[0]).toMatchObject({
      year: 2026,
      quarter: 1,
      rev: 0,
      submit: false,
      text: { learned: '学习了党章和二十大报告', orgLife: PREFILL.orgLife }
    })
    await tap('提交')
    expect(await screen.findByText('心得体会至少 20 个字（现有 0 个）')).toBeTruthy()
    expect(calls('saveAnalysis')).toHaveLength(1)
  })

  it('a returned analysis shows the group’s comment and the verdict, and is submitted again with its rev', async () => {
    const returned = analysis({
      status: 'returned',
      rev: 5,
      groupComment: { text: '问题找得不准', by: 'g', byName: '组长', at: '2026-03-21T02:00:00.000Z' },
      verdict: {
        kind: 'return',
        reason: '原因分析不具体',
        by: 'r1',
        byName: '书记',
        at: '2026-03-22T02:00:00.000Z',
        taskId: null,
        talkId: null
      }
    })
    answerCloud({
      'study.myAnalysis': () => ({ analysis: returned, window: WINDOW, prefill: PREFILL }),
      'study.saveAnalysis': (e: any) => ({ analysis: analysis({ ...e.text, rev: 6 }) })
    })
    render(<AnalysisPage />)
    expect(await screen.findByText('党小组意见：问题找得不准')).toBeTruthy()
    expect(screen.getByText('支部评定：返单（原因分析不具体）')).toBeTruthy()
    await tap('提交')
    expect(calls('saveAnalysis')[0]).toMatchObject({ rev: 5, submit: true })
    expect(await screen.findByText('已提交，等待党小组评议')).toBeTruthy()
  })

  it('a passed analysis is read-only', async () => {
    answerCloud({ 'study.myAnalysis': () => ({ analysis: analysis({ status: 'passed' }), window: WINDOW, prefill: PREFILL }) })
    render(<AnalysisPage />)
    expect(await screen.findByText('合格')).toBeTruthy()
    expect(screen.queryByText('提交')).toBeNull()
  })
})
