// What the audit log records (who, when, before → after), as a rule both the function and the demo seed
// follow. Peer and masses ratings are logged as by 'peer' / 'masses' with no scores (before/after null):
// scores and exact instants next to the same member's self rating would let the reader (the secretary,
// who is assessed too) match a rating to its rater. The rating itself keeps them.
import { SOURCES, type Source } from './api'

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

/** What an entry's target names: a member's rating (by source), result, talk or objection; the period; the codes. */
export type AuditSubject =
  | { kind: 'rating'; source: Source; memberId: string }
  | { kind: 'result' | 'talk' | 'objection'; memberId: string }
  | { kind: 'period' | 'massesCodes' }
  | { kind: 'other' }

/**
 * Reads a target: `rating:<periodId>:<source>:<raterRef>:<memberId>`, `result:<memberId>`,
 * `talk:<periodId>:<memberId>`, `objection:<periodId>:<memberId>`, `period`, `massesCodes`.
 * The rater reference of a rating is dropped: nobody reading the log needs it.
 */
export function auditSubject(target: string): AuditSubject {
  const [kind, ...rest] = target.split(':')
  if (kind === 'rating' && rest.length >= 4 && (SOURCES as readonly string[]).includes(rest[1]))
    return { kind, source: rest[1] as Source, memberId: rest.slice(3).join(':') }
  if (kind === 'result' && rest.length >= 1) return { kind, memberId: rest.join(':') }
  if ((kind === 'talk' || kind === 'objection') && rest.length >= 2) return { kind, memberId: rest.slice(1).join(':') }
  if (target === 'period' || target === 'massesCodes') return { kind: target }
  return { kind: 'other' }
}

/** Every member an entry names: who did it (not an anonymous source), whose thing it is, a talker before/after. */
export function auditMemberIds(entries: ReadonlyArray<Pick<AuditEntry, 'by' | 'target' | 'before' | 'after'>>): string[] {
  const ids = new Set<string>()
  const talker = (x: unknown) => {
    const id = x && typeof x === 'object' ? (x as { talkerId?: unknown }).talkerId : undefined
    if (typeof id === 'string') ids.add(id)
  }
  for (const e of entries) {
    if (!(SOURCES as readonly string[]).includes(e.by)) ids.add(e.by)
    const s = auditSubject(e.target)
    if ('memberId' in s) ids.add(s.memberId)
    talker(e.before)
    talker(e.after)
  }
  return [...ids].sort()
}
