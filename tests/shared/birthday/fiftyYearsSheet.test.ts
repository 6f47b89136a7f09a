import { cutoffDay, FIFTY_COLUMN_WIDTHS, FIFTY_HEADERS, fiftyYearsFileName, fiftyYearsRows } from '@shared/birthday/fiftyYearsSheet'

const m = (_id: string, joinedAt: string | null, fullAt: string | null) => ({
  _id,
  name: _id,
  partyStatus: 'full' as const,
  joinedAt,
  fullAt,
  homeOrgId: 'b1',
  assessingOrgId: 'b1'
})

describe('the 光荣在党50年 sheet', () => {
  it('has a width per header', () => expect(FIFTY_COLUMN_WIDTHS).toHaveLength(FIFTY_HEADERS.length))

  it.each([
    [2026, '07-01', '2026-07-01'],
    [2026, '02-29', '2026-02-28'],
    [2028, '02-29', '2028-02-29']
  ])('the cut-off day of %i at %s is %s', (year, cutoff, day) => expect(cutoffDay(year, cutoff)).toBe(day))

  it('numbers the members due, then those without dates with the remark', () => {
    const rows = fiftyYearsRows(
      { year: 2026, cutoff: '07-01', due: [m('a', '1975-05-01', '1976-05-01')], missingDates: [m('b', '1975-01-01', null)] },
      () => '第一支部'
    )
    expect(rows).toEqual([
      ['1', 'a', '第一支部', '1975-05-01', '1976-05-01', '50', ''],
      ['2', 'b', '第一支部', '1975-01-01', '', '', '入党/转正日期未填']
    ])
  })

  it('names the file by year', () => expect(fiftyYearsFileName(2026)).toBe('光荣在党50年_2026.xlsx'))
})
