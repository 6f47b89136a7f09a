import { cstDateTime, groupCode } from '@/core/cst'

describe('CST display', () => {
  it.each([
    ['2026-11-28T02:15:00.000Z', '2026-11-28 10:15'],
    ['2026-12-31T16:00:00Z', '2027-01-01 00:00'],
    ['2026-11-28T10:15:00+08:00', '2026-11-28 10:15'],
    ['', '—'],
    [null, '—'],
    ['not a date', '—']
  ])('%s → %s', (iso, text) => expect(cstDateTime(iso)).toBe(text))

  it.each([
    ['ABCD2345', 'ABCD 2345'],
    ['ABCD', 'ABCD'],
    ['ABCDEFGHJK', 'ABCD EFGH JK']
  ])('groups %s as %s', (code, grouped) => expect(groupCode(code)).toBe(grouped))
})
