import { codeFromRandom, INVITE_ALPHABET, inviteExpiresAt, inviteState, normalizeInviteCode } from '@shared/member/invite'

const now = new Date('2026-11-21T02:00:00Z')

describe('invite codes', () => {
  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    [' abcd efgh ', 'ABCDEFGH'],
    ['23456789', '23456789'],
    ['ABCDEFG', null],
    ['ABCDEFGHJ', null],
    ['ABCD0FGH', null], // 0 is not in the alphabet
    ['ABCDIFGH', null], // nor I
    ['', null]
  ])('normalizeInviteCode(%j) → %j', (input, expected) => {
    expect(normalizeInviteCode(input)).toBe(expected)
  })

  it('builds codes from the alphabet only', () => {
    expect(codeFromRandom([0, 1, 2, 3, 4, 5, 6, INVITE_ALPHABET.length - 1])).toBe('2345678Z')
  })

  it('expires after 7 days', () => {
    expect(inviteExpiresAt(now).toISOString()).toBe('2026-11-28T02:00:00.000Z')
  })

  it.each([
    [{ expiresAt: '2026-11-28T02:00:00Z' }, 'valid'],
    [{ expiresAt: '2026-11-21T02:00:00Z' }, 'expired'],
    [{ expiresAt: '2026-11-28T02:00:00Z', usedAt: '2026-11-22T00:00:00Z' }, 'used'],
    [{ expiresAt: '2026-11-28T02:00:00Z', revokedAt: '2026-11-22T00:00:00Z' }, 'revoked']
  ])('%o → %s', (invite, state) => {
    expect(inviteState(invite, now)).toBe(state)
  })
})
