// The political birthday 政治生日: the anniversary of 入党日期 (joinedAt) on the CST calendar, a
// 29 February joiner celebrating on 28 February in common years (shared/member/politicalAge.ts's
// anniversaryIn, reused). Pure: days are YYYY-MM-DD strings in CST.
import { anniversaryIn } from '@shared/member/politicalAge'
import { addDaysYmd, compareYmd, daysBetweenYmd, parseYmd } from '@shared/core/time'

/** Every 10 years of membership is a round anniversary. */
export const ROUND_EVERY = 10

export interface BirthdayOn {
  /** The CST day of the birthday (YYYY-MM-DD). */
  date: string
  /** Years since joining reached that day (入党 N 周年, ≥ 1). */
  years: number
  round: boolean
}

/** The member's political birthday on `day`, or null when `day` is not one (or they joined later, or that same day). */
export function birthdayOn(joinedAt: string | null | undefined, day: string): BirthdayOn | null {
  const j = parseYmd(joinedAt)
  const d = parseYmd(day)
  if (!j || !d || !joinedAt) return null
  const years = d.y - j.y
  if (years < 1 || anniversaryIn(joinedAt, d.y) !== day) return null
  return { date: day, years, round: years % ROUND_EVERY === 0 }
}

/** The political birthdays in [from, from + days) (CST days), in date order (none before joining's first anniversary). */
export function birthdaysBetween(joinedAt: string | null | undefined, from: string, days: number): BirthdayOn[] {
  const j = parseYmd(joinedAt)
  const f = parseYmd(from)
  if (!j || !f || !joinedAt || days <= 0) return []
  const to = addDaysYmd(from, days - 1)
  const out: BirthdayOn[] = []
  for (let y = f.y; y <= Number(to.slice(0, 4)); y++) {
    const date = anniversaryIn(joinedAt, y)
    if (compareYmd(date, from) >= 0 && compareYmd(date, to) <= 0) {
      const b = birthdayOn(joinedAt, date)
      if (b) out.push(b)
    }
  }
  return out
}

/** Days from `today` to `date` (both CST). */
export const inDays = (today: string, date: string): number => daysBetweenYmd(today, date)
