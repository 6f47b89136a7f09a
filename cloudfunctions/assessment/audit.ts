// The audit log: every change to ratings, results, period status, objections and talks (who, when,
// before → after). Peer and masses ratings are logged as by 'peer' / 'masses': no key, no member id,
// so the log cannot link two ratings to one rater (the secretary who reads it is assessed too), and no
// scores, so they cannot be matched against a member's own rating.
import type { Source } from '@shared/assessment/api'
import type { Database } from '@server/cloud'
import type { AuditDoc } from './model'

export function auditEntry(
  periodId: string,
  by: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
  at: Date
): Omit<AuditDoc, '_id'> {
  return { periodId, by, action, target, before: before ?? null, after: after ?? null, at }
}

/** A rating saved. Peer/masses entries carry no scores (before/after null): scores and exact instants next
 * to the same member's self rating would let the reader match a rating to its rater. The rating keeps them. */
export function ratingAudit(
  periodId: string,
  source: Source,
  by: string,
  created: boolean,
  ratingId: string,
  before: unknown,
  after: unknown,
  at: Date
): Omit<AuditDoc, '_id'> {
  const anonymous = source === 'peer' || source === 'masses'
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

/** Writes entries in one request (the store's multi-doc add). */
export async function writeAudit(db: Database, entries: Array<Omit<AuditDoc, '_id'>>): Promise<void> {
  if (!entries.length) return
  await db.collection('assessmentAudit').add({ data: entries.length === 1 ? entries[0] : entries } as any)
}
