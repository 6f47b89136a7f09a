// Class hours 学时 are credited only by what the branch can vouch for: a study report the group leader
// or secretary accepted, or a check-in at the task's collective-study activity (集中学习 签到). Never
// from time a phone reports (no reading timers, no "time on page"). One task credits its hours once,
// whichever of the two happened (both → still once).
import type { ReportStatus, StudyTask } from './api'

export type CreditBasis = 'report' | 'checkin' | null

/** Why the task's hours are credited to the member, or null. An accepted report wins over a check-in. */
export function creditBasis(reportStatus: ReportStatus | null, checkedIn: boolean, task: Pick<StudyTask, 'material'>): CreditBasis {
  if (reportStatus === 'accepted') return 'report'
  if (checkedIn && task.material.kind === 'activity') return 'checkin'
  return null
}

/** The hours the task credits to the member. */
export function creditedHours(reportStatus: ReportStatus | null, checkedIn: boolean, task: Pick<StudyTask, 'material' | 'hours'>): number {
  return creditBasis(reportStatus, checkedIn, task) ? task.hours : 0
}

/** Hours add in half hours; summing floats of 0.5 is exact, this only guards display of odd inputs. */
export const roundHours = (h: number): number => Math.round(h * 2) / 2
