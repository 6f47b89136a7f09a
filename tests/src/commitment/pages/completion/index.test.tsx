jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import CompletionPage from '@/commitment/pages/completion'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'

beforeEach(() => {
  spyNavigation()
  route('/commitment/pages/completion/index', {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('承诺完成情况', () => {
  it('draws per-branch bars of approved cards and accepted self-checks, with the committee total; no export', async () => {
    answerCloud({
      'commitment.completion': () => ({
        year: 2026,
        rows: [
          { orgId: 'b1', orgName: '第一养护站党支部', members: 10, approved: 8, checksAccepted: 5 },
          { orgId: 'b2', orgName: '第二养护站党支部', members: 0, approved: 0, checksAccepted: 0 }
        ]
      })
    })
    render(<CompletionPage />)
    expect(await screen.findByText('2026年承诺完成情况')).toBeTruthy()
    const width = (org: string, bar: string) =>
      document.querySelector<HTMLElement>(`[data-org="${org}"] [data-bar="${bar}"] .cm-done__fill`)!.style.width
    expect(width('b1', 'approved')).toBe('80%')
    expect(width('b1', 'checks')).toBe('50%')
    expect(width('b2', 'approved')).toBe('0%')
    expect(screen.getByText('党委合计（10 人）')).toBeTruthy()
    expect(screen.queryByText(/导出/)).toBeNull()
  })
})
