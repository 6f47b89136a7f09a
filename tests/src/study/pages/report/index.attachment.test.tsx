// 学习报告单 shows the task's attachment (getTask's `attachment`) and opens it.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import ReportPage from '@/study/pages/report'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { myTask } from '@tests/src/helpers/studyFixtures'

const attachment = {
  name: '党纪学习教育读本.pdf',
  ext: 'pdf' as const,
  kind: 'document' as const,
  size: 300 * 1024,
  state: 'ready' as const,
  url: 'https://tmp.example/a.pdf'
}

beforeEach(() => {
  spyNavigation()
  route('/study/pages/report/index', { taskId: 'b1:2026:mar-1' })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('学习报告单: the attachment', () => {
  it('shows it with the material and opens its temporary URL (H5) on a tap, with one call on open', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    answerCloud({ 'study.getTask': () => myTask({ attachment }) })
    render(<ReportPage />)
    expect(await screen.findByText('请学习党章总纲')).toBeTruthy()
    await tap('附件：党纪学习教育读本.pdf（PDF，300 KB） 点击打开')
    expect(open).toHaveBeenCalledWith('https://tmp.example/a.pdf', '_blank', 'noopener')
    expect(calls('getTask')).toHaveLength(1)
  })

  it('a task without one shows none', async () => {
    answerCloud({ 'study.getTask': () => myTask({ attachment: null }) })
    render(<ReportPage />)
    expect(await screen.findByText('请学习党章总纲')).toBeTruthy()
    expect(document.querySelector('[data-attachment]')).toBeNull()
  })
})
