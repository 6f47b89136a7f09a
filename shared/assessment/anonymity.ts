// Anonymity of peer and masses raters: they are stored only as a keyed hash, HMAC-SHA256 with
// ASSESSMENT_SECRET over period + source + rater + rated member. One key per target, so the same
// rater changes (not duplicates) a rating, yet two ratings of one rater share nothing: with one key per
// rater, the member missing from a key's list of targets would be the rater. Masses codes are stored
// as sha256 of the code; the plain code is shown once, to the secretary who issues it.
import crypto from 'node:crypto'
import type { Source } from './api'

/** The key of one rater's rating of one member: unlinkable to the same rater's other ratings. */
export function raterKey(secret: string, periodId: string, source: Source, rater: string, memberId: string): string {
  return crypto.createHmac('sha256', secret).update(`${periodId}\n${source}\n${rater}\n${memberId}`).digest('hex')
}

export const isAnonymous = (source: Source): source is 'peer' | 'masses' => source === 'peer' || source === 'masses'

/** How a rating names its rater: self and org raters by member id (they are known), peer/masses by key. */
export function raterRef(secret: string, periodId: string, source: Source, rater: string, memberId: string): string {
  return isAnonymous(source) ? raterKey(secret, periodId, source, rater, memberId) : rater
}

/** Who the audit log says changed a rating: the member for self/org; only the source for peer/masses. */
export const auditRater = (source: Source, rater: string): string => (isAnonymous(source) ? source : rater)

export const codeHash = (code: string) => crypto.createHash('sha256').update(code).digest('hex')

/** No 0/O/1/I/L: codes are read aloud and typed. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 10

export function newMassesCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)]).join('')
}

/** Uppercased, spaces and dashes dropped; null when it cannot be a code at all. */
export function normaliseCode(input: string): string | null {
  const s = input.replace(/[\s-]/g, '').toUpperCase()
  return s.length === CODE_LENGTH && [...s].every((c) => CODE_ALPHABET.includes(c)) ? s : null
}

/** One rating per period × source × rater × member: the database keeps it so by this _id. */
export const ratingId = (periodId: string, source: Source, ref: string, memberId: string) => `${periodId}:${source}:${ref}:${memberId}`
