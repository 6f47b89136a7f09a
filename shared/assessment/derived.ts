// Derived items from check-in data (pure): per member, present / expected at the period's activities
// of a kind. An activity counts when its start falls within the period's from..to CST dates and the
// member was expected (snapshot at creation); a check-in of any kind (on time, late, make-up) is present.
import type { ActivityType } from '@shared/checkin/api'
import type { DerivedMetric } from './api'

export const MEETING_TYPES: readonly ActivityType[] = ['branchMeeting', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay']
export const VOLUNTEER_TYPES: readonly ActivityType[] = ['volunteer']

export interface ActivityFact {
  _id: string
  type: ActivityType
  startAt: Date
  expectedMemberIds: string[]
}

export interface CheckinFact {
  activityId: string
  memberId: string
}

/** done / due for one member and metric; null = the product holds no such data for them in the period. */
export interface MetricFact {
  done: number
  due: number
}

export type MemberMetrics = Partial<Record<DerivedMetric, MetricFact | null>>

/** `start`/`end`: the period's from 00:00 CST and the day after `to` 00:00 CST (end exclusive). */
export function attendanceMetrics(
  memberIds: string[],
  activities: ActivityFact[],
  checkins: CheckinFact[],
  start: Date,
  end: Date
): Map<string, MemberMetrics> {
  const inPeriod = activities.filter((a) => a.startAt.getTime() >= start.getTime() && a.startAt.getTime() < end.getTime())
  const present = new Set(checkins.map((c) => `${c.activityId}\n${c.memberId}`))
  const count = (memberId: string, types: readonly ActivityType[]): MetricFact | null => {
    const due = inPeriod.filter((a) => types.includes(a.type) && a.expectedMemberIds.includes(memberId))
    if (!due.length) return null
    return { done: due.filter((a) => present.has(`${a._id}\n${memberId}`)).length, due: due.length }
  }
  return new Map(
    memberIds.map((id) => [
      id,
      {
        meetingAttendance: count(id, MEETING_TYPES),
        volunteerAttendance: count(id, VOLUNTEER_TYPES),
        studyCompletion: null,
        cardSelfCheck: null
      }
    ])
  )
}
