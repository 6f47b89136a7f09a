import type { AnalysisStatus, ReportStatus } from '@shared/study/api'
import {
  ANALYSIS_REMIND_DAYS,
  analysisNeedsReminder,
  analysisReminderNote,
  analysisReminderOn,
  analysisRemindersOn,
  isDeadlineNearOn,
  nearDayOf
} from '@shared/study/remind'

describe('deadline near on a CST day (3 days ahead through the deadline)', () => {
  it.each<[string, ReportStatus | null, boolean]>([
    ['2026-03-27', null, false],
    ['2026-03-28', null, true],
    ['2026-03-31', null, true],
    ['2026-03-31', 'draft', true],
    ['2026-03-31', 'submitted', false],
    ['2026-03-31', 'returned', false],
    ['2026-03-31', 'accepted', false],
    ['2026-04-01', null, false]
  ])('deadline 03-31 on %s with %p: %p', (day, status, near) => {
    expect(isDeadlineNearOn('2026-03-31', status, day)).toBe(near)
  })

  it('crosses a year end', () => {
    expect(isDeadlineNearOn('2027-01-02', null, '2026-12-30')).toBe(true)
    expect(isDeadlineNearOn('2027-01-02', null, '2026-12-29')).toBe(false)
  })
})

describe('catch-up: the newest missed day a task was near', () => {
  const days = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01']
  it.each<[string, string, ReportStatus | null, readonly string[], string | null]>([
    ['near on every day: the newest (today)', '2026-04-03', null, days, '2026-04-01'],
    ['due on a missed day, today after it: that day', '2026-03-30', null, days, '2026-03-30'],
    ['due before every day: none', '2026-03-27', null, days, null],
    ['too far ahead on every day: none', '2026-04-10', null, days, null],
    ['filed: none', '2026-03-30', 'submitted', days, null],
    ['a draft counts as nothing filed', '2026-03-30', 'draft', days, '2026-03-30'],
    ['no days to run (today already done)', '2026-03-30', null, [], null]
  ])('%s', (_l, deadline, status, ds, expected) => {
    expect(nearDayOf(deadline, status, ds)).toBe(expected)
  })
})

describe('the analysis due reminder (from 5 days before the due day to the due day)', () => {
  it('the window is 5 days', () => expect(ANALYSIS_REMIND_DAYS).toBe(5))

  it.each<[string, string | null]>([
    ['2026-04-09', null],
    ['2026-04-10', '2026q1 due 2026-04-15'],
    ['2026-04-15', '2026q1 due 2026-04-15'],
    ['2026-04-16', null],
    ['2026-07-10', '2026q2 due 2026-07-15'],
    ['2026-10-12', '2026q3 due 2026-10-15'],
    ['2026-01-10', '2025q4 due 2026-01-15'],
    ['2027-01-15', '2026q4 due 2027-01-15'],
    ['2026-12-31', null],
    ['2026-03-01', null]
  ])('on %s: %p', (day, expected) => {
    const w = analysisReminderOn(day)
    expect(w ? `${w.year}q${w.quarter} due ${w.due}` : null).toBe(expected)
  })

  it('a catch-up over several days names each quarter once', () => {
    const days = ['2026-04-08', '2026-04-09', '2026-04-10', '2026-04-11']
    expect(analysisRemindersOn(days).map((w) => `${w.year}q${w.quarter}`)).toEqual(['2026q1'])
    expect(analysisRemindersOn(['2026-05-01', '2026-05-02'])).toEqual([])
  })

  it.each<[AnalysisStatus | null, boolean]>([
    [null, true],
    ['draft', true],
    ['returned', true],
    ['submitted', false],
    ['commented', false],
    ['passed', false],
    ['relearn', false],
    ['talk', false]
  ])('status %p → reminded %p', (status, reminded) => {
    expect(analysisNeedsReminder(status)).toBe(reminded)
  })

  it.each<[AnalysisStatus | null, string, RegExp]>([
    [null, '2026-04-12', /请在截止日前提交/],
    ['draft', '2026-04-15', /请在截止日前提交/],
    ['returned', '2026-04-12', /已返单/],
    [null, '2026-04-16', /已过截止日期/],
    ['returned', '2026-04-20', /已过截止日期/]
  ])('note for %p on %s', (status, day, note) => {
    expect(analysisReminderNote(status, '2026-04-15', day)).toMatch(note)
  })
})
