import type { MemberBasic } from '@shared/member/api'
import {
  anniversaryIn,
  fiftyYearsMedalYear,
  hasFiftyYears,
  nextPoliticalBirthday,
  politicalAge,
  politicalHonour,
  yearsSinceJoining
} from '@shared/member/politicalAge'

type Dates = Pick<MemberBasic, 'partyStatus' | 'joinedAt' | 'fullAt'>
const full = (fullAt: string | null, joinedAt: string | null = null): Dates => ({ partyStatus: 'full', joinedAt, fullAt })
const probationary = (joinedAt: string, fullAt: string | null = null): Dates => ({ partyStatus: 'probationary', joinedAt, fullAt })

// Instants are written in UTC; CST is UTC+8, so 16:00Z is already the next CST day.
describe('党龄 counts from 转正日期 (fullAt), on the CST calendar', () => {
  it.each<[string, Dates, string, number | null]>([
    ['the day before the anniversary, CST', full('2000-07-01'), '2026-06-30T15:59:59Z', 25],
    ['midnight CST on the anniversary (still 30 June in UTC)', full('2000-07-01'), '2026-06-30T16:00:00Z', 26],
    ['after the anniversary', full('2000-07-01'), '2026-12-31T23:00:00Z', 26],
    ['from fullAt, not joinedAt', full('2001-07-01', '2000-07-01'), '2026-12-31T00:00:00Z', 25],
    ['29 Feb, common year: 28 Feb CST completes the year', full('2004-02-29'), '2025-02-27T16:00:00Z', 21],
    ['29 Feb, common year: 27 Feb CST does not', full('2004-02-29'), '2025-02-27T15:59:59Z', 20],
    ['29 Feb, leap year: 28 Feb is not yet', full('2004-02-29'), '2028-02-28T12:00:00Z', 23],
    ['29 Feb, leap year: 29 Feb CST', full('2004-02-29'), '2028-02-28T16:00:00Z', 24],
    ['50 years: the day before', full('1976-07-01'), '2026-06-30T15:59:59Z', 49],
    ['50 years: the day', full('1976-07-01'), '2026-06-30T16:00:00Z', 50],
    ['full today', full('2026-11-21'), '2026-11-20T16:00:00Z', 0],
    ['full in the future', full('2026-11-22'), '2026-11-20T16:00:00Z', null],
    ['a full member without 转正日期', full(null, '2000-07-01'), '2026-11-20T16:00:00Z', null],
    ['an impossible date', full('2026-02-30'), '2026-11-20T16:00:00Z', null],
    ['probationary: none yet', probationary('2025-07-01'), '2026-11-20T16:00:00Z', null],
    ['probationary with a stray fullAt: still none', probationary('2024-07-01', '2025-07-01'), '2026-11-20T16:00:00Z', null]
  ])('%s → %s', (_n, m, now, expected) => {
    expect(politicalAge(m, new Date(now))).toBe(expected)
  })
})

describe('years since joining (入党 N 周年)', () => {
  it.each<[string | null, string, number | null]>([
    ['2016-11-21', '2026-11-20T15:59:59Z', 9],
    ['2016-11-21', '2026-11-20T16:00:00Z', 10],
    ['2026-11-21', '2026-11-20T16:00:00Z', 0],
    ['2026-11-22', '2026-11-20T16:00:00Z', null],
    [null, '2026-11-20T16:00:00Z', null]
  ])('%s at %s → %s', (joinedAt, now, expected) => expect(yearsSinceJoining(joinedAt, new Date(now))).toBe(expected))
})

describe('anniversaryIn', () => {
  it.each([
    ['2004-02-29', 2025, '2025-02-28'],
    ['2004-02-29', 2028, '2028-02-29'],
    ['2004-02-29', 2100, '2100-02-28'],
    ['2000-12-31', 2026, '2026-12-31'],
    ['1976-03-01', 2026, '2026-03-01']
  ])('%s in %i → %s', (date, year, expected) => {
    expect(anniversaryIn(date, year)).toBe(expected)
  })
})

describe('光荣在党50年: 50 years of 党龄 by the cut-off (default 1 July)', () => {
  it.each<[string, Dates, string | undefined, number | null]>([
    ['50 years on the cut-off itself', full('1976-07-01'), undefined, 2026],
    ['50 years the day after the cut-off: next year', full('1976-07-02'), undefined, 2027],
    ['50 years at new year: that summer', full('1975-12-31'), undefined, 2026],
    ['50 years on 28 Feb (29 Feb fullAt)', full('1976-02-29'), undefined, 2026],
    ['joined 1975, full 1977: counted from fullAt', full('1977-06-01', '1975-06-01'), undefined, 2027],
    ['an organisation cut-off of 1 October', full('1976-08-01'), '10-01', 2026],
    ['probationary: none', probationary('1976-07-01'), undefined, null],
    ['no 转正日期: none', full(null, '1970-01-01'), undefined, null]
  ])('%s → %s', (_n, m, cutoff, year) => expect(fiftyYearsMedalYear(m, cutoff)).toBe(year))

  it.each<[string, Dates, string, boolean]>([
    ['the cut-off day, CST (30 June in UTC)', full('1976-07-01'), '2026-06-30T16:00:00Z', true],
    ['the evening before the cut-off, CST', full('1976-07-01'), '2026-06-30T15:59:59Z', false],
    ['50 years in May, before the cut-off', full('1976-05-01'), '2026-06-01T00:00:00Z', false],
    ['50 years in May, after the cut-off', full('1976-05-01'), '2026-07-01T00:00:00Z', true],
    ['50 years in August: not this year', full('1976-08-01'), '2026-12-31T00:00:00Z', false],
    ['50 years in August: next year’s cut-off', full('1976-08-01'), '2027-07-01T00:00:00Z', true],
    ['60 years of 党龄', full('1966-01-01'), '2026-01-01T00:00:00Z', true],
    ['49 years of 党龄, 50 since joining', full('1977-05-01', '1976-05-01'), '2026-08-01T00:00:00Z', false],
    ['probationary', probationary('1976-07-01'), '2026-08-01T00:00:00Z', false]
  ])('%s at %s → %s', (_n, m, now, expected) => expect(hasFiftyYears(m, new Date(now))).toBe(expected))
})

describe('the honour beside 党龄', () => {
  it.each<[string, Dates, string, ReturnType<typeof politicalHonour>]>([
    ['the medal', full('1976-07-01', '1975-07-01'), '2026-08-01T00:00:00Z', { kind: 'fiftyYears' }],
    ['the medal over a round 60 years of joining', full('1966-07-01', '1966-07-01'), '2026-08-01T00:00:00Z', { kind: 'fiftyYears' }],
    [
      '50 years since joining without the medal: the round anniversary',
      full('1977-05-01', '1976-05-01'),
      '2026-08-01T00:00:00Z',
      { kind: 'anniversary', years: 50 }
    ],
    ['10 years since joining', full('2017-11-21', '2016-11-21'), '2026-11-20T16:00:00Z', { kind: 'anniversary', years: 10 }],
    ['9 years since joining', full('2017-11-21', '2016-11-21'), '2026-11-20T15:59:59Z', null],
    ['joined today', probationary('2026-11-21'), '2026-11-20T16:00:00Z', null],
    ['not joined', { partyStatus: 'activist', joinedAt: null, fullAt: null }, '2026-11-20T16:00:00Z', null]
  ])('%s', (_n, m, now, expected) => expect(politicalHonour(m, new Date(now))).toEqual(expected))
})

describe('nextPoliticalBirthday (the anniversary of joinedAt)', () => {
  it.each([
    ['2016-11-25', '2026-11-21T02:00:00Z', { date: '2026-11-25', inDays: 4, years: 10, round: true }],
    ['2016-11-21', '2026-11-20T16:30:00Z', { date: '2026-11-21', inDays: 0, years: 10, round: true }],
    ['2016-11-20', '2026-11-20T16:30:00Z', { date: '2027-11-20', inDays: 364, years: 11, round: false }],
    ['1977-01-05', '2026-12-30T00:00:00Z', { date: '2027-01-05', inDays: 6, years: 50, round: true }],
    ['2004-02-29', '2026-02-01T00:00:00Z', { date: '2026-02-28', inDays: 27, years: 22, round: false }],
    ['2026-03-01', '2026-11-21T00:00:00Z', { date: '2027-03-01', inDays: 100, years: 1, round: false }]
  ])('%s at %s', (joinedAt, now, expected) => {
    expect(nextPoliticalBirthday(joinedAt, new Date(now))).toEqual(expected)
  })

  it('is null without a joining date', () => {
    expect(nextPoliticalBirthday(null, new Date())).toBeNull()
  })
})
