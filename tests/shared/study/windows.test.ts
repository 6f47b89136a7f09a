import type { ReportStatus } from '@shared/study/api'
import {
  analysisWindow,
  currentAnalysisQuarter,
  isAnalysisLate,
  isAnalysisOpen,
  isDeadlineNear,
  isLateFiling,
  isOverdue,
  quarterName,
  quarterRange,
  shownInYear
} from '@shared/study/windows'

// Instants in UTC; CST is UTC+8, so 16:00Z is already the next CST day.
describe('task deadlines (CST dates, inclusive)', () => {
  it.each<[string, string, ReportStatus | null, boolean, boolean]>([
    ['on the deadline, 23:59 CST', '2026-03-31T15:59:00Z', null, false, false],
    ['the next CST day, 00:00', '2026-03-31T16:00:00Z', null, true, true],
    ['after the deadline with a draft', '2026-04-02T02:00:00Z', 'draft', true, true],
    ['after the deadline, filed: not overdue', '2026-04-02T02:00:00Z', 'submitted', false, true],
    ['after the deadline, returned: not overdue (it was filed)', '2026-04-02T02:00:00Z', 'returned', false, true],
    ['after the deadline, accepted', '2026-04-02T02:00:00Z', 'accepted', false, true],
    ['before the deadline', '2026-03-20T02:00:00Z', null, false, false]
  ])('%s → overdue %p, a filing now is late %p', (_l, at, status, overdue, late) => {
    const now = new Date(at)
    expect(isOverdue('2026-03-31', status, now)).toBe(overdue)
    expect(isLateFiling('2026-03-31', now)).toBe(late)
  })

  it.each<[string, ReportStatus | null, boolean]>([
    ['2026-03-29T02:00:00Z', null, true],
    ['2026-03-27T02:00:00Z', null, false],
    ['2026-03-28T16:30:00Z', null, true],
    ['2026-03-31T02:00:00Z', 'draft', true],
    ['2026-03-31T02:00:00Z', 'submitted', false],
    ['2026-04-01T02:00:00Z', null, false]
  ])('deadline 03-31 near (3 days) at %s with %p: %p', (at, status, near) => {
    expect(isDeadlineNear('2026-03-31', status, new Date(at))).toBe(near)
  })
})

describe('the quarterly analysis window', () => {
  it.each([
    [2026, 1, '2026-03-01', '2026-04-15'],
    [2026, 2, '2026-06-01', '2026-07-15'],
    [2026, 3, '2026-09-01', '2026-10-15'],
    [2026, 4, '2026-12-01', '2027-01-15']
  ])('%i Q%i opens %s, due %s', (y, q, from, due) => {
    expect(analysisWindow(y, q)).toEqual({ year: y, quarter: q, from, due })
  })

  it.each([
    ['2026-02-28T15:59:00Z', 2025, 4],
    ['2026-02-28T16:00:00Z', 2026, 1],
    ['2026-04-10T02:00:00Z', 2026, 1],
    ['2026-05-31T15:00:00Z', 2026, 1],
    ['2026-06-01T02:00:00Z', 2026, 2],
    ['2026-12-31T16:30:00Z', 2026, 4],
    ['2027-01-10T02:00:00Z', 2026, 4]
  ])('at %s the member works on %i Q%i', (at, year, quarter) => {
    expect(currentAnalysisQuarter(new Date(at))).toEqual({ year, quarter })
  })

  it.each([
    ['2026-02-28T15:59:00Z', false, false],
    ['2026-02-28T16:00:00Z', true, false],
    ['2026-04-15T15:59:00Z', true, false],
    ['2026-04-15T16:00:00Z', true, true]
  ])('Q1 at %s: open %p, late %p', (at, open, late) => {
    const w = analysisWindow(2026, 1)
    expect(isAnalysisOpen(w, new Date(at))).toBe(open)
    expect(isAnalysisLate(w, new Date(at))).toBe(late)
  })

  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2024, 1, '2024-01-01', '2024-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 4, '2026-10-01', '2026-12-31']
  ])('%i Q%i runs %s … %s', (y, q, from, to) => expect(quarterRange(y, q)).toEqual({ from, to }))

  it('names a quarter', () => expect(quarterName(2026, 3)).toBe('2026年第三季度'))
})

describe('the tasks a year shows', () => {
  it.each([
    [{ year: 2027, deadline: '2027-03-31' }, 2027, true],
    [{ year: 2026, deadline: '2027-01-08' }, 2027, true],
    [{ year: 2026, deadline: '2026-12-31' }, 2027, false],
    [{ year: 2025, deadline: '2027-01-08' }, 2027, false],
    [{ year: 2027, deadline: '2027-01-08' }, 2026, false]
  ])('%j in %i: %p', (t, y, shown) => expect(shownInYear(t, y)).toBe(shown))
})
