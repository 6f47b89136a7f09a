jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import CompletionPage from '@/commitment/pages/completion'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
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

const report = () => ({
  year: 2026,
  rows: [
    { orgId: 'b1', orgName: '第一养护站党支部', members: 10, approved: 8, checksAccepted: 5 },
    { orgId: 'b2', orgName: '第二养护站党支部', members: 0, approved: 0, checksAccepted: 0 }
  ]
})

describe('承诺完成情况', () => {
  it('draws per-branch bars of approved cards and accepted self-checks, with the committee total', async () => {
    answerCloud({ 'commitment.completion': report })
    render(<CompletionPage />)
    expect(await screen.findByText('2026年承诺完成情况')).toBeTruthy()
    const width = (org: string, bar: string) =>
      document.querySelector<HTMLElement>(`[data-org="${org}"] [data-bar="${bar}"] .cm-done__fill`)!.style.width
    expect(width('b1', 'approved')).toBe('80%')
    expect(width('b1', 'checks')).toBe('50%')
    expect(width('b2', 'approved')).toBe('0%')
    expect(screen.getByText('党委合计（10 人）')).toBeTruthy()
    expect(calls('exportCompletion')).toEqual([])
  })

  it('导出 Excel 表格 downloads the sheet of the year shown (H5: the bytes as sent) and names the file', async () => {
    const bytes = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0x80]
    answerCloud({
      'commitment.completion': report,
      'commitment.exportCompletion': () => ({
        fileName: '承诺完成情况_甘肃公路养护集团党委_2026年.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
        rowCount: 2,
        bytes: 8
      })
    })
    let blob: Blob | null = null
    ;(URL as any).createObjectURL = jest.fn((b: Blob) => {
      blob = b
      return 'blob:test/1'
    })
    ;(URL as any).revokeObjectURL = jest.fn()
    const clicks: Array<{ href: string; download: string }> = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download })
    })
    render(<CompletionPage />)
    await screen.findByText('2026年承诺完成情况')
    await tap('导出 Excel 表格')
    expect(await screen.findByText('已导出 承诺完成情况_甘肃公路养护集团党委_2026年.xlsx（2 个支部）')).toBeTruthy()
    expect(calls('exportCompletion')).toEqual([{ action: 'exportCompletion', year: 2026 }])
    expect(clicks).toEqual([{ href: 'blob:test/1', download: '承诺完成情况_甘肃公路养护集团党委_2026年.xlsx' }])
    expect(blob!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(blob!.size).toBe(bytes.length)
  })

  it('a refused export says why and stays on the page', async () => {
    answerCloud({
      'commitment.completion': report,
      'commitment.exportCompletion': () => fail('FORBIDDEN', '仅党委（党群工作部）工作人员可以查看完成情况')
    })
    render(<CompletionPage />)
    await screen.findByText('2026年承诺完成情况')
    await tap('导出 Excel 表格')
    expect(await screen.findByText('仅党委（党群工作部）工作人员可以查看完成情况')).toBeTruthy()
    expect(screen.getByText('2026年承诺完成情况')).toBeTruthy()
  })

  it('no export without branches', async () => {
    answerCloud({ 'commitment.completion': () => ({ year: 2026, rows: [] }) })
    render(<CompletionPage />)
    await screen.findByText('还没有支部数据')
    expect(screen.queryByText('导出 Excel 表格')).toBeNull()
  })
})
