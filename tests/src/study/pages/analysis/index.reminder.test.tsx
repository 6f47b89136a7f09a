// 党性分析报告 offers the 党性分析提醒 consent (as birthday's pages offer theirs): from the session's caller,
// with the template set; a tap asks (H5: the confirm sheet) and reports studyAnalysis; none once filed.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import AnalysisPage from '@/study/pages/analysis'
import { forgetCaller, rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'
import { whoMember } from '@tests/src/helpers/fixtures'
import { analysis } from '@tests/src/helpers/studyFixtures'
import { consentBalances } from '@tests/src/helpers/consents'

const WINDOW = { year: 2026, quarter: 1, from: '2026-03-01', due: '2026-04-15' }
const PREFILL = { orgLife: '', orgLifeCount: { present: 0, expected: 0 } }
const NONE = consentBalances()

beforeEach(() => spyNavigation())
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  forgetCaller()
})

describe('党性分析报告: the reminder offer', () => {
  it('not yet filed, no consent left: 开启党性分析提醒 asks and reports studyAnalysis; the page made one call', async () => {
    rememberCaller(whoMember({ subscribeTemplates: { studyAnalysis: 'tid-a' }, consents: NONE }))
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    answerCloud({
      'study.myAnalysis': () => ({ analysis: null, window: WINDOW, prefill: PREFILL }),
      'birthday.reportConsent': () => ({ counted: true, balances: { ...NONE, studyAnalysis: 1 } })
    })
    render(<AnalysisPage />)
    expect(await screen.findByText('2026-04-15 截止前还没提交，用微信消息提醒我')).toBeTruthy()
    expect(calls('myAnalysis')).toHaveLength(1)
    expect(calls('whoami')).toHaveLength(0)
    await tap('开启党性分析提醒')
    expect(await screen.findByText('已开启：截止前未提交或被返单时将收到微信提醒')).toBeTruthy()
    expect(screen.getByText('已开启党性分析提醒（还可接收 1 次）')).toBeTruthy()
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(calls('reportConsent').map((e) => e.accepted)).toEqual([['studyAnalysis']])
  })

  it('a consent left: says so, asks nothing', async () => {
    rememberCaller(whoMember({ subscribeTemplates: { studyAnalysis: 'tid-a' }, consents: { ...NONE, studyAnalysis: 2 } }))
    answerCloud({ 'study.myAnalysis': () => ({ analysis: null, window: WINDOW, prefill: PREFILL }) })
    render(<AnalysisPage />)
    expect(await screen.findByText('已开启党性分析提醒（还可接收 2 次）')).toBeTruthy()
    expect(screen.queryByText('开启党性分析提醒')).toBeNull()
  })

  it.each([
    ['the template is not set', {}, null],
    ['the analysis is filed', { studyAnalysis: 'tid-a' }, 'submitted' as const]
  ])('no offer when %s', async (_l, templates, status) => {
    rememberCaller(whoMember({ subscribeTemplates: templates, consents: NONE }))
    answerCloud({
      'study.myAnalysis': () => ({ analysis: status ? analysis({ status }) : null, window: WINDOW, prefill: PREFILL })
    })
    render(<AnalysisPage />)
    expect(await screen.findByText('2026年第一季度党性分析')).toBeTruthy()
    await new Promise((r) => setTimeout(r, 50))
    expect(screen.queryByText('开启党性分析提醒')).toBeNull()
    expect(screen.queryByText(/已开启党性分析提醒/)).toBeNull()
  })
})
