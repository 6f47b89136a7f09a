// The pieces added while running check-in for real: the code carried through sign-in, the
// organiser list's order, and the orgs whose ledger a caller may pick.
import {
  PENDING_CHECKIN_MAX_AGE_MS,
  RESCAN_CODES,
  checkinPageWithCode,
  ledgerOrgIds,
  organiserOrder,
  pendingCheckinCode
} from '@/checkin/view'
import { orgList } from '@tests/src/helpers/fixtures'

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

  it.each([
    ['CODE_EXPIRED', true],
    ['CODE_REPLAYED', true],
    ['CODE_FORGED', true],
    ['CODE_MALFORMED', true],
    ['WINDOW_CLOSED', false],
    ['OUT_OF_RANGE', false],
    ['ALREADY_CHECKED_IN', false]
  ])('a %s refusal offers 重新扫码: %s', (code, offered) => expect(RESCAN_CODES.has(code)).toBe(offered))
})

describe('organiser list order', () => {
  const a = (_id: string, phase: 'open' | 'upcoming' | 'ended', startAt: string) => ({ _id, phase, startAt })
  it.each([
    [
      'open first, even when an upcoming one starts later (the seeded case: 党课 in 6 days above today’s 主题党日)',
      [a('next', 'upcoming', '2026-11-27T07:00:00Z'), a('now', 'open', '2026-11-21T03:30:00Z'), a('old', 'ended', '2026-11-12T08:00:00Z')],
      ['now', 'next', 'old']
    ],
    [
      'upcoming soonest first, ended latest first',
      [
        a('u2', 'upcoming', '2026-12-02T01:00:00Z'),
        a('e1', 'ended', '2026-09-01T01:00:00Z'),
        a('u1', 'upcoming', '2026-11-22T01:00:00Z'),
        a('e2', 'ended', '2026-11-01T01:00:00Z')
      ],
      ['u1', 'u2', 'e2', 'e1']
    ],
    [
      'two open at once: the earlier start first, ties by id',
      [a('o3', 'open', '2026-11-21T04:00:00Z'), a('o2', 'open', '2026-11-21T03:00:00Z'), a('o1', 'open', '2026-11-21T03:00:00Z')],
      ['o1', 'o2', 'o3']
    ],
    ['empty', [], []]
  ])('%s', (_n, list, ids) => expect(organiserOrder(list).map((x) => x._id)).toEqual(ids))

  it('does not reorder the list it was given', () => {
    const list = [a('e', 'ended', '2026-11-01T00:00:00Z'), a('o', 'open', '2026-11-21T00:00:00Z')]
    organiserOrder(list)
    expect(list.map((x) => x._id)).toEqual(['e', 'o'])
  })
})

describe('orgs whose ledger a caller may pick', () => {
  const committee2 = [
    { _id: 'c2', name: '另一集团党委', kind: 'committee' as const, parentId: null, external: false },
    { _id: 'x1', name: '另一集团第一党支部', kind: 'branch' as const, parentId: 'c2', external: false }
  ]
  const g = (role: string, orgId: string) => ({ role, orgId }) as any
  it.each([
    ['a plain member', [], orgList, []],
    ['a secretary: their branch only, tree ignored', [g('secretary', 'b1')], orgList, ['b1']],
    ['committee staff: every branch of our tree, no committee, no group, no external org', [g('staff', 'c1')], orgList, ['b1', 'b2']],
    [
      'staff who also lead a group: the group first, then the branches',
      [g('groupLeader', 'g1'), g('staff', 'c1')],
      orgList,
      ['g1', 'b1', 'b2']
    ],
    ['staff and secretary of b2: no duplicate', [g('secretary', 'b2'), g('staff', 'c1')], orgList, ['b2', 'b1']],
    ['staff before the tree loaded', [g('staff', 'c1')], null, []],
    ['staff of another committee: none of our branches', [g('staff', 'c2')], [...orgList, ...committee2], ['x1']],
    ['our staff with a second committee in the tree: our branches only', [g('staff', 'c1')], [...orgList, ...committee2], ['b1', 'b2']]
  ])('%s', (_n, roles, tree, ids) => expect(ledgerOrgIds(roles, tree)).toEqual(ids))
})
