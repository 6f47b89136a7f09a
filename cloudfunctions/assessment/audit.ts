// The audit log: every change to ratings, results, period status, objections and talks (who, when,
// before → after). Peer and masses ratings are logged as by 'peer' / 'masses': no key, no member id,
// so the log cannot link two ratings to one rater (the secretary who reads it is assessed too).
import type { Database } from '../shared/cloud'
import type { AuditDoc } from './model'

export function auditEntry(periodId: string, by: string, action: string, target: string, before: unknown, after: unknown, at: Date): Omit<AuditDoc, '_id'> {
  return { periodId, by, action, target, before: before ?? null, after: after ?? null, at }
}

/** Writes entries in one request (the store's multi-doc add). */
export async function writeAudit(db: Database, entries: Array<Omit<AuditDoc, '_id'>>): Promise<void> {
  if (!entries.length) return
  await db.collection('assessmentAudit').add({ data: entries.length === 1 ? entries[0] : entries } as any)
}
