import {
  checkWindow,
  currentOrLastWindow,
  isInWindow,
  openWindow,
  openWindowAnyYear,
  quarterEnd,
  windowText
} from '@shared/commitment/windows'

const RULE = { daysBeforeQuarterEnd: 15, dayOfNextMonth: 15 }

describe('checkWindow (default: the quarter’s last 15 days to the 15th of the next month)', () => {
  it.each([
    [2026, 1, '2026-03-17', '2026-04-15'],
    [2026, 2, '2026-06-16', '2026-07-15'],
    [2026, 3, '2026-09-16', '2026-10-15'],
    // Q4 crosses the year and belongs to the card's year.
    [2026, 4, '2026-12-17', '2027-01-15'],
    // A leap year's Q1 is still its last 15 days.
    [2028, 1, '2028-03-17', '2028-04-15']
  ])('%i Q%i → %s … %s', (year, q, from, to) => expect(checkWindow(year, q, RULE)).toEqual({ quarter: q, from, to }))

  it.each([
    [{ daysBeforeQuarterEnd: 1, dayOfNextMonth: 1 }, 1, '2026-03-31', '2026-04-01'],
    [{ daysBeforeQuarterEnd: 28, dayOfNextMonth: 28 }, 4, '2026-12-04', '2027-01-28']
  ])('rule %o, Q%i → %s … %s', (rule, q, from, to) => expect(checkWindow(2026, q, rule)).toMatchObject({ from, to }))

  it.each([
    [1, '2026-03-31'],
    [2, '2026-06-30'],
    [3, '2026-09-30'],
    [4, '2026-12-31']
  ])('quarterEnd Q%i = %s', (q, d) => expect(quarterEnd(2026, q)).toBe(d))
})

describe('open windows at an instant (the CST date decides)', () => {
  it.each<[string, string, number | null]>([
    // 2026-03-16 23:59 CST: not yet.
    ['a minute before Q1 opens', '2026-03-16T15:59:00Z', null],
    // 2026-03-17 00:00 CST is still 03-16 in UTC.
    ['the first CST minute of Q1’s window', '2026-03-16T16:00:00Z', 1],
    ['the last CST minute (04-15 23:59)', '2026-04-15T15:59:00Z', 1],
    ['04-16 00:00 CST: closed', '2026-04-15T16:00:00Z', null],
    ['mid-summer', '2026-08-01T04:00:00Z', null],
    ['12-31 noon', '2026-12-31T04:00:00Z', 4]
  ])('%s', (_l, at, quarter) => {
    expect(openWindow(2026, RULE, new Date(at))?.quarter ?? null).toBe(quarter)
  })

  it.each<[string, number, number | null]>([
    ['before Q1 has opened', 0, null],
    ['inside Q1', 1, 1],
    ['between Q1 and Q2', 2, 1],
    ['inside Q4', 3, 4]
  ])('currentOrLastWindow: %s', (_l, i, quarter) => {
    const at = ['2026-02-01T04:00:00Z', '2026-03-20T04:00:00Z', '2026-05-20T04:00:00Z', '2026-12-20T04:00:00Z'][i]
    expect(currentOrLastWindow(2026, RULE, new Date(at))?.quarter ?? null).toBe(quarter)
  })

  it.each<[string, string, { year: number; quarter: number } | null]>([
    ['early January: last year’s Q4', '2027-01-10T04:00:00Z', { year: 2026, quarter: 4 }],
    ['late December: this year’s Q4', '2026-12-20T04:00:00Z', { year: 2026, quarter: 4 }],
    ['February: none', '2027-02-10T04:00:00Z', null]
  ])('openWindowAnyYear: %s', (_l, at, want) => {
    const got = openWindowAnyYear(RULE, new Date(at))
    expect(got ? { year: got.year, quarter: got.window.quarter } : null).toEqual(want)
  })

  it('isInWindow reads the CST date of the instant', () => {
    const w = checkWindow(2026, 4, RULE)
    expect(isInWindow(w, new Date('2027-01-15T15:59:59Z'))).toBe(true)
    expect(isInWindow(w, new Date('2027-01-15T16:00:00Z'))).toBe(false)
  })

  it('windowText names the quarter and its dates', () => {
    expect(windowText(2026, checkWindow(2026, 4, RULE))).toBe('2026年第四季度自查（2026-12-17 至 2027-01-15）')
  })
})
