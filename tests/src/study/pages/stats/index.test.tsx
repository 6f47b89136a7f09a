jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import StatsPage from '@/study/pages/stats'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoSecretary } from '@tests/src/helpers/fixtures'
import { branchStats } from '@tests/src/helpers/studyFixtures'

beforeEach(() => {
  spyNavigation()
  route('/study/pages/stats/index', {})
  rememberCaller(whoSecretary(['b1']))
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('学习统计', () => {
  it('shows the branch, its groups and members with hours and completion bars, and an export', async () => {
    answerCloud({ 'study.branchStats': () => branchStats() })
    render(<StatsPage />)
    expect(await screen.findByText('2026年学习统计')).toBeTruthy()
    expect(calls('branchStats')).toEqual([{ action: 'branchStats', orgId: 'b1' }])
    const rows = Array.from(document.querySelectorAll('[data-row]')).map((e) => e.getAttribute('data-row'))
    expect(rows).toEqual(['branch', 'group', 'member', 'member'])
    const member = document.querySelector('[data-id="r2"]') as HTMLElement
    expect(member.textContent).toContain('必学任务 1/2 · 完成率 50%')
    expect(member.textContent).toContain('1.5 学时')
    expect((member.querySelector('.st-bar__fill') as HTMLElement).style.width).toBe('50%')
    expect(screen.getByText('导出 Excel 表格')).toBeTruthy()
  })
})
