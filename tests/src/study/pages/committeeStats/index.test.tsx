jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import CommitteeStatsPage from '@/study/pages/committeeStats'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { committeeStats } from '@tests/src/helpers/studyFixtures'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route('/study/pages/committeeStats/index', {})
  rememberCaller(whoStaff())
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('各支部学习统计', () => {
  it('shows the total and a bar per branch with reports waiting and the quarter’s analyses, in one call', async () => {
    answerCloud({ 'study.committeeStats': () => committeeStats() })
    render(<CommitteeStatsPage />)
    expect(await screen.findByText('2026年各支部学习统计')).toBeTruthy()
    expect(calls('committeeStats')).toEqual([{ action: 'committeeStats', committeeId: 'c1' }])
    expect(screen.getByText(/党性分析为2026年第一季度/)).toBeTruthy()
    const rows = Array.from(document.querySelectorAll('[data-row]')).map((e) => [e.getAttribute('data-row'), e.getAttribute('data-id')])
    expect(rows).toEqual([
      ['total', 'c1'],
      ['branch', 'b1'],
      ['branch', 'b2']
    ])
    const b1 = document.querySelector('[data-id="b1"]') as HTMLElement
    expect(b1.textContent).toContain('第一养护站党支部（11 人）')
    expect(b1.textContent).toContain('30 学时')
    expect(b1.textContent).toContain('必学任务 15/22 · 完成率 68%')
    expect(b1.textContent).toContain('待审核学习报告 3')
    expect(b1.textContent).toContain('党性分析：未提交 5 · 待小组评议 2 · 合格 4')
    expect((b1.querySelector('.st-bar__fill') as HTMLElement).style.width).toBe('68%')
    const b2 = document.querySelector('[data-id="b2"]') as HTMLElement
    expect(b2.textContent).toContain('完成率 —')
    expect((b2.querySelector('.st-bar__fill') as HTMLElement).style.width).toBe('0%')
    expect(screen.getByText('导出 Excel 表格')).toBeTruthy()
  })

  it('a tap on a branch opens that branch’s 学习统计', async () => {
    answerCloud({ 'study.committeeStats': () => committeeStats() })
    render(<CommitteeStatsPage />)
    await screen.findByText('2026年各支部学习统计')
    await tap('第二养护站党支部（8 人）')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/study/pages/stats/index?orgId=b2' })
  })

  it('exports the committee’s sheet (H5: a download) with the committee the page opened', async () => {
    const file = {
      fileName: '养护集团党委2026年各支部学习统计.xlsx',
      mimeType: 'application/vnd.ms-excel',
      base64: 'UEsDBA==',
      rowCount: 3,
      bytes: 4
    }
    answerCloud({ 'study.committeeStats': () => committeeStats(), 'study.exportCommitteeStats': () => file })
    ;(URL as any).createObjectURL = jest.fn(() => 'blob:committee')
    ;(URL as any).revokeObjectURL = jest.fn()
    const clicked: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    render(<CommitteeStatsPage />)
    await tap('导出 Excel 表格')
    expect(calls('exportCommitteeStats')).toEqual([{ action: 'exportCommitteeStats', committeeId: 'c1' }])
    expect(clicked).toEqual([file.fileName])
    expect(await screen.findByText(`已导出 ${file.fileName}（3 行）`)).toBeTruthy()
  })

  it('someone who is no committee’s staff is told so, without a call', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({})
    render(<CommitteeStatsPage />)
    expect(await screen.findByText('只有党委工作人员可以查看各支部学习统计')).toBeTruthy()
    expect(calls('committeeStats')).toEqual([])
  })
})
