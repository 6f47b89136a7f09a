// The audit log: every change to ratings, results, period status, objections and talks (who, when,
// before → after). The entries are built by the shared rule (shared/assessment/audit.ts: peer and masses
// ratings logged as by 'peer' / 'masses' with no scores); this module writes them.
import type { Database } from '@server/cloud'
import { addMany } from '@server/db'
import type { AuditDoc } from '@server/model'

export { auditEntry, ratingAudit } from '@shared/assessment/audit'

/** Writes entries in one request (the store's multi-doc add). */
export async function writeAudit(db: Database, entries: Array<Omit<AuditDoc, '_id'>>): Promise<void> {
  if (!entries.length) return
  if (entries.length === 1) await db.collection('assessmentAudit').add({ data: entries[0] })
  else await addMany(db, 'assessmentAudit', entries)
}
