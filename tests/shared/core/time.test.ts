/**
 * @zone-dependent: the China Standard Time rules themselves, run in both zones on every `npm test` (their
 * answers must not move with the host zone).
 */
import {
  addDaysYmd,
  cstClock,
  cstDate,
  cstDateTime,
  cstDaysBetween,
  cstInstant,
  cstMidnight,
  cstRange,
  cstStartOfDay,
  daysBetweenYmd,
  isYmd,
  parseYmd
} from '@shared/core/time'

// Instants are written in UTC; CST is UTC+8, so 16:00Z is already the next CST day. The unit tests run
// under TZ=UTC and TZ=Asia/Shanghai: the answers must not depend on the machine's zone.
describe('CST dates of instants', () => {
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

  // China kept daylight saving from 1986 to 1991; these answers are +08:00 all the same, in any host zone
  // (reading the host's zone gave 17:00Z and 15:00Z under TZ=Asia/Shanghai).
  it.each([
    ['1988-04-17T06:34:44Z', '1988-04-16T16:00:00.000Z', '14:34'],
    ['1991-09-15T11:29:54Z', '1991-09-14T16:00:00.000Z', '19:29']
  ])('keeps +08:00 in the summers China once moved its clocks: %s starts its day at %s', (iso, start, clock) => {
    expect(cstStartOfDay(new Date(iso)).toISOString()).toBe(start)
    expect(cstClock(new Date(iso))).toBe(clock)
  })

  it.each([
    ['2026-11-21T15:59:00Z', '2026-11-21T16:01:00Z', 1], // 23:59 → 00:01 the next CST day
    ['2026-11-21T00:00:00Z', '2026-11-21T15:00:00Z', 0],
    ['2026-11-25T00:00:00Z', '2026-11-21T00:00:00Z', -4],
    ['2026-12-31T16:00:00Z', '2027-03-01T00:00:00Z', 59]
  ])('cstDaysBetween(%s, %s) = %d', (a, b, n) => expect(cstDaysBetween(new Date(a), new Date(b))).toBe(n))
})

describe('CST wall-clock text', () => {
  it.each<[Date | string | null | undefined, string, string]>([
    [new Date('2026-06-30T16:00:00Z'), '00:00', '2026-07-01 00:00'],
    [new Date('2026-06-30T15:59:00Z'), '23:59', '2026-06-30 23:59'],
    [new Date('2026-12-31T16:30:00Z'), '00:30', '2027-01-01 00:30'],
    // The client passes the server's ISO strings, in any zone.
    ['2026-11-28T02:15:00.000Z', '10:15', '2026-11-28 10:15'],
    ['2026-11-28T10:15:00+08:00', '10:15', '2026-11-28 10:15'],
    ['2026-12-31T16:00:00Z', '00:00', '2027-01-01 00:00'],
    ['', '—', '—'],
    [null, '—', '—'],
    [undefined, '—', '—'],
    ['not a date', '—', '—'],
    [new Date(Number.NaN), '—', '—']
  ])('%s → %s / %s', (at, clock, dateTime) => {
    expect(cstClock(at)).toBe(clock)
    expect(cstDateTime(at)).toBe(dateTime)
  })
})

describe('CST form values → instants', () => {
  it.each([
    ['2026-07-01', '09:00', '2026-07-01T09:00:00+08:00', '2026-07-01T01:00:00.000Z'],
    ['2026-07-01', '00:00', '2026-07-01T00:00:00+08:00', '2026-06-30T16:00:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T23:59:00+08:00', '2026-12-31T15:59:00.000Z'],
    ['2028-02-29', '07:30', '2028-02-29T07:30:00+08:00', '2028-02-28T23:30:00.000Z']
  ])('cstInstant(%s, %s) = %s (= %s), and back', (date, time, iso, utc) => {
    expect(cstInstant(date, time)).toBe(iso)
    expect(new Date(iso).toISOString()).toBe(utc)
    expect([cstDate(new Date(utc)), cstClock(new Date(utc))]).toEqual([date, time])
  })

  it.each([
    ['2026-02-30', '09:00'],
    ['2026-13-01', '09:00'],
    ['2026-07-01', '24:00'],
    ['2026-07-01', '9:00'],
    ['2026-07-01', '09:60'],
    ['2026/07/01', '09:00'],
    ['', '']
  ])('cstInstant rejects %j %j', (date, time) => expect(cstInstant(date, time)).toBeNull())

  it('a CST date range is [from 00:00 CST, the day after to 00:00 CST)', () => {
    expect(cstMidnight('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z')
    const r = cstRange('2026-07-01', '2026-07-31')
    expect(r.start.toISOString()).toBe('2026-06-30T16:00:00.000Z')
    expect(r.end.toISOString()).toBe('2026-07-31T16:00:00.000Z')
    const leap = cstRange('2028-02-28', '2028-02-29')
    expect(leap.end.toISOString()).toBe('2028-02-29T16:00:00.000Z')
  })
})

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['2026-1-01', false],
    ['20260401', false],
    ['1899-12-31', false],
    ['', false]
  ])('isYmd(%s) = %s', (s, ok) => {
    expect(isYmd(s)).toBe(ok)
  })

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-10-01', 7, '2026-10-08']
  ])('addDaysYmd(%s, %d) = %s (no time zone involved)', (d, n, out) => expect(addDaysYmd(d, n)).toBe(out))

  it('counts days and parses without time zones', () => {
    expect(daysBetweenYmd('2026-11-21', '2027-03-01')).toBe(100)
    expect(parseYmd('2026-11-21')).toEqual({ y: 2026, m: 11, d: 21 })
  })
})
