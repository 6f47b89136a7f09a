// The occasions page's editing: pure, table-tested. Existing items keep their ids (records name them); a new
// item gets the next free `<kind>-<n>`.
import type { CareKind, Occasion } from '@shared/care/api'
import { NO_CHECKIN_WEEKS_MAX, NO_CHECKIN_WEEKS_MIN } from '@shared/care/triggers'

export function newOccasion(list: readonly Occasion[], kind: CareKind): Occasion {
  const ids = new Set(list.map((o) => o.id))
  let n = 1
  while (ids.has(`${kind}-${n}`)) n++
  return { id: `${kind}-${n}`, kind, name: '' }
}

/** The list as it will be saved: names trimmed. */
export const trimmedOccasions = (list: readonly Occasion[]): Occasion[] => list.map((o) => ({ ...o, name: o.name.trim() }))

/** The weeks typed, as a whole number in range, or null (the page names the range). */
export function weeksOf(typed: string): number | null {
  const t = typed.trim()
  if (!/^\d{1,2}$/.test(t)) return null
  const n = Number(t)
  return n >= NO_CHECKIN_WEEKS_MIN && n <= NO_CHECKIN_WEEKS_MAX ? n : null
}

export const WEEKS_PROBLEM = `未参加组织生活提醒周数须为 ${NO_CHECKIN_WEEKS_MIN}–${NO_CHECKIN_WEEKS_MAX} 的整数`
