// What the audit log records (who, when, before → after), as a rule both the function and the demo seed
// follow. Peer and masses ratings are logged as by 'peer' / 'masses' with no scores (before/after null):
// scores and exact instants next to the same member's self rating would let the reader (the secretary,
// who is assessed too) match a rating to its rater. The rating itself keeps them.
import type { Source } from './api'

export interface AuditEntry {
  periodId: string
  by: string
  action: string
  target: string
  before: unknown
  after: unknown
  at: Date
}

export function auditEntry(
  periodId: string,
  by: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
  at: Date
): AuditEntry {
  return { periodId, by, action, target, before: before ?? null, after: after ?? null, at }
}

/** Whether a source's ratings are anonymous to the person rated (and so to the log's readers). */
export const isAnonymousSource = (source: Source): boolean => source === 'peer' || source === 'masses'

/** A rating saved: 'rate' when created, 'changeRating' after; anonymous sources without scores. */
export function ratingAudit(
  periodId: string,
  source: Source,
  by: string,
  created: boolean,
  ratingId: string,
  before: unknown,
  after: unknown,
  at: Date
): AuditEntry {
  const anonymous = isAnonymousSource(source)
  return auditEntry(
    periodId,
    by,
    created ? 'rate' : 'changeRating',
    `rating:${ratingId}`,
    anonymous ? null : before,
    anonymous ? null : after,
    at
  )
}
