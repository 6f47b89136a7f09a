// One-time invitation codes a secretary shows a member so they can bind without the phone digits.
import { addDays } from '@shared/core/time'

export const INVITE_TTL_DAYS = 7
/** No 0/O, 1/I/L: easy to read aloud and to type. 8 of 30 symbols ≈ 6.6e11 codes. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_LENGTH = 8

export function inviteExpiresAt(now: Date): Date {
  return addDays(now, INVITE_TTL_DAYS)
}

/** Upper-cases and strips spaces and dashes; null when it cannot be a code. */
export function normalizeInviteCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  if (code.length !== INVITE_LENGTH) return null
  for (const ch of code) if (!INVITE_ALPHABET.includes(ch)) return null
  return code
}

/** Builds a code from random integers in [0, alphabet length) (the handler supplies crypto randomness). */
export function codeFromRandom(randomInts: number[]): string {
  return randomInts
    .slice(0, INVITE_LENGTH)
    .map((i) => INVITE_ALPHABET[i])
    .join('')
}

export type InviteState = 'valid' | 'used' | 'expired' | 'revoked'

export function inviteState(
  invite: { expiresAt: Date | string; usedAt?: Date | string | null; revokedAt?: Date | string | null },
  now: Date
): InviteState {
  if (invite.usedAt) return 'used'
  if (invite.revokedAt) return 'revoked'
  if (now.getTime() >= new Date(invite.expiresAt).getTime()) return 'expired'
  return 'valid'
}
