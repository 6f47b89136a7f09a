// 党龄 and the political birthday (政治生日), on the CST calendar (DOMAIN.md). Pure; `now` is passed in.
// - 党龄 counts whole years from 转正日期 (fullAt; Party Constitution, Article 7): a probationary member
//   has none yet.
// - The political birthday is the anniversary of joining (joinedAt). A 29 February date has its
//   anniversary on 28 February in common years (a 29 February fullAt completes its years then too).
// - 光荣在党50年: the medal goes, around 1 July each year, to the members whose 党龄 reaches 50 years by
//   that year's cut-off (default 1 July).
import { compareYmd, cstDate, cstYmd, daysBetweenYmd, formatYmd, isLeapYear, parseYmd } from '@shared/core/time'
import type { MemberBasic, PoliticalHonour } from './api'

type PartyDates = Pick<MemberBasic, 'partyStatus' | 'joinedAt' | 'fullAt'>

export const FIFTY_YEARS = 50
/** The default cut-off of the 光荣在党50年 medal, MM-DD: 1 July. */
export const FIFTY_YEARS_CUTOFF = '07-01'

/** The anniversary date (YYYY-MM-DD) of `date` in `year`. */
export function anniversaryIn(date: string, year: number): string {
  const j = parseYmd(date)
  if (!j) throw new Error(`bad date ${date}`)
  const d = j.m === 2 && j.d === 29 && !isLeapYear(year) ? 28 : j.d
  return formatYmd({ y: year, m: j.m, d })
}

/** Whole years from the date `since` to the date `on` (YYYY-MM-DD); null when `since` is missing, not a date, or later. */
export function wholeYears(since: string | null | undefined, on: string): number | null {
  const s = parseYmd(since)
  const o = parseYmd(on)
  if (!s || !o || compareYmd(on, since as string) < 0) return null
  return compareYmd(on, anniversaryIn(since as string, o.y)) < 0 ? o.y - s.y - 1 : o.y - s.y
}

/** 党龄 on the CST date of `now`: whole years since fullAt; null unless a full member with a 转正日期. */
export function politicalAge(m: Pick<PartyDates, 'partyStatus' | 'fullAt'>, now: Date): number | null {
  return m.partyStatus === 'full' ? wholeYears(m.fullAt, cstDate(now)) : null
}

/** Whole years since joining the Party on the CST date of `now` (入党 N 周年); null when not joined. */
export function yearsSinceJoining(joinedAt: string | null | undefined, now: Date): number | null {
  return wholeYears(joinedAt, cstDate(now))
}

/** The year of the member's 光荣在党50年 medal: the first whose cut-off (MM-DD) finds 50 years of 党龄; null without 党龄. */
export function fiftyYearsMedalYear(m: Pick<PartyDates, 'partyStatus' | 'fullAt'>, cutoff = FIFTY_YEARS_CUTOFF): number | null {
  const full = m.partyStatus === 'full' ? parseYmd(m.fullAt) : null
  if (!full) return null
  const year = full.y + FIFTY_YEARS
  return compareYmd(anniversaryIn(m.fullAt as string, year), `${year}-${cutoff}`) <= 0 ? year : year + 1
}

/** The member holds 光荣在党50年 on the CST date of `now`: their medal's cut-off has come. */
export function hasFiftyYears(m: Pick<PartyDates, 'partyStatus' | 'fullAt'>, now: Date, cutoff = FIFTY_YEARS_CUTOFF): boolean {
  const year = fiftyYearsMedalYear(m, cutoff)
  return year !== null && compareYmd(cstDate(now), `${year}-${cutoff}`) >= 0
}

/**
 * What the identity card shows beside 党龄 on the CST date of `now`: 光荣在党50年 once the medal is the
 * member's; else a round anniversary of joining (every 10 years, for that whole year of membership).
 */
export function politicalHonour(m: PartyDates, now: Date, cutoff = FIFTY_YEARS_CUTOFF): PoliticalHonour | null {
  if (hasFiftyYears(m, now, cutoff)) return { kind: 'fiftyYears' }
  const years = yearsSinceJoining(m.joinedAt, now)
  return years && years % 10 === 0 ? { kind: 'anniversary', years } : null
}

/** 党龄 and the honour, as whoami and the identity card answer them. */
export function politicalStanding(m: PartyDates, now: Date): { politicalAge: number | null; honour: PoliticalHonour | null } {
  return { politicalAge: politicalAge(m, now), honour: politicalHonour(m, now) }
}

export interface UpcomingBirthday {
  /** YYYY-MM-DD, CST. */
  date: string
  /** Days from today (0 = today). */
  inDays: number
  /** Years since joining reached on that day (入党 N 周年). */
  years: number
  /** Every 10 years: these stand out. (The 50-year medal is fiftyYearsMedalYear's, from 党龄.) */
  round: boolean
}

/** The next political birthday on or after today (CST); null when not joined. */
export function nextPoliticalBirthday(joinedAt: string | null | undefined, now: Date): UpcomingBirthday | null {
  const j = parseYmd(joinedAt)
  if (!j || !joinedAt) return null
  const today = cstDate(now)
  let year = cstYmd(now).y
  let date = anniversaryIn(joinedAt, year)
  if (compareYmd(date, today) < 0) date = anniversaryIn(joinedAt, ++year)
  if (year - j.y < 1) {
    // Joined this year (or later): the first birthday is one year after joining.
    year = j.y + 1
    date = anniversaryIn(joinedAt, year)
  }
  const years = year - j.y
  return { date, inDays: daysBetweenYmd(today, date), years, round: years % 10 === 0 }
}
