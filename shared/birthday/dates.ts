// Validating a member's Party dates: real dates (no 30 February), 入党日期 ≤ 转正日期, none in the
// future (CST); 转正 normally a year after 入党 (the probation, Constitution Article 7) — far from a
// year is a warning, not a refusal (extended probations and old records exist). Pure.
import { compareYmd, daysBetweenYmd, isYmd } from '@shared/core/time'

export interface DateIssue {
  path: 'joinedAt' | 'fullAt'
  message: string
}

/** A probation is a year; outside [11 months, 2 years + a month] we warn. */
const PROBATION_MIN_DAYS = 335
const PROBATION_MAX_DAYS = 761

export function checkPartyDates(
  d: { joinedAt?: string | null; fullAt?: string | null },
  today: string
): { errors: DateIssue[]; warnings: DateIssue[] } {
  const errors: DateIssue[] = []
  const warnings: DateIssue[] = []
  for (const [path, label] of [
    ['joinedAt', '入党日期'],
    ['fullAt', '转正日期']
  ] as const) {
    const v = d[path]
    if (v === null || v === undefined || v === '') continue
    if (!isYmd(v)) errors.push({ path, message: `${label}不是有效日期（YYYY-MM-DD）` })
    else if (compareYmd(v, today) > 0) errors.push({ path, message: `${label}不能晚于今天` })
  }
  if (errors.length || !d.joinedAt || !d.fullAt) return { errors, warnings }
  const days = daysBetweenYmd(d.joinedAt, d.fullAt)
  if (days < 0) errors.push({ path: 'fullAt', message: '转正日期不能早于入党日期' })
  else if (days < PROBATION_MIN_DAYS || days > PROBATION_MAX_DAYS)
    warnings.push({ path: 'fullAt', message: '转正日期通常在入党一年后，请核对' })
  return { errors, warnings }
}
