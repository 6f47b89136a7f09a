import { ATTEMPT_LIMIT, isLimited, limitRecorded, periodOf, refusalSlotIds, type RecentRefusal } from '@shared/checkin/attemptLimit'

// 10:05 CST on 1 July 2026; the fixed 10-minute period began at 10:00 CST.
const NOW = new Date('2026-07-01T10:05:00+08:00')
const ago = (minutes: number, code: string): RecentRefusal => ({ code, at: new Date(NOW.getTime() - minutes * 60_000) })
const times = (n: number, make: (i: number) => RecentRefusal) => Array.from({ length: n }, (_, i) => make(i))
const slots = (kind: string, n: number) => Array.from({ length: n }, (_, i) => `${kind}:${i}`)

describe('isLimited', () => {
  it.each([
    ['nothing recent', [], false],
    ['9 code refusals', times(9, () => ago(1, 'CODE_FORGED')), false],
    ['10 code refusals', times(10, () => ago(1, 'CODE_FORGED')), true],
    ['10 mixed code refusals', [...times(5, () => ago(2, 'CODE_EXPIRED')), ...times(5, () => ago(3, 'NOT_FOUND'))], true],
    ['20 too-early scans', times(20, () => ago(1, 'WINDOW_NOT_OPEN')), false],
    ['9 code refusals and many others', [...times(9, () => ago(1, 'CODE_FORGED')), ...times(10, () => ago(1, 'NOT_ELIGIBLE'))], false],
    ['10 code refusals, one just over 10 minutes ago', [...times(9, () => ago(1, 'CODE_FORGED')), ago(10, 'CODE_FORGED')], false],
    ['10 code refusals, the oldest 9:59 ago', [...times(9, () => ago(1, 'CODE_FORGED')), ago(9.99, 'CODE_FORGED')], true],
    ['TOO_MANY_ATTEMPTS records do not count', times(ATTEMPT_LIMIT, () => ago(1, 'TOO_MANY_ATTEMPTS')), false]
  ])('%s → %s', (_l, recent, limited) => expect(isLimited(recent as RecentRefusal[], NOW)).toBe(limited))
})

describe('limitRecorded: TOO_MANY_ATTEMPTS once per 10 minutes', () => {
  it.each([
    ['none', [ago(1, 'CODE_FORGED')], false],
    ['one 9 minutes ago', [ago(9, 'TOO_MANY_ATTEMPTS')], true],
    ['one exactly 10 minutes ago', [ago(10, 'TOO_MANY_ATTEMPTS')], false]
  ])('%s → %s', (_l, recent, recorded) => expect(limitRecorded(recent, NOW)).toBe(recorded))
})

describe('refusalSlotIds: the store is bounded per member and fixed 10-minute period', () => {
  const period = periodOf(NOW).toString(36)
  it('the period starts at a 10-minute boundary', () => {
    expect(periodOf(new Date('2026-07-01T10:00:00+08:00'))).toBe(periodOf(NOW))
    expect(periodOf(new Date('2026-07-01T09:59:59.999+08:00'))).toBe(periodOf(NOW) - 1)
  })

  it.each([
    ['a first code refusal', 'CODE_FORGED', [], slots('code', 10)],
    ['after 8 code refusals this period', 'CODE_EXPIRED', times(8, () => ago(1, 'CODE_FORGED')), ['code:8', 'code:9']],
    ['after 10 code refusals this period', 'NOT_FOUND', times(10, () => ago(1, 'CODE_FORGED')), []],
    ['code refusals of the previous period do not use slots', 'CODE_FORGED', times(10, () => ago(6, 'CODE_FORGED')), slots('code', 10)],
    ['a first TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', times(10, () => ago(1, 'CODE_FORGED')), ['limit:0']],
    ['a second TOO_MANY_ATTEMPTS this period', 'TOO_MANY_ATTEMPTS', [ago(1, 'TOO_MANY_ATTEMPTS')], []],
    ['a too-early scan after 10 code refusals', 'WINDOW_NOT_OPEN', times(10, () => ago(1, 'CODE_FORGED')), slots('other', 10)],
    ['the 11th too-early scan this period', 'WINDOW_NOT_OPEN', times(10, () => ago(1, 'WINDOW_NOT_OPEN')), []]
  ])('%s', (_l, code, recent, slots) => {
    expect(refusalSlotIds('m07', code, NOW, recent as RecentRefusal[])).toEqual((slots as string[]).map((s) => `m07:${period}:${s}`))
  })
})
