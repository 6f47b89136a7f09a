/** @jest-environment node */
import { cstMonth, defaultActivityTimes, monthText, upcomingDetail, whenText } from '@/birthday/view'
import { upcomingEntry } from '@tests/src/helpers/birthdayFixtures'

describe('birthday view helpers', () => {
  it.each([
    [0, '今天'],
    [1, '明天'],
    [6, '6天后']
  ])('whenText(%i) → %s', (n, text) => expect(whenText(n)).toBe(text))

  it('upcomingDetail', () => expect(upcomingDetail(upcomingEntry())).toBe('7月4日 · 3天后 · 入党 20 周年'))

  it.each([
    // 00:30 CST on 1 August is 16:30 UTC on 31 July
    ['2026-07-31T16:30:00.000Z', '2026-08'],
    // 23:59 CST on 31 July
    ['2026-07-31T15:59:00.000Z', '2026-07']
  ])('cstMonth(%s) → %s', (at, month) => expect(cstMonth(new Date(at))).toBe(month))

  it.each([
    ['2026-07', '7月'],
    ['2026-12', '12月'],
    ['bad', '']
  ])('monthText(%s) → %s', (m, text) => expect(monthText(m)).toBe(text))

  it('the activity form starts on today (CST) in the afternoon', () =>
    expect(defaultActivityTimes(new Date('2026-07-31T16:30:00.000Z'))).toEqual({ date: '2026-08-01', start: '15:00', end: '16:30' }))
})
