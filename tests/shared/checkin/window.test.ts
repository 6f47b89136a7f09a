/**
 * @zone-dependent: the China Standard Time rules themselves, run in both zones on every `npm test` (their
 * answers must not move with the host zone).
 */
import { activityTimeProblem, checkinWindow, isLate, minutesLate, windowState } from '@shared/checkin/window'

// A theme Party day at 00:00–02:00 CST on 1 July 2026 = 16:00–18:00 UTC on 30 June.
const start = new Date('2026-07-01T00:00:00+08:00')
const end = new Date('2026-07-01T02:00:00+08:00')

describe('checkinWindow', () => {
  it('default: opens 30 minutes before the start, closes at the end, late after the start', () => {
    const w = checkinWindow(start, end)
    expect(w.opensAt.toISOString()).toBe('2026-06-30T15:30:00.000Z') // 23:30 CST on 30 June: the CST date before the activity's
    expect(w.closesAt.toISOString()).toBe('2026-06-30T18:00:00.000Z')
    expect(w.lateAfter.toISOString()).toBe('2026-06-30T16:00:00.000Z')
  })

  it('override', () => {
    const w = checkinWindow(start, end, { opensMinutesBefore: 0, closesMinutesAfter: 15, lateAfterMinutes: 5 })
    expect(w.opensAt).toEqual(start)
    expect(w.closesAt.toISOString()).toBe('2026-06-30T18:15:00.000Z')
    expect(w.lateAfter.toISOString()).toBe('2026-06-30T16:05:00.000Z')
  })
})

describe('windowState at the CST edges', () => {
  const w = checkinWindow(start, end)
  it.each([
    ['2026-06-30T15:29:59.999Z', 'notOpen'], // 23:29:59 CST the day before
    ['2026-06-30T23:29:59.999+08:00', 'notOpen'],
    ['2026-06-30T15:30:00.000Z', 'open'], // 23:30 CST: opens (a different CST date than the activity)
    ['2026-06-30T16:00:00.000Z', 'open'], // 00:00 CST
    ['2026-07-01T01:59:59+08:00', 'open'],
    ['2026-06-30T18:00:00.000Z', 'open'], // the very end still counts
    ['2026-06-30T18:00:00.001Z', 'closed'],
    ['2026-07-01T00:00:00Z', 'closed']
  ])('%s → %s', (at, state) => expect(windowState(w, new Date(at))).toBe(state))
})

describe('lateness', () => {
  const w = checkinWindow(start, end)
  it.each([
    ['2026-06-30T15:45:00Z', false, 0],
    ['2026-06-30T16:00:00.000Z', false, 0], // exactly at the start: on time
    ['2026-06-30T16:00:00.001Z', true, 1],
    ['2026-06-30T16:10:00Z', true, 10],
    ['2026-06-30T16:10:01Z', true, 11]
  ])('%s → late %s, %i minutes', (at, late, mins) => {
    expect(isLate(w, new Date(at))).toBe(late)
    expect(minutesLate(w, new Date(at))).toBe(mins)
  })

  it('with a 5-minute grace', () => {
    const g = checkinWindow(start, end, { lateAfterMinutes: 5 })
    expect(isLate(g, new Date('2026-06-30T16:05:00Z'))).toBe(false)
    expect(isLate(g, new Date('2026-06-30T16:05:01Z'))).toBe(true)
  })
})

describe('activity time bounds', () => {
  const now = new Date('2026-07-01T00:00:00Z')
  const h = (n: number) => new Date(now.getTime() + n * 3600_000)
  it.each([
    [h(1), h(2), null],
    [h(2), h(2), 'endAt:结束时间必须晚于开始时间'],
    [h(0), h(7 * 24 + 1), 'endAt:活动时长不能超过 7 天'],
    [h(-31 * 24 - 1), h(-31 * 24), 'endAt:不能补建 30 天以前的活动'],
    [h(367 * 24), h(367 * 24 + 1), 'startAt:开始时间不能晚于一年以后']
  ])('%s → %s: %j', (s, e, problem) => {
    const p = activityTimeProblem(s, e, now)
    expect(p ? `${p.path}:${p.message}` : null).toBe(problem)
  })
})
