// The 光荣在党50年 list as a spreadsheet: header, cells and file name of one sheet. Pure: the birthday
// function writes these with write-excel-file (as the check-in ledger does). Dates are text (YYYY-MM-DD,
// CST): an Excel date carries no zone.
import { wholeYears } from '@shared/member/politicalAge'
import { isLeapYear } from '@shared/core/time'
import type { FiftyMember } from './fiftyYears'
import { MISSING_DATES_LABEL } from './fiftyYears'

export const FIFTY_HEADERS = ['序号', '姓名', '所在组织', '入党日期', '转正日期', '截止日党龄', '备注'] as const
export const FIFTY_COLUMN_WIDTHS = [6, 10, 28, 12, 12, 10, 20]

/** The cut-off day of `year` (a 29 February cut-off is 28 February in a common year). */
export function cutoffDay(year: number, cutoff: string): string {
  return cutoff === '02-29' && !isLeapYear(year) ? `${year}-02-28` : `${year}-${cutoff}`
}

/** The sheet's rows: the members due (numbered), then those without dates (remark 入党/转正日期未填). */
export function fiftyYearsRows(
  list: { year: number; cutoff: string; due: FiftyMember[]; missingDates: FiftyMember[] },
  orgName: (id: string) => string
): string[][] {
  const day = cutoffDay(list.year, list.cutoff)
  const row = (m: FiftyMember, n: number, remark: string) => [
    String(n),
    m.name,
    orgName(m.homeOrgId),
    m.joinedAt ?? '',
    m.fullAt ?? '',
    m.fullAt ? String(wholeYears(m.fullAt, day) ?? '') : '',
    remark
  ]
  return [
    ...list.due.map((m, i) => row(m, i + 1, '')),
    ...list.missingDates.map((m, i) => row(m, list.due.length + i + 1, MISSING_DATES_LABEL))
  ]
}

/** 光荣在党50年_<year>.xlsx */
export const fiftyYearsFileName = (year: number): string => `光荣在党50年_${year}.xlsx`
