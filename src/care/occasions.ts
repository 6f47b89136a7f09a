// The occasions page's editing: pure, table-tested. Existing items keep their ids (records name them); a new
// item gets the next free `<kind>-<n>`.
import type { CareKind, Occasion } from '@shared/care/api'

export function newOccasion(list: readonly Occasion[], kind: CareKind): Occasion {
  const ids = new Set(list.map((o) => o.id))
  let n = 1
  while (ids.has(`${kind}-${n}`)) n++
  return { id: `${kind}-${n}`, kind, name: '' }
}

/** The list as it will be saved: names trimmed. */
export const trimmedOccasions = (list: readonly Occasion[]): Occasion[] => list.map((o) => ({ ...o, name: o.name.trim() }))
