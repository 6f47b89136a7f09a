// WeChat timer triggers: 7 fields (second minute hour day month weekday year), read in UTC+8
// whatever the machine's zone. cron-parser handles the first six; the year field is ours.
import { type CronExpression, CronExpressionParser } from 'cron-parser'

export const TRIGGER_TZ = 'Asia/Shanghai'

export class CronError extends Error {}

function yearMatcher(field: string): (year: number) => boolean {
  if (field === '*') return () => true
  const parts = field.split(',').map((part) => {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part)
    if (!m) throw new CronError(`invalid year field: ${field}`)
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    if (to < from) throw new CronError(`invalid year range: ${part}`)
    return [from, to] as const
  })
  return (year) => parts.some(([from, to]) => year >= from && year <= to)
}

/** The first time strictly after `after` when the trigger fires, or null if it never will again. */
export function nextFireTime(expression: string, after: Date): Date | null {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 7) throw new CronError(`a WeChat timer needs 7 fields, got ${fields.length}: "${expression}"`)
  const inYear = yearMatcher(fields[6])
  let cron: CronExpression
  try {
    cron = CronExpressionParser.parse(fields.slice(0, 6).join(' '), { currentDate: after, tz: TRIGGER_TZ })
  } catch (e) {
    throw new CronError(`invalid cron "${expression}": ${e instanceof Error ? e.message : String(e)}`)
  }
  // Years are matched in CST, like the other fields.
  for (let i = 0; i < 10_000 && cron.hasNext(); i++) {
    const next = cron.next().toDate()
    const cstYear = new Date(next.getTime() + 8 * 3600_000).getUTCFullYear()
    if (inYear(cstYear)) return next
    if (fields[6] !== '*' && cstYear > Math.max(...fields[6].split(/[,-]/).map(Number))) return null
  }
  return null
}
