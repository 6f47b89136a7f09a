/** @jest-environment node */
// A scanned code carried through sign-in (kept, then handed back to the check-in page once).
import { PENDING_CHECKIN_MAX_AGE_MS, checkinPageWithCode, pendingCheckinCode } from '@/checkin/view'

const CODE = 'a0k3z9x1q2.xo8n7k.Qm3v_9LpZc'
const NOW = Date.parse('2026-11-21T02:00:00Z')

describe('a scanned code carried through sign-in', () => {
  it.each([
    ['just stored', { code: CODE, at: NOW }, CODE],
    ['stored 9 minutes ago', { code: CODE, at: NOW - 9 * 60_000 }, CODE],
    ['exactly at the limit', { code: CODE, at: NOW - PENDING_CHECKIN_MAX_AGE_MS }, CODE],
    ['a millisecond past the limit', { code: CODE, at: NOW - PENDING_CHECKIN_MAX_AGE_MS - 1 }, null],
    ['stored in the future (clock moved)', { code: CODE, at: NOW + 1000 }, null],
    ['URL-encoded', { code: encodeURIComponent(CODE), at: NOW }, CODE],
    ['not a code', { code: 'hello world', at: NOW }, null],
    ['no time', { code: CODE }, null],
    ['time as text', { code: CODE, at: String(NOW) }, null],
    ['nothing stored (Taro gives "")', '', null],
    ['null', null, null]
  ])('%s → %s', (_n, stored, expected) => expect(pendingCheckinCode(stored, NOW)).toBe(expected))

  it.each([
    [CODE, `/pages/checkin/index?scene=${CODE}`],
    ['a1.b2.c3+/=', '/pages/checkin/index?scene=a1.b2.c3%2B%2F%3D']
  ])('checkinPageWithCode(%s) = %s', (code, url) => expect(checkinPageWithCode(code)).toBe(url))
})
