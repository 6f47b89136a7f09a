// Exactly once: a reminder's `_id` is `<kind>:<CST day>:<target>`, so a timer fired twice, or retried,
// finds the id taken and sends nothing twice. A day missed while the function was down is caught up on
// the next run, bounded (default 7 days back), each day once.
import { addDaysYmd, compareYmd, daysBetweenYmd, isYmd } from '@shared/core/time'

export const CATCH_UP_DAYS = 7

/** The reminder id of `kind` for `target` on the CST day `day` (YYYY-MM-DD). */
export function reminderId(kind: string, day: string, target: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(kind)) throw new Error(`bad reminder kind ${kind}`)
  if (!isYmd(day)) throw new Error(`bad reminder day ${day}`)
  if (!target) throw new Error('reminder target required')
  return `${kind}:${day}:${target}`
}

/**
 * The CST days a daily run on `today` handles, oldest first: the days after `lastDone` (the newest day a
 * run completed) through today, but at most `maxBack` days before today; only today when there is no
 * `lastDone` (a first run does not invent a past). Empty when today is already done.
 */
export function daysToRun(lastDone: string | null, today: string, maxBack = CATCH_UP_DAYS): string[] {
  const oldest = addDaysYmd(today, -maxBack)
  let from = lastDone && isYmd(lastDone) ? addDaysYmd(lastDone, 1) : today
  if (compareYmd(from, oldest) < 0) from = oldest
  if (compareYmd(from, today) > 0) return []
  const n = daysBetweenYmd(from, today)
  return Array.from({ length: n + 1 }, (_, i) => addDaysYmd(from, i))
}
