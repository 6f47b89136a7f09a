jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import LedgerPage from '@/checkin/pages/ledger'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { orgList, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { ledger } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

const NOW = Date.parse('2026-11-21T02:32:00Z')
const XLSX = {
  fileName: '签到台账_第一养护站党支部_2026-11-01_2026-11-21.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  base64: Buffer.from('PK\u0003\u0004xlsx').toString('base64'),
  rowCount: 2,
  bytes: 8
}

const script = (over: Record<string, (e: any) => unknown> = {}) =>
  answerCloud({
    'member.whoami': () => whoSecretary(['b1', 'b2']),
    'checkin.ledger': () => ledger(),
    'checkin.ledgerXlsx': () => XLSX,
    ...over
  })

async function pickDate(field: 'from' | 'to', value: string) {
  const picker = document.querySelector(`[data-field="${field}"]`)!.closest('taro-picker-core')!
  await act(async () => {
    fireEvent(picker, new CustomEvent('change', { detail: { value } }))
  })
}

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  process.env.TARO_ENV = 'h5'
})

describe('ledger page', () => {
  it('lets committee staff pick any branch of the committee (not the committee, groups or external orgs) and open an activity’s attendance', async () => {
    const nav = spyNavigation()
    script({ 'member.whoami': () => whoStaff(), 'member.orgTree': () => ({ orgs: orgList }) })
    render(<LedgerPage />)
    await screen.findByText('日期范围（北京时间）')
    expect(Array.from(document.querySelectorAll('.chips__chip')).map((c) => c.textContent)).toEqual([
      '第一养护站党支部',
      '第二养护站党支部'
    ])
    await tap('第二养护站党支部')
    await tap('查询')
    expect(calls('ledger')).toEqual([{ action: 'ledger', orgId: 'b2', from: '2026-09-01', to: '2026-11-21' }])
    const act = await screen.findByText('11-21 11月主题党日')
    expect(act.closest('.ledger__act')!.textContent).toContain('应到 3 · 实到 2 · 未签到 1 · 出勤率 66.7%')
    await tap('11-21 11月主题党日')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/checkin/pages/attendance/index?id=a0k3z9x1q2' })
  })

  it('asks an organiser’s whoami only, not the org tree', async () => {
    script()
    render(<LedgerPage />)
    await screen.findByText('日期范围（北京时间）')
    expect(calls('orgTree')).toEqual([])
    expect(Array.from(document.querySelectorAll('.chips__chip')).map((c) => c.textContent)).toEqual([
      '第一养护站党支部',
      '第二养护站党支部'
    ])
  })

  it('queries the first org for this CST month and the two before by default and lists one row per member per activity', async () => {
    script()
    render(<LedgerPage />)
    await screen.findByText('日期范围（北京时间）')
    expect(document.querySelector('[data-field="from"]')!.textContent).toBe('2026-09-01')
    expect(document.querySelector('[data-field="to"]')!.textContent).toBe('2026-11-21')
    await tap('查询')
    expect(calls('ledger')).toEqual([{ action: 'ledger', orgId: 'b1', from: '2026-09-01', to: '2026-11-21' }])
    expect(await screen.findByText('第一养护站党支部 · 1 次活动 · 2 条记录')).toBeTruthy()
    expect(Array.from(document.querySelectorAll('.ledger__row')).map((r) => r.textContent)).toEqual([
      '11-2111月主题党日张伟出席 09:55',
      '11-2111月主题党日孙强未签到'
    ])
  })

  it.each([
    ['next week’s 党课', 'upcoming', 'pending', '党课 · 应到 3 · 已签到 0 ›', '孙强未签到'],
    ['an ended one', 'ended', 'absent', '党课 · 应到 3 · 实到 1 · 缺席 2 · 出勤率 33.3% ›', '孙强缺席']
  ] as const)('says 缺席 and 出勤率 only as the activity’s stage allows: %s', async (_l, stage, status, meta, row) => {
    const base = ledger()
    const summary =
      stage === 'upcoming'
        ? { expected: 3, present: 0, absent: 0, pending: 3, late: 0, makeup: 0, guests: 0, rate: null }
        : { expected: 3, present: 1, absent: 2, pending: 0, late: 0, makeup: 0, guests: 0, rate: 0.3333 }
    script({
      'checkin.ledger': () => ({
        ...base,
        activities: [{ ...base.activities[0], type: 'partyLecture', stage, summary }],
        rows: base.rows.map((r) => (r.memberId === 'r3' ? { ...r, status } : r))
      })
    })
    render(<LedgerPage />)
    await tap('查询')
    const act = await screen.findByText('11-21 11月主题党日')
    expect(act.closest('.ledger__act')!.textContent).toBe(`11-21 11月主题党日${meta}`)
    expect(document.querySelectorAll('.ledger__row')[1].textContent).toBe(`11-2111月主题党日${row}`)
  })

  it('uses the org and dates chosen, and refuses a range the wrong way round', async () => {
    script()
    render(<LedgerPage />)
    await tap('第二养护站党支部')
    await pickDate('from', '2026-10-01')
    await pickDate('to', '2026-10-31')
    await tap('查询')
    expect(calls('ledger')).toEqual([{ action: 'ledger', orgId: 'b2', from: '2026-10-01', to: '2026-10-31' }])
    await pickDate('from', '2026-11-05')
    await tap('查询')
    expect(screen.getByText('开始日期不能晚于结束日期')).toBeTruthy()
    expect(calls('ledger')).toHaveLength(1)
  })

  it('exports in H5 as a download of the xlsx bytes', async () => {
    script()
    const blobs: Blob[] = []
    ;(URL as any).createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:ledger'
    })
    ;(URL as any).revokeObjectURL = jest.fn()
    const clicked: Array<{ href: string; download: string }> = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
    render(<LedgerPage />)
    await tap('导出 Excel 表格')
    expect(calls('ledgerXlsx')).toEqual([{ action: 'ledgerXlsx', orgId: 'b1', from: '2026-09-01', to: '2026-11-21' }])
    expect(clicked).toEqual([{ href: 'blob:ledger', download: XLSX.fileName }])
    expect(blobs[0].type).toBe(XLSX.mimeType)
    const bytes = Buffer.from(await new Response(blobs[0]).arrayBuffer())
    expect(bytes.toString('latin1')).toBe('PK\u0003\u0004xlsx')
    expect(await screen.findByText(`已导出 ${XLSX.fileName}（2 行）`)).toBeTruthy()
    expect(document.querySelector('a[download]')).toBeNull()
  })

  it('exports in WeChat by writing under USER_DATA_PATH and opening the document with its menu', async () => {
    process.env.TARO_ENV = 'weapp'
    const writes: any[] = []
    stubTaro('getFileSystemManager', () => ({
      writeFile: (o: any) => {
        writes.push(o)
        o.success()
      }
    }))
    const open = stubTaro('openDocument', async (_o: unknown) => ({ errMsg: 'openDocument:ok' }))
    const env = (Taro as any).env
    ;(Taro as any).env = { USER_DATA_PATH: 'wxfile://usr' }
    try {
      script()
      render(<LedgerPage />)
      await tap('导出 Excel 表格')
      expect(writes).toEqual([
        expect.objectContaining({ filePath: `wxfile://usr/${XLSX.fileName}`, data: XLSX.base64, encoding: 'base64' })
      ])
      expect(open).toHaveBeenCalledWith({ filePath: `wxfile://usr/${XLSX.fileName}`, fileType: 'xlsx', showMenu: true })
    } finally {
      ;(Taro as any).env = env
    }
  })

  it('shows the server’s refusal of an export', async () => {
    script({ 'checkin.ledgerXlsx': () => fail('INVALID_INPUT', '日期范围不能超过 366 天') })
    render(<LedgerPage />)
    await tap('导出 Excel 表格')
    expect(await screen.findByText('日期范围不能超过 366 天')).toBeTruthy()
  })
})
