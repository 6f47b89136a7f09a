// The 光荣在党50年 list of a year: full members whose 党龄 (from 转正日期, Party Constitution Article 7)
// reaches 50 years by the cut-off (default 1 July; shared/member/politicalAge.ts fiftyYearsMedalYear,
// reused). Members without the dates are listed apart as 入党/转正日期未填, for a secretary to fix. Pure.
import type { MemberBasic } from '@shared/member/api'
import { FIFTY_YEARS_CUTOFF, fiftyYearsMedalYear } from '@shared/member/politicalAge'
import { parseYmd } from '@shared/core/time'

export const MISSING_DATES_LABEL = '入党/转正日期未填'

export type FiftyMember = Pick<MemberBasic, '_id' | 'name' | 'partyStatus' | 'joinedAt' | 'fullAt' | 'homeOrgId' | 'assessingOrgId'>

export interface FiftyYearsList {
  year: number
  cutoff: string
  due: FiftyMember[]
  missingDates: FiftyMember[]
}

/** MM-DD, a real day of a leap year. */
export const isCutoff = (s: unknown): s is string => typeof s === 'string' && /^\d{2}-\d{2}$/.test(s) && parseYmd(`2000-${s}`) !== null

export function fiftyYearsList(members: readonly FiftyMember[], year: number, cutoff = FIFTY_YEARS_CUTOFF): FiftyYearsList {
  const due: FiftyMember[] = []
  const missingDates: FiftyMember[] = []
  for (const m of members) {
    if (m.partyStatus !== 'full') continue
    if (!parseYmd(m.fullAt) || !parseYmd(m.joinedAt)) missingDates.push(m)
    else if (fiftyYearsMedalYear(m, cutoff) === year) due.push(m)
  }
  const byDate = (a: FiftyMember, b: FiftyMember) => (a.fullAt ?? '').localeCompare(b.fullAt ?? '') || a._id.localeCompare(b._id)
  return { year, cutoff, due: due.sort(byDate), missingDates: missingDates.sort((a, b) => a._id.localeCompare(b._id)) }
}
