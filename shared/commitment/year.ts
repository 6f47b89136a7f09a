// Which card years a member may still edit, and which year a screen opens by default: the CST year of
// `now`; in December next year's card may be started too. Past years stay readable, never editable.
import { cstYmd } from '@shared/core/time'

export const cardYearOf = (now: Date): number => cstYmd(now).y

export function yearVerdict(year: number, now: Date): { ok: true } | { ok: false; message: string } {
  const { y, m } = cstYmd(now)
  if (year === y || (year === y + 1 && m === 12)) return { ok: true }
  if (year < y) return { ok: false, message: `${year} 年的承诺卡已归档，只能查看` }
  return { ok: false, message: `${year} 年的承诺卡要到 ${year - 1} 年 12 月才能开始填写` }
}

/** Last year's deadline moved to `year` (same month and day; 02-29 → 02-28). */
export function shiftDeadline(deadline: string | null, year: number): string | null {
  if (!deadline) return null
  const md = deadline.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`
}
