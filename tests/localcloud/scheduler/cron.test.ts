import { CronError, nextFireTime } from '@localcloud/scheduler/cron'

// Runs under TZ=UTC and TZ=Asia/Shanghai (npm test): triggers are read in UTC+8 either way.
describe('nextFireTime (7-field WeChat cron, UTC+8)', () => {
  it.each([
    ['daily 03:00 CST, asked at 08:00 CST', '0 0 3 * * * *', '2026-11-21T00:00:00Z', '2026-11-21T19:00:00.000Z'],
    ['daily 03:00 CST, asked at 02:59:59 CST', '0 0 3 * * * *', '2026-11-21T18:59:59Z', '2026-11-21T19:00:00.000Z'],
    ['strictly after: asked exactly at 03:00 CST', '0 0 3 * * * *', '2026-11-21T19:00:00Z', '2026-11-22T19:00:00.000Z'],
    ['00:00 CST is 16:00 UTC the day before', '0 0 0 * * * *', '2026-11-21T12:00:00Z', '2026-11-21T16:00:00.000Z'],
    ['every 30 seconds', '*/30 * * * * * *', '2026-11-21T00:00:10Z', '2026-11-21T00:00:30.000Z'],
    ['first of the month 09:00 CST', '0 0 9 1 * * *', '2026-11-21T00:00:00Z', '2026-12-01T01:00:00.000Z'],
    ['Mondays 08:30 CST', '0 30 8 * * 1 *', '2026-11-21T00:00:00Z', '2026-11-23T00:30:00.000Z'],
    ['year field: only 2027', '0 0 9 1 1 * 2027', '2026-11-21T00:00:00Z', '2027-01-01T01:00:00.000Z'],
    ['year field: New Year in CST while still 2026 in UTC', '0 0 0 1 1 * 2027', '2026-12-31T00:00:00Z', '2026-12-31T16:00:00.000Z']
  ])('%s', (_, cron, after, expected) => {
    expect(nextFireTime(cron, new Date(after))?.toISOString()).toBe(expected)
  })

  it('answers null when the year field has passed', () => {
    expect(nextFireTime('0 0 9 1 1 * 2025', new Date('2026-11-21T00:00:00Z'))).toBeNull()
  })

  it.each([
    ['six fields', '0 0 3 * * *'],
    ['eight fields', '0 0 3 * * * * *'],
    ['a bad hour', '0 0 25 * * * *'],
    ['a bad year', '0 0 3 * * * 20x6']
  ])('refuses %s', (_, cron) => {
    expect(() => nextFireTime(cron, new Date())).toThrow(CronError)
  })
})
