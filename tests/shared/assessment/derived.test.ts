import { attendanceMetrics, countedUntilNote, hasEnded, type ActivityFact } from '@shared/assessment/derived'
import { cstRange } from '@shared/core/time'

const { start, end } = cstRange('2026-07-01', '2026-09-30')
const HOUR = 3_600_000
/** An activity of two hours from `startAt`. */
const act = (id: string, type: ActivityFact['type'], startAt: string, expected = ['m1', 'm2']): ActivityFact => ({
  _id: id,
  type,
  startAt: new Date(startAt),
  endAt: new Date(new Date(startAt).getTime() + 2 * HOUR),
  expectedMemberIds: expected
})

const activities = [
  act('a1', 'branchMeeting', '2026-07-01T00:00:00+08:00'), // first instant of the period
  act('a2', 'themeDay', '2026-09-30T21:59:00+08:00'), // ends in the last minutes
  act('a3', 'partyLecture', '2026-06-30T23:59:00+08:00'), // the day before: out
  act('a4', 'groupMeeting', '2026-10-01T00:00:00+08:00'), // the day after: out
  act('a5', 'groupMeeting', '2026-08-01T09:00:00+08:00', ['m1']), // m2 not expected
  act('a6', 'volunteer', '2026-08-02T09:00:00+08:00'),
  act('a7', 'study', '2026-08-03T09:00:00+08:00') // neither kind
]
const checkins = [
  { activityId: 'a1', memberId: 'm1' },
  { activityId: 'a2', memberId: 'm1' }, // make-up counts: a check-in is a check-in
  { activityId: 'a3', memberId: 'm1' },
  { activityId: 'a1', memberId: 'm2' },
  { activityId: 'a5', memberId: 'm2' }, // a guest: not expected, not counted
  { activityId: 'a6', memberId: 'm2' }
]

describe('attendanceMetrics after the period', () => {
  const m = attendanceMetrics(['m1', 'm2', 'm3'], activities, checkins, start, end, new Date('2026-10-08T09:00:00+08:00'))
  it.each([
    ['m1', 'meetingAttendance', { done: 2, due: 3 }],
    ['m2', 'meetingAttendance', { done: 1, due: 2 }],
    ['m1', 'volunteerAttendance', { done: 0, due: 1 }],
    ['m2', 'volunteerAttendance', { done: 1, due: 1 }],
    ['m3', 'meetingAttendance', null],
    ['m3', 'volunteerAttendance', null],
    ['m1', 'studyCompletion', null],
    ['m1', 'cardSelfCheck', null]
  ] as const)('%s %s → %j', (member, metric, fact) => expect(m.get(member)![metric]).toEqual(fact))
})

// Computed before the period is over: an activity still to come (or under way) is not an absence.
describe('attendanceMetrics counts only activities ended by the computation', () => {
  it.each([
    // now (CST)                       m1 meetings           m2 meetings           m2 volunteering
    ['2026-07-01T01:59:00+08:00', null, null, null], // a1 still under way
    ['2026-07-01T02:00:00+08:00', { done: 1, due: 1 }, { done: 1, due: 1 }, null], // a1 ends at this instant
    ['2026-08-01T10:00:00+08:00', { done: 1, due: 1 }, { done: 1, due: 1 }, null], // a5 under way
    ['2026-08-01T11:00:00+08:00', { done: 1, due: 2 }, { done: 1, due: 1 }, null], // a5 ended, m1 absent
    ['2026-08-02T11:00:00+08:00', { done: 1, due: 2 }, { done: 1, due: 1 }, { done: 1, due: 1 }],
    ['2026-09-30T22:00:00+08:00', { done: 1, due: 2 }, { done: 1, due: 1 }, { done: 1, due: 1 }], // a2 ends 23:59
    ['2026-09-30T23:59:00+08:00', { done: 2, due: 3 }, { done: 1, due: 2 }, { done: 1, due: 1 }]
  ] as const)('at %s', (now, m1, m2, m2v) => {
    const m = attendanceMetrics(['m1', 'm2'], activities, checkins, start, end, new Date(now))
    expect([m.get('m1')!.meetingAttendance, m.get('m2')!.meetingAttendance, m.get('m2')!.volunteerAttendance]).toEqual([m1, m2, m2v])
  })

  it.each([
    ['2026-12-07T12:00:00+08:00', '2026-12-07T11:59:59+08:00', false],
    ['2026-12-07T12:00:00+08:00', '2026-12-07T12:00:00+08:00', true],
    ['2026-12-07T12:00:00+08:00', '2026-12-08T00:00:00+08:00', true]
  ])('an activity ending %s has ended at %s: %s', (endAt, now, ended) =>
    expect(hasEnded({ endAt: new Date(endAt) }, new Date(now))).toBe(ended))
})

describe('countedUntilNote', () => {
  it.each([
    ['2026-12-31', '2026-12-01T10:00:00+08:00', '统计截至 12-01 10:00，期内尚未结束的活动不计入'],
    ['2026-12-31', '2026-12-31T23:59:00+08:00', '统计截至 12-31 23:59，期内尚未结束的活动不计入'],
    ['2026-12-31', '2027-01-01T00:00:00+08:00', null],
    ['2026-12-31', '2027-01-08T10:00:00+08:00', null],
    // stored in UTC: 2026-12-31T16:30Z is 2027-01-01 00:30 CST, after the period
    ['2026-12-31', '2026-12-31T16:30:00.000Z', null],
    ['2026-12-31', '2026-12-31T15:30:00.000Z', '统计截至 12-31 23:30，期内尚未结束的活动不计入']
  ])('period to %s computed at %s → %s', (to, at, note) => expect(countedUntilNote(to, new Date(at))).toBe(note))
})
