import { anniversaryIn, nextPoliticalBirthday, politicalAge } from '@shared/member/politicalAge'

// Instants are written in UTC; CST is UTC+8, so 16:00Z is already the next CST day.
describe('politicalAge (CST)', () => {
  it.each([
    ['2000-07-01', '2026-06-30T15:59:59Z', 25, 'day before, CST'],
    ['2000-07-01', '2026-06-30T16:00:00Z', 26, 'midnight CST on the anniversary (still 30 June in UTC)'],
    ['2000-07-01', '2026-07-01T00:00:00Z', 26, 'anniversary'],
    ['2000-07-01', '2026-12-31T23:00:00Z', 26, 'after'],
    ['2004-02-29', '2025-02-27T16:00:00Z', 21, 'non-leap year: 28 Feb CST is the birthday'],
    ['2004-02-29', '2025-02-27T15:59:59Z', 20, 'non-leap year: 27 Feb CST'],
    ['2004-02-29', '2028-02-28T12:00:00Z', 23, 'leap year: 28 Feb is not yet'],
    ['2004-02-29', '2028-02-28T16:00:00Z', 24, 'leap year: 29 Feb CST'],
    ['1976-07-01', '2026-07-01T04:00:00Z', 50, '光荣在党50年'],
    ['2026-11-21', '2026-11-20T16:00:00Z', 0, 'joined today'],
    ['2026-11-22', '2026-11-20T16:00:00Z', null, 'joined in the future'],
    [null, '2026-11-20T16:00:00Z', null, 'not joined'],
    ['2026-02-30', '2026-11-20T16:00:00Z', null, 'impossible date']
  ] as Array<[string | null, string, number | null, string]>)('%s at %s → %s (%s)', (joinedAt, now, expected) => {
    expect(politicalAge(joinedAt, new Date(now))).toBe(expected)
  })
})

describe('anniversaryIn', () => {
  it.each([
    ['2004-02-29', 2025, '2025-02-28'],
    ['2004-02-29', 2028, '2028-02-29'],
    ['2004-02-29', 2100, '2100-02-28'],
    ['2000-12-31', 2026, '2026-12-31'],
    ['1976-03-01', 2026, '2026-03-01']
  ])('%s in %i → %s', (joinedAt, year, expected) => {
    expect(anniversaryIn(joinedAt, year)).toBe(expected)
  })
})

describe('nextPoliticalBirthday', () => {
  it.each([
    ['2016-11-25', '2026-11-21T02:00:00Z', { date: '2026-11-25', inDays: 4, years: 10, round: true, fiftyYears: false }],
    ['2016-11-21', '2026-11-20T16:30:00Z', { date: '2026-11-21', inDays: 0, years: 10, round: true, fiftyYears: false }],
    ['2016-11-20', '2026-11-20T16:30:00Z', { date: '2027-11-20', inDays: 364, years: 11, round: false, fiftyYears: false }],
    ['1977-01-05', '2026-12-30T00:00:00Z', { date: '2027-01-05', inDays: 6, years: 50, round: true, fiftyYears: true }],
    ['2004-02-29', '2026-02-01T00:00:00Z', { date: '2026-02-28', inDays: 27, years: 22, round: false, fiftyYears: false }],
    ['2026-03-01', '2026-11-21T00:00:00Z', { date: '2027-03-01', inDays: 100, years: 1, round: false, fiftyYears: false }]
  ])('%s at %s', (joinedAt, now, expected) => {
    expect(nextPoliticalBirthday(joinedAt, new Date(now))).toEqual(expected)
  })

  it('is null without a joining date', () => {
    expect(nextPoliticalBirthday(null, new Date())).toBeNull()
  })
})
