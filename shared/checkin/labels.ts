// Chinese words for check-in states, for the pages and the ledger sheet (ACTIVITY_TYPE_LABEL sits
// next to its list in api.ts).
import type { ActivityPhase, ActivityStage, AttendanceStatus } from './api'

export const ATTENDANCE_STATUS_LABEL: Record<AttendanceStatus, string> = {
  present: '出席',
  late: '迟到',
  makeup: '补签',
  /** Not checked in, the activity not ended yet (stage.ts): never 缺席 before the end. */
  pending: '未签到',
  absent: '缺席',
  guest: '列席'
}

export const PHASE_LABEL: Record<ActivityPhase, string> = {
  upcoming: '未开始',
  open: '签到中',
  ended: '已结束'
}

/** Where the activity itself is (stage.ts); PHASE_LABEL is about its check-in window. */
export const STAGE_LABEL: Record<ActivityStage, string> = {
  upcoming: '未开始',
  ongoing: '进行中',
  ended: '已结束'
}
