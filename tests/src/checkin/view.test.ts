/** @jest-environment node */
import type { AttendanceSummary } from '@shared/checkin/api'
import {
  attendanceStats,
  checkinUrl,
  codeFromScan,
  defaultLedgerRange,
  defaultStartMs,
  ledgerOrgIds,
  makeupDone,
  mayMakeup,
  myActivityTag,
  myCheckinLine,
  newestFirst,
  normaliseShortCode,
  organiserOrder,
  organiserOrgIds,
  parseScene,
  quarterText,
  rateText,
  secondsUntil
} from '@/checkin/view'
import { myActivity, record } from '@tests/src/helpers/checkinFixtures'
import { orgList } from '@tests/src/helpers/fixtures'

const CODE = 'a0k3z9x1q2.xo8n7k.Qm3v_9LpZc'

describe('scene and scan parsing', () => {
  it.each([
    ['a bare code', CODE, CODE],
    ['URL-encoded once (weapp wxacode scene)', encodeURIComponent('a0k3z9x1q2.xo8n7k.Qm3v_9Lp+c'), 'a0k3z9x1q2.xo8n7k.Qm3v_9Lp+c'],
    ['encoded twice', encodeURIComponent(encodeURIComponent('ab/c:d')), 'ab/c:d'],
    ['surrounding spaces', `  ${CODE} `, CODE],
    ['empty', '', null],
    ['undefined', undefined, null],
    ['too long for a scene', 'x'.repeat(33), null],
    ['a space inside', 'abc def', null],
    ['bad percent escape', '%E0%A4%A', null]
  ])('parseScene: %s', (_n, raw, expected) => expect(parseScene(raw as string | undefined)).toBe(expected))

  it.each([
    ['the bare code (weapp plain QR)', CODE, CODE],
    ['the H5 station URL', `http://192.168.1.5:8080/#/pages/checkin/index?scene=${CODE}`, CODE],
    [
      'the H5 URL with an encoded scene and more params',
      `https://x.cn/#/pages/checkin/index?a=1&scene=${encodeURIComponent('ab:c')}&b=2`,
      'ab:c'
    ],
    ['a wxacode page path', `pages/checkin/index?scene=${encodeURIComponent(CODE)}`, CODE],
    ['a URL without scene', 'https://example.com/#/pages/home/index?x=1', null],
    ['a URL with an empty scene', 'https://example.com/#/pages/checkin/index?scene=', null],
    ['a plain web page', 'https://example.com/', null],
    ['text with spaces', '加入群聊 abc', null],
    ['nothing', '', null],
    ['null', null, null]
  ])('codeFromScan: %s', (_n, text, expected) => expect(codeFromScan(text as string | null)).toBe(expected))

  it.each([
    ['http://127.0.0.1:8080', CODE, `http://127.0.0.1:8080/#/pages/checkin/index?scene=${CODE}`],
    ['http://10.0.0.2:9000/', 'a:b/c', 'http://10.0.0.2:9000/#/pages/checkin/index?scene=a%3Ab%2Fc']
  ])('checkinUrl(%s, %s) round-trips through codeFromScan', (origin, code, url) => {
    expect(checkinUrl(origin, code)).toBe(url)
    expect(codeFromScan(url)).toBe(code)
  })
})

describe('countdown and arrivals', () => {
  it.each([
    [10_000, 0, 10],
    [10_000, 9_001, 1],
    [10_000, 9_999, 1],
    [10_000, 10_000, 0],
    [10_000, 12_000, 0],
    [0, 5_000, 0]
  ])('secondsUntil(%i, %i) = %i', (deadline, now, expected) => expect(secondsUntil(deadline, now)).toBe(expected))

  it('lists the latest arrival first', () => {
    const r = (name: string, at: string) => ({ memberId: name, name, checkedInAt: at, clock: '', late: false, makeup: false })
    expect(
      newestFirst([r('甲', '2026-11-21T01:00:00Z'), r('乙', '2026-11-21T01:02:00Z'), r('丙', '2026-11-21T01:01:00Z')]).map((x) => x.name)
    ).toEqual(['乙', '丙', '甲'])
  })
})

describe('form and ledger defaults (CST)', () => {
  it.each([
    ['2026-11-21T02:32:10Z', '2026-11-21T02:35:00.000Z'],
    ['2026-11-21T02:35:00Z', '2026-11-21T02:35:00.000Z'],
    ['2026-11-21T15:58:00Z', '2026-11-21T16:00:00.000Z']
  ])('default start after %s is %s', (now, start) => expect(new Date(defaultStartMs(Date.parse(now))).toISOString()).toBe(start))

  it.each([
    ['2026-11-21T02:00:00Z', { from: '2026-09-01', to: '2026-11-21' }],
    // 16:30 UTC on 30 November is already 1 December in China.
    ['2026-11-30T16:30:00Z', { from: '2026-10-01', to: '2026-12-01' }],
    // Across the new year: two months before February is December of the year before.
    ['2027-02-10T04:00:00Z', { from: '2026-12-01', to: '2027-02-10' }],
    ['2027-01-01T00:00:00Z', { from: '2026-11-01', to: '2027-01-01' }],
    ['2026-03-31T15:59:59Z', { from: '2026-01-01', to: '2026-03-31' }]
  ])('ledger range at %s', (now, range) => expect(defaultLedgerRange(Date.parse(now))).toEqual(range))
})

describe('roles and labels', () => {
  const g = (role: string, orgId: string) => ({ role, orgId }) as any
  it.each([
    [[], []],
    [
      [g('secretary', 'b1'), g('groupLeader', 'g1'), g('staff', 'c1')],
      ['b1', 'g1']
    ],
    [[g('deputy', 'b1'), g('committeeMember', 'b1')], ['b1']]
  ])('organiserOrgIds(%j) = %j', (roles, ids) => expect(organiserOrgIds(roles)).toEqual(ids))

  it.each([
    ['secretary of the org', [g('secretary', 'b1')], 'b1', null, true],
    ['secretary of the group’s branch', [g('secretary', 'b1')], 'g1', 'b1', true],
    ['deputy', [g('deputy', 'b1')], 'b1', null, false],
    ['group leader of the group', [g('groupLeader', 'g1')], 'g1', 'b1', false],
    ['secretary elsewhere', [g('secretary', 'b2')], 'b1', 'c1', false]
  ])('mayMakeup: %s → %s', (_n, roles, orgId, parentId, expected) =>
    expect(mayMakeup(roles, orgId as string, parentId as string | null)).toBe(expected))

  it.each([
    [1, '100%'],
    [0.8571, '85.7%'],
    [0, '0%'],
    [null, '—']
  ])('rateText(%s) = %s', (rate, text) => expect(rateText(rate)).toBe(text))

  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12a456', null]
  ])('normaliseShortCode(%j) = %j', (typed, expected) => expect(normaliseShortCode(typed)).toBe(expected))
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

describe('attendance in words, by the activity’s stage', () => {
  const s = (over: Partial<AttendanceSummary>): AttendanceSummary => ({
    expected: 11,
    present: 0,
    absent: 0,
    pending: 0,
    late: 0,
    makeup: 0,
    guests: 0,
    rate: null,
    ...over
  })
  it.each([
    // Next week's 党课 once read 缺席 11 / 出勤率 0%.
    [
      'upcoming',
      s({ pending: 11 }),
      false,
      [
        ['应到', 11],
        ['已签到', 0]
      ]
    ],
    [
      'ongoing',
      s({ present: 4, pending: 7, rate: 0.3636 }),
      false,
      [
        ['应到', 11],
        ['实到', 4],
        ['未签到', 7],
        ['出勤率', '36.4%']
      ]
    ],
    [
      'ended',
      s({ present: 9, absent: 2, rate: 0.8182 }),
      false,
      [
        ['应到', 11],
        ['实到', 9],
        ['缺席', 2],
        ['出勤率', '81.8%']
      ]
    ],
    [
      'ended',
      s({ present: 9, absent: 2, late: 1, makeup: 1, guests: 2, rate: 0.8182 }),
      true,
      [
        ['应到', 11],
        ['实到', 9],
        ['缺席', 2],
        ['迟到', 1],
        ['补签', 1],
        ['列席', 2],
        ['出勤率', '81.8%']
      ]
    ]
  ] as const)('%s (detail %s)', (stage, summary, detail, stats) => {
    expect(attendanceStats(stage, summary, detail)).toEqual(stats)
  })
})

describe('my activities', () => {
  it.each([
    ['running, not checked in', myActivity({ stage: 'ongoing', phase: 'open' }), { label: '未签到', tone: 'warn' }],
    ['running, open to all, not expected', myActivity({ stage: 'ongoing' }, { expected: false }), { label: '进行中', tone: 'plain' }],
    ['check-in open before the start', myActivity({ stage: 'upcoming', phase: 'open' }), { label: '签到中', tone: 'plain' }],
    ['next week', myActivity({ stage: 'upcoming', phase: 'upcoming' }), { label: '未开始', tone: 'plain' }],
    ['checked in', myActivity({}, { status: 'present', checkedInAt: '2026-11-21T01:58:00Z' }), { label: '出席', tone: 'blue' }],
    ['ended, missed', myActivity({ stage: 'ended', phase: 'ended' }, { status: 'absent' }), { label: '缺席', tone: 'red' }]
  ])('tag: %s', (_l, a, tag) => expect(myActivityTag(a)).toEqual(tag))

  it.each([
    ['no check-in', {}, null],
    ['on time', { checkedInAt: '2026-11-21T13:48:00Z' }, '签到时间 21:48'],
    ['late', { checkedInAt: '2026-11-21T02:07:00Z', late: true }, '签到时间 10:07（迟到）'],
    // Recorded by the secretary the next morning.
    ['补签', { checkedInAt: '2026-11-22T01:00:00Z', makeup: true }, '补签（11-22 09:00 记录）']
  ])('check-in line: %s', (_l, mine, line) => expect(myCheckinLine(myActivity({}, mine))).toBe(line))

  it.each([
    [{ label: '2026年第四季度', from: '2026-10-01', to: '2026-12-31', expected: 6, attended: 5 }, '2026年第四季度 出勤 5/6'],
    [{ label: '2027年第一季度', from: '2027-01-01', to: '2027-03-31', expected: 0, attended: 0 }, '2027年第一季度 尚无已结束的活动'],
    [undefined, null]
  ])('quarter %j → %s', (q, text) => expect(quarterText(q)).toBe(text))
})

describe('what a 补签 did', () => {
  const made = (name: string) => record(name, '2026-11-21T03:00:00Z', { makeup: true })
  it.each([
    ['two members', [made('孙丽娟'), made('马德明')], [], '已为 孙丽娟、马德明 补签'],
    [
      'one had scanned meanwhile',
      [made('孙丽娟'), record('马德明', '2026-11-21T02:05:00Z')],
      ['id-马德明'],
      '已为 孙丽娟 补签；马德明已于 10:05 签到'
    ],
    ['asked twice', [made('孙丽娟')], ['id-孙丽娟'], '孙丽娟已于 11:00 补签']
  ])('%s', (_l, records, already, text) => expect(makeupDone(records, already)).toBe(text))
})
