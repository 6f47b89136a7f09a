// Political birthday (政治生日): the anniversary of joining the Party, in China Standard Time.
// A 29 February joiner celebrates on 28 February in non-leap years.
import { compareYmd, daysBetweenYmd, cstYmd, formatYmd, isLeapYear, parseYmd } from '@shared/core/time'

/** The anniversary date (YYYY-MM-DD) of `joinedAt` in `year`. */
export function anniversaryIn(joinedAt: string, year: number): string {
  const j = parseYmd(joinedAt)
  if (!j) throw new Error(`bad date ${joinedAt}`)
  const d = j.m === 2 && j.d === 29 && !isLeapYear(year) ? 28 : j.d
  return formatYmd({ y: year, m: j.m, d })
}

/** Whole years since joinedAt on the CST date of `now`; null when not joined (or joined in the future). */
export function politicalAge(joinedAt: string | null | undefined, now: Date): number | null {
  const j = joinedAt ? parseYmd(joinedAt) : null
  if (!j || !joinedAt) return null
  const today = cstYmd(now)
  const todayStr = formatYmd(today)
  if (compareYmd(todayStr, joinedAt) < 0) return null
  const age = today.y - j.y
  return compareYmd(todayStr, anniversaryIn(joinedAt, today.y)) < 0 ? age - 1 : age
}

export interface UpcomingBirthday {
  /** YYYY-MM-DD, CST. */
  date: string
  /** Days from today (0 = today). */
  inDays: number
  /** The age reached on that day. */
  years: number
  /** Every 10 years. */
  round: boolean
  /** 光荣在党50年. */
  fiftyYears: boolean
}

/** The next political birthday on or after today (CST); null when not joined. */
export function nextPoliticalBirthday(joinedAt: string | null | undefined, now: Date): UpcomingBirthday | null {
  const j = joinedAt ? parseYmd(joinedAt) : null
  if (!j || !joinedAt) return null
  const today = formatYmd(cstYmd(now))
  let year = cstYmd(now).y
  let date = anniversaryIn(joinedAt, year)
  if (compareYmd(date, today) < 0) date = anniversaryIn(joinedAt, ++year)
  const years = year - j.y
  if (years < 1) {
    // Joined this year (or later): the first birthday is one year after joining.
    year = j.y + 1
    date = anniversaryIn(joinedAt, year)
  }
  const age = year - j.y
  return { date, inDays: daysBetweenYmd(today, date), years: age, round: age % 10 === 0, fiftyYears: age === 50 }
}
