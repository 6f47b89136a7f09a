import { CATCH_UP_DAYS, daysToRun, reminderId } from '@shared/reminders/ids'
import { cstDate } from '@shared/core/time'

describe('reminder ids', () => {
  // The CST day of the instant the timer fires names the id, whatever the host's zone.
  it.each([
    ['2026-06-30T16:30:00Z', '2026-07-01'], // 00:30 CST: already the next day
    ['2026-06-30T15:59:00Z', '2026-06-30'], // 23:59 CST
    ['2026-07-01T00:00:00Z', '2026-07-01'], // 08:00 CST, the birthday timer
    ['2026-12-31T16:00:00Z', '2027-01-01'] // 00:00 CST on new year's day
  ])('a run at %s is for the CST day %s', (at, day) => {
    expect(reminderId('birthday', cstDate(new Date(at)), 'm01')).toBe(`birthday:${day}:m01`)
  })

  it.each([
    ['bad kind', () => reminderId('bad kind', '2026-07-01', 'm01')],
    ['bad day', () => reminderId('birthday', '2026-02-30', 'm01')],
    ['no target', () => reminderId('birthday', '2026-07-01', '')]
  ])('refuses a %s', (_name, f) => {
    expect(f).toThrow()
  })
})

describe('catch-up days', () => {
  it('goes back 7 days by default', () => expect(CATCH_UP_DAYS).toBe(7))

  it.each([
    [null, '2026-07-01', ['2026-07-01']], // a first run does only today
    ['2026-06-30', '2026-07-01', ['2026-07-01']], // yesterday done
    ['2026-07-01', '2026-07-01', []], // today already done
    ['2026-07-02', '2026-07-01', []], // a clock running behind does nothing again
    ['2026-06-28', '2026-07-01', ['2026-06-29', '2026-06-30', '2026-07-01']], // two missed days
    [
      '2026-06-01',
      '2026-07-01',
      ['2026-06-24', '2026-06-25', '2026-06-26', '2026-06-27', '2026-06-28', '2026-06-29', '2026-06-30', '2026-07-01']
    ], // bounded
    ['2024-02-27', '2024-03-01', ['2024-02-28', '2024-02-29', '2024-03-01']], // across 29 February
    ['2026-12-30', '2027-01-01', ['2026-12-31', '2027-01-01']] // across the year
  ])('after %s, a run on %s does %j', (last, today, days) => {
    expect(daysToRun(last, today)).toEqual(days)
  })

  it('takes another bound', () => expect(daysToRun('2026-06-01', '2026-07-01', 1)).toEqual(['2026-06-30', '2026-07-01']))
})
