/** @jest-environment node */
import {
  canOpenDetail,
  canRate,
  countdown,
  cstDateText,
  cstWhen,
  groupTasks,
  needsTalk,
  publicityOpen,
  rankText
} from '@/assessment/period'

// 2026-11-21 10:00 CST
const NOW = Date.parse('2026-11-21T02:00:00.000Z')

describe('cstWhen (due times in China Standard Time, whatever TZ the test runs in)', () => {
  it.each([
    ['2026-11-21T10:00:00.000Z', '今天 18:00'],
    ['2026-11-21T15:59:00.000Z', '今天 23:59'],
    ['2026-11-21T16:00:00.000Z', '明天 00:00'], // 00:00 CST on the 22nd
    ['2026-11-20T16:30:00.000Z', '今天 00:30'], // still the 20th in UTC
    ['2026-11-20T15:59:00.000Z', '昨天 23:59'],
    ['2026-12-01T15:59:00.000Z', '12月1日 23:59'],
    ['2026-12-31T16:00:00.000Z', '2027年1月1日 00:00'],
    ['nonsense', '—'],
    [null, '—']
  ])('%s → %s', (iso, text) => {
    expect(cstWhen(iso, NOW)).toBe(text)
  })
})

describe('countdown', () => {
  const at = (ms: number) => new Date(NOW + ms).toISOString()
  const MIN = 60_000
  it.each([
    [at(3 * 1440 * MIN + 4 * 60 * MIN + 5 * MIN), '还剩 3 天 4 小时'],
    [at(2 * 1440 * MIN), '还剩 2 天'],
    [at(5 * 60 * MIN + 20 * MIN + 30_000), '还剩 5 小时 20 分'],
    [at(60 * MIN), '还剩 1 小时'],
    [at(12 * MIN), '还剩 12 分钟'],
    [at(20_000), '还剩 1 分钟'],
    [at(0), '已截止'],
    [at(-MIN), '已截止'],
    ['bad', '']
  ])('%s → %s', (iso, text) => {
    expect(countdown(iso, NOW)).toBe(text)
  })
})

describe('canRate and publicityOpen', () => {
  it.each([
    ['rating before the deadline', { status: 'rating', ratingDeadline: '2026-11-21T02:00:01.000Z' }, true],
    // the server's rule: a rating at the deadline instant is still taken
    ['rating at the deadline', { status: 'rating', ratingDeadline: '2026-11-21T02:00:00.000Z' }, true],
    ['rating after the deadline', { status: 'rating', ratingDeadline: '2026-11-21T01:59:59.000Z' }, false],
    ['closed', { status: 'closed', ratingDeadline: '2026-12-01T00:00:00.000Z', computedAt: '2026-11-20T00:00:00.000Z' }, false],
    ['published', { status: 'published', ratingDeadline: '2026-12-01T00:00:00.000Z' }, false]
  ])('canRate: %s → %s', (_n, p, ok) => {
    expect(canRate(p as any, NOW)).toBe(ok)
  })

  // A close before every organisation rating: the organisation completes them until compute.
  const closed = { status: 'closed', ratingDeadline: '2026-11-01T00:00:00.000Z', computedAt: null, reopenedAt: null }
  it.each([
    ['closed, not computed', closed, { self: false, peer: false, org: true, any: true }],
    ['closed, computed', { ...closed, computedAt: '2026-11-20T00:00:00.000Z' }, { self: false, peer: false, org: false, any: false }],
    ['reopened by staff', { ...closed, reopenedAt: '2026-11-20T00:00:00.000Z' }, { self: true, peer: true, org: true, any: true }]
  ])('canRate by source: %s', (_n, p, expected) => {
    const by = (s?: 'self' | 'peer' | 'org') => canRate(p as any, NOW, s)
    expect({ self: by('self'), peer: by('peer'), org: by('org'), any: by() }).toEqual(expected)
  })

  it.each([
    ['published, window open', { status: 'published', publicityEndsAt: '2026-11-25T16:00:00.000Z' }, true],
    ['published, window just over', { status: 'published', publicityEndsAt: '2026-11-21T02:00:00.000Z' }, false],
    ['published, no window', { status: 'published', publicityEndsAt: null }, false],
    ['closed (reopened) period', { status: 'closed', publicityEndsAt: '2026-11-25T16:00:00.000Z' }, false]
  ])('publicityOpen: %s → %s', (_n, p, ok) => {
    expect(publicityOpen(p as any, NOW)).toBe(ok)
  })
})

describe('groupTasks', () => {
  const t = (memberId: string, source: 'self' | 'peer' | 'org', done: boolean) => ({
    memberId,
    name: memberId,
    source,
    mine: done ? { scores: {} } : null
  })
  it.each([
    [
      'a plain member: self and peers',
      [t('m1', 'self', true), t('m2', 'peer', false), t('m3', 'peer', true)],
      [
        ['self', '自评', 1, 1],
        ['peer', '互评', 1, 2]
      ]
    ],
    [
      'an org rater: org tasks last, whatever the order given',
      [t('m2', 'org', false), t('m1', 'self', false), t('m2', 'peer', false)],
      [
        ['self', '自评', 0, 1],
        ['peer', '互评', 0, 1],
        ['org', '组织考评', 0, 1]
      ]
    ],
    ['nothing to rate', [], []]
  ])('%s', (_n, targets, expected) => {
    expect(groupTasks(targets as any).map((g) => [g.source, g.label, g.done, g.targets.length])).toEqual(expected)
  })
})

describe('small helpers', () => {
  it.each([
    [1, 12, '第 1 名 / 共 12 人'],
    [2, 0, '第 2 名']
  ])('rankText(%d, %d) → %s', (r, n, s) => expect(rankText(r, n)).toBe(s))

  it.each([
    ['red', false],
    ['yellow', true],
    ['blue', true],
    ['grey', true]
  ])('needsTalk(%s) → %s', (flag, yes) => expect(needsTalk(flag as any)).toBe(yes))

  it.each([
    ['2026-11-28', '2026年11月28日'],
    ['2026-1-2', '—'],
    [null, '—']
  ])('cstDateText(%j) → %s', (d, s) => expect(cstDateText(d)).toBe(s))

  const g = (role: string, orgId = 'b1') => ({ role, orgId }) as any
  it.each([
    ['oneself', [], 'm1', 'm1', true],
    ['another member, plain', [], 'm1', 'm2', false],
    ['secretary of the branch', [g('secretary')], 'm1', 'm2', true],
    ['committee member of the branch', [g('committeeMember')], 'm1', 'm2', true],
    ['secretary of another branch', [g('secretary', 'b2')], 'm1', 'm2', false],
    ['group leader', [g('groupLeader')], 'm1', 'm2', false],
    ['committee staff', [g('staff', 'c1')], 'm1', 'm2', true]
  ])('canOpenDetail: %s → %s', (_n, roles, me, target, ok) => {
    expect(canOpenDetail(roles, me, 'b1', target)).toBe(ok)
  })
})
