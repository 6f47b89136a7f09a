import type { ActivityStage } from '@shared/checkin/api'
import { cstQuarter, quarterAttendance } from '@shared/checkin/quarter'

describe('cstQuarter', () => {
  it.each([
    ['2026-11-21T02:00:00Z', '2026年第四季度', '2026-10-01', '2026-12-31'],
    // 00:30 CST on 1 October is still 30 September in UTC: the CST date decides.
    ['2026-09-30T16:30:00Z', '2026年第四季度', '2026-10-01', '2026-12-31'],
    ['2026-09-30T15:59:00Z', '2026年第三季度', '2026-07-01', '2026-09-30'],
    ['2026-02-10T00:00:00Z', '2026年第一季度', '2026-01-01', '2026-03-31'],
    ['2028-05-01T00:00:00Z', '2028年第二季度', '2028-04-01', '2028-06-30']
  ])('%s → %s', (now, label, from, to) => expect(cstQuarter(new Date(now))).toEqual({ label, from, to }))
})

describe('quarterAttendance', () => {
  const NOW = new Date('2026-11-21T13:48:00Z') // 21:48 CST
  const a = (startAt: string, stage: ActivityStage, checkedInAt: string | null, expected = true) => ({
    startAt,
    stage,
    mine: { expected, checkedInAt }
  })

  it.each([
    ['nothing yet', [], 0, 0],
    [
      'an attended and a missed ended activity',
      [a('2026-10-10T07:00:00Z', 'ended', '2026-10-10T06:55:00Z'), a('2026-11-01T07:00:00Z', 'ended', null)],
      1,
      2
    ],
    ['an activity running now, checked in: counted', [a('2026-11-21T12:00:00Z', 'ongoing', '2026-11-21T12:05:00Z')], 1, 1],
    ['an activity running now, not checked in yet: not counted', [a('2026-11-21T12:00:00Z', 'ongoing', null)], 0, 0],
    ['next week’s 党课: not counted', [a('2026-11-28T07:00:00Z', 'upcoming', null)], 0, 0],
    ['last quarter: not counted', [a('2026-09-20T07:00:00Z', 'ended', '2026-09-20T07:00:00Z')], 0, 0],
    ['as a guest (not expected): not counted', [a('2026-11-02T07:00:00Z', 'ended', '2026-11-02T07:00:00Z', false)], 0, 0],
    // 00:30 CST on 1 October belongs to the fourth quarter.
    ['the first CST minutes of the quarter', [a('2026-09-30T16:30:00Z', 'ended', null)], 0, 1]
  ])('%s → 出勤 %i/%i', (_l, list, attended, expected) => {
    expect(quarterAttendance(list, NOW)).toEqual({
      label: '2026年第四季度',
      from: '2026-10-01',
      to: '2026-12-31',
      attended,
      expected
    })
  })
})
