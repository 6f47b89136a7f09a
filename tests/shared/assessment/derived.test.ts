import { attendanceMetrics, type ActivityFact } from '@shared/assessment/derived'
import { cstRange } from '@shared/core/time'

const { start, end } = cstRange('2026-07-01', '2026-09-30')
const act = (id: string, type: ActivityFact['type'], startAt: string, expected = ['m1', 'm2']): ActivityFact => ({
  _id: id,
  type,
  startAt: new Date(startAt),
  expectedMemberIds: expected
})

const activities = [
  act('a1', 'branchMeeting', '2026-07-01T00:00:00+08:00'), // first instant of the period
  act('a2', 'themeDay', '2026-09-30T23:59:00+08:00'), // last minute
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

describe('attendanceMetrics', () => {
  const m = attendanceMetrics(['m1', 'm2', 'm3'], activities, checkins, start, end)
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
