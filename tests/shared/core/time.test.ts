import { addDaysYmd, cstDate, cstStartOfDay, daysBetweenYmd, isYmd, parseYmd } from '@shared/core/time'

describe('CST time', () => {
  it.each([
    ['2026-11-20T15:59:59Z', '2026-11-20'],
    ['2026-11-20T16:00:00Z', '2026-11-21'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29']
  ])('cstDate(%s) = %s', (iso, ymd) => {
    expect(cstDate(new Date(iso))).toBe(ymd)
  })

  it('starts the CST day at 16:00 UTC of the day before', () => {
    expect(cstStartOfDay(new Date('2026-11-21T03:00:00Z')).toISOString()).toBe('2026-11-20T16:00:00.000Z')
    expect(cstStartOfDay(new Date('2026-11-20T17:00:00Z')).toISOString()).toBe('2026-11-20T16:00:00.000Z')
  })

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['20260401', false],
    ['1899-12-31', false]
  ])('isYmd(%s) = %s', (s, ok) => {
    expect(isYmd(s)).toBe(ok)
  })

  it('does calendar arithmetic without time zones', () => {
    expect(addDaysYmd('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysYmd('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetweenYmd('2026-11-21', '2027-03-01')).toBe(100)
    expect(parseYmd('2026-11-21')).toEqual({ y: 2026, m: 11, d: 21 })
  })
})
