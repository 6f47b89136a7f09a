jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import FiftyYearsPage from '@/birthday/pages/fiftyYears'
import { clock } from '@/birthday/view'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { route } from '@tests/src/helpers/assessMember'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { fiftyYearsResult } from '@tests/src/helpers/birthdayFixtures'

const PATH = '/birthday/pages/fiftyYears/index'

beforeEach(() => {
  spyNavigation()
  route(PATH, {})
  // 2027-01-01 00:30 CST (still 2026 in UTC)
  jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-12-31T16:30:00.000Z'))
})
afterEach(() => jest.restoreAllMocks())

describe('光荣在党50年', () => {
  it('lists the year’s members at the cut-off, and apart those without dates, in one call', async () => {
    answerCloud({ 'birthday.fiftyYears': () => fiftyYearsResult(2027) })
    render(<FiftyYearsPage />)
    expect(await screen.findByText('2027年光荣在党50年 · 1 人')).toBeTruthy()
    expect(screen.getByText('党龄从转正日期算起，截至2027年7月1日满 50 年')).toBeTruthy()
    expect(screen.getByText('冯雪梅')).toBeTruthy()
    expect(screen.getByText('入党 1976年3月1日 · 转正 1977年3月1日')).toBeTruthy()
    expect(screen.getByText('入党/转正日期未填 · 1 人（请支部书记补全）')).toBeTruthy()
    expect(screen.getByText('入党 未填 · 转正 未填')).toBeTruthy()
    expect(calls('fiftyYears')).toEqual([{ action: 'fiftyYears' }])
  })

  it('the next year on a chip (the CST year: 2027 at 00:30 on 1 January)', async () => {
    answerCloud({ 'birthday.fiftyYears': (e: { year?: number }) => fiftyYearsResult(e.year ?? 2027, e.year === 2028 ? [] : undefined) })
    render(<FiftyYearsPage />)
    await screen.findByText('2027年光荣在党50年 · 1 人')
    await tap('2028年')
    expect(await screen.findByText('2028年光荣在党50年 · 0 人')).toBeTruthy()
    expect(screen.getByText('本年度没有党龄满 50 年的党员')).toBeTruthy()
    expect(calls('fiftyYears').at(-1)).toEqual({ action: 'fiftyYears', year: 2028 })
  })

  it('导出 Excel 表格 downloads the list of the year shown (H5: the bytes as sent)', async () => {
    const bytes = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]
    answerCloud({
      'birthday.fiftyYears': (e: { year?: number }) => fiftyYearsResult(e.year ?? 2027),
      'birthday.fiftyYearsXlsx': () => ({
        fileName: '光荣在党50年_2027年.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
        rowCount: 2,
        bytes: bytes.length
      })
    })
    let blob: Blob | null = null
    ;(URL as any).createObjectURL = jest.fn((b: Blob) => {
      blob = b
      return 'blob:test/1'
    })
    ;(URL as any).revokeObjectURL = jest.fn()
    const clicks: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    render(<FiftyYearsPage />)
    await screen.findByText('2027年光荣在党50年 · 1 人')
    await tap('导出 Excel 表格')
    expect(await screen.findByText('已导出 光荣在党50年_2027年.xlsx（2 人）')).toBeTruthy()
    expect(calls('fiftyYearsXlsx')).toEqual([{ action: 'fiftyYearsXlsx', year: 2027 }])
    expect(clicks).toEqual(['光荣在党50年_2027年.xlsx'])
    expect(blob!.size).toBe(bytes.length)
  })
})
