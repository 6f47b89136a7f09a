import { cardYearOf, shiftDeadline, yearVerdict } from '@shared/commitment/year'

describe('card years', () => {
  it.each<[string, string, number, boolean]>([
    ['this year', '2026-05-01T04:00:00Z', 2026, true],
    ['last year', '2026-05-01T04:00:00Z', 2025, false],
    ['next year in May', '2026-05-01T04:00:00Z', 2027, false],
    ['next year in December', '2026-12-02T04:00:00Z', 2027, true],
    // 12-31 16:30 UTC is already 1 January in CST: 2027 is this year.
    ['the first CST minutes of the year', '2026-12-31T16:30:00Z', 2027, true],
    ['the first CST minutes of the year, the old year', '2026-12-31T16:30:00Z', 2026, false]
  ])('%s: %i editable → %s', (_l, at, year, ok) => expect(yearVerdict(year, new Date(at)).ok).toBe(ok))

  it('cardYearOf reads the CST year', () => expect(cardYearOf(new Date('2026-12-31T16:30:00Z'))).toBe(2027))

  it.each<[string | null, number, string | null]>([
    ['2025-06-30', 2026, '2026-06-30'],
    ['2024-02-29', 2025, '2025-02-28'],
    ['2027-02-28', 2028, '2028-02-28'],
    [null, 2026, null]
  ])('shiftDeadline(%s, %i) → %s', (d, y, want) => expect(shiftDeadline(d, y)).toBe(want))
})
