// A member's attendance this CST quarter (我的活动's 出勤 n/m): the activities they were expected at
// whose outcome is settled — ended, or already checked in — and how many of them they attended.
import type { ActivityStage, QuarterAttendance } from './api'
import { addDaysYmd, cstDate, cstYmd, formatYmd } from '@shared/core/time'

const QUARTER_NAME = ['一', '二', '三', '四']

/** The CST quarter of an instant: its label and its first and last day. */
export function cstQuarter(now: Date): { label: string; from: string; to: string } {
  const { y, m } = cstYmd(now)
  const q = Math.floor((m - 1) / 3)
  const from = formatYmd({ y, m: q * 3 + 1, d: 1 })
  const next = q === 3 ? formatYmd({ y: y + 1, m: 1, d: 1 }) : formatYmd({ y, m: q * 3 + 4, d: 1 })
  return { label: `${y}年第${QUARTER_NAME[q]}季度`, from, to: addDaysYmd(next, -1) }
}

export interface MyAttendanceFact {
  startAt: Date | string
  stage: ActivityStage
  mine: { expected: boolean; checkedInAt: string | null }
}

export function quarterAttendance(list: readonly MyAttendanceFact[], now: Date): QuarterAttendance {
  const quarter = cstQuarter(now)
  const inQuarter = (a: MyAttendanceFact) => {
    const day = cstDate(new Date(a.startAt))
    return day >= quarter.from && day <= quarter.to
  }
  const counted = list.filter((a) => a.mine.expected && inQuarter(a) && (a.stage === 'ended' || !!a.mine.checkedInAt))
  return { ...quarter, expected: counted.length, attended: counted.filter((a) => !!a.mine.checkedInAt).length }
}
