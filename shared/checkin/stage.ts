// Where an activity is in time: the one rule behind the words people read about attendance (labels.ts). Before
// its start it has 未开始 and no 出勤率; while it runs, a member not checked in is 未签到; only after its
// end — and after its check-in window, since a scan at the very end still counts — is that member 缺席.
import type { ActivityStage } from './api'

export type { ActivityStage }

const ms = (x: Date | string) => (x instanceof Date ? x.getTime() : Date.parse(x))

export function activityStage(a: { startAt: Date | string; endAt: Date | string; closesAt: Date | string }, now: Date): ActivityStage {
  const t = now.getTime()
  if (t < ms(a.startAt)) return 'upcoming'
  return t > Math.max(ms(a.endAt), ms(a.closesAt)) ? 'ended' : 'ongoing'
}
