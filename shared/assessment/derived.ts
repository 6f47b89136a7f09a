// Derived items from check-in data (pure): per member, present / expected at the period's activities
// of a kind. An activity counts when its start falls within the period's from..to CST dates, it has
// ended by the time of the computation (one still to come, or under way, is not an absence), and the
// member was expected (snapshot at creation); a check-in of any kind (on time, late, make-up) is present.
import type { ActivityType } from '@shared/checkin/api'
import { cstDateTime, cstRange } from '@shared/core/time'
import type { DerivedMetric } from './api'

export const MEETING_TYPES: readonly ActivityType[] = ['branchMeeting', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay']
export const VOLUNTEER_TYPES: readonly ActivityType[] = ['volunteer']

export interface ActivityFact {
  _id: string
  type: ActivityType
  startAt: Date
  endAt: Date
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

/** An activity counts once it has ended: at `now` exactly it has. */
export const hasEnded = (a: Pick<ActivityFact, 'endAt'>, now: Date): boolean => a.endAt.getTime() <= now.getTime()

/**
 * `start`/`end`: the period's from 00:00 CST and the day after `to` 00:00 CST (end exclusive);
 * `now`: the computation's instant (activities not ended by then are left out).
 */
export function attendanceMetrics(
  memberIds: string[],
  activities: ActivityFact[],
  checkins: CheckinFact[],
  start: Date,
  end: Date,
  now: Date
): Map<string, MemberMetrics> {
  const inPeriod = activities.filter(
    (a) => a.startAt.getTime() >= start.getTime() && a.startAt.getTime() < end.getTime() && hasEnded(a, now)
  )
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
        // Filled in from the study tasks by the compute (shared/study/metric.ts).
        studyCompletion: null,
        // Filled in from the commitment cards by the compute (shared/commitment/metric.ts).
        cardSelfCheck: null
      }
    ])
  )
}

/**
 * Said next to a result computed before the period's last CST day was over: 统计截至 12-01 10:00，期内尚未
 * 结束的活动不计入. null once the period had ended at `computedAt` (every activity of it could count).
 */
export function countedUntilNote(to: string, computedAt: Date): string | null {
  if (computedAt.getTime() >= cstRange(to, to).end.getTime()) return null
  return `统计截至 ${cstDateTime(computedAt).slice(5)}，期内尚未结束的活动不计入`
}
