/**
 * @zone-dependent: the China Standard Time rules themselves, run in both zones on every `npm test` (their
 * answers must not move with the host zone).
 */
import { birthdayOn, birthdaysBetween, inDays } from '@shared/birthday/anniversary'
import { cstDate } from '@shared/core/time'

describe('political birthday', () => {
  it.each([
    ['2001-07-01', '2026-07-01', { date: '2026-07-01', years: 25, round: false }],
    ['2016-07-01', '2026-07-01', { date: '2026-07-01', years: 10, round: true }],
    ['1976-07-01', '2026-07-01', { date: '2026-07-01', years: 50, round: true }],
    ['2001-07-01', '2026-07-02', null],
    ['2026-07-01', '2026-07-01', null], // the day of joining is no birthday
    ['2027-07-01', '2026-07-01', null],
    ['2004-02-29', '2026-02-28', { date: '2026-02-28', years: 22, round: false }], // common year: 28 February
    ['2004-02-29', '2026-03-01', null],
    ['2004-02-29', '2028-02-29', { date: '2028-02-29', years: 24, round: false }], // leap year: 29 February
    ['2004-02-29', '2028-02-28', null],
    ['2004-02-28', '2028-02-28', { date: '2028-02-28', years: 24, round: false }],
    ['1900-02-28', '2000-02-29', null],
    [null, '2026-07-01', null],
    ['2001-02-30', '2026-03-02', null]
  ])('joined %s: on %s %j', (joinedAt, day, out) => {
    expect(birthdayOn(joinedAt, day)).toEqual(out)
  })

  // The timer's instant → the CST day → the birthday, under any host zone.
  it.each([
    ['2026-06-30T16:30:00Z', true], // 00:30 CST on 1 July
    ['2026-06-30T15:59:00Z', false], // 23:59 CST on 30 June
    ['2026-07-01T15:59:00Z', true], // 23:59 CST on 1 July
    ['2026-07-01T00:00:00Z', true] // 08:00 CST
  ])('a run at %s finds a 1 July joiner: %s', (at, yes) => {
    expect(birthdayOn('2001-07-01', cstDate(new Date(at))) !== null).toBe(yes)
  })

  it.each([
    ['2001-07-01', '2026-06-15', 30, ['2026-07-01']],
    ['2001-07-01', '2026-06-15', 16, []],
    ['2001-07-01', '2026-06-15', 17, ['2026-07-01']],
    ['2001-01-05', '2026-12-20', 30, ['2027-01-05']], // across the year
    ['2004-02-29', '2026-02-01', 30, ['2026-02-28']],
    ['2025-12-25', '2025-12-20', 400, ['2026-12-25']], // the first birthday a year after joining
    ['2001-07-01', '2026-06-15', 0, []]
  ])('joined %s: from %s, %i days: %j', (joinedAt, from, days, dates) => {
    expect(birthdaysBetween(joinedAt, from, days).map((b) => b.date)).toEqual(dates)
  })

  it('counts days', () => expect(inDays('2026-12-30', '2027-01-02')).toBe(3))
})
