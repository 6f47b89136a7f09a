import { creditKey, studyCompletionMetrics, type MetricTask } from '@shared/study/metric'

const t = (id: string, deadline: string, memberIds = ['m1', 'm2'], required = true): MetricTask => ({
  _id: id,
  deadline,
  memberIds,
  required
})
const NOW = new Date('2026-06-20T02:00:00Z') // 2026-06-20 CST

describe('studyCompletion = accepted required tasks / required tasks due in the period', () => {
  it.each<[string, MetricTask[], string[], Record<string, { done: number; due: number } | null>]>([
    ['nothing assigned → no data', [], [], { m1: null, m2: null }],
    ['one due, one done', [t('t1', '2026-03-31')], [creditKey('t1', 'm1')], { m1: { done: 1, due: 1 }, m2: { done: 0, due: 1 } }],
    ['an optional task does not count', [t('t1', '2026-03-31', ['m1', 'm2'], false)], [creditKey('t1', 'm1')], { m1: null, m2: null }],
    [
      'a task due after the period does not count',
      [t('t1', '2026-03-31'), t('t2', '2026-07-10')],
      [creditKey('t2', 'm1')],
      { m1: { done: 0, due: 1 }, m2: { done: 0, due: 1 } }
    ],
    [
      'a task due later in the period, not done yet: left out; done early: counted',
      [t('t1', '2026-06-25')],
      [creditKey('t1', 'm1')],
      { m1: { done: 1, due: 1 }, m2: null }
    ],
    ['a task before the period does not count', [t('t1', '2025-12-31')], [creditKey('t1', 'm1')], { m1: null, m2: null }],
    [
      'only the members it was pushed to',
      [t('t1', '2026-01-31', ['m2']), t('t2', '2026-02-28', ['m2'])],
      [creditKey('t2', 'm2')],
      { m1: null, m2: { done: 1, due: 2 } }
    ],
    [
      'the period’s first and last days count (inclusive)',
      [t('t1', '2026-01-01'), t('t2', '2026-06-30')],
      [creditKey('t1', 'm1'), creditKey('t2', 'm1')],
      { m1: { done: 2, due: 2 }, m2: { done: 0, due: 1 } }
    ]
  ])('%s', (_l, tasks, credited, expected) => {
    const out = studyCompletionMetrics(['m1', 'm2'], '2026-01-01', '2026-06-30', tasks, new Set(credited), NOW)
    expect(Object.fromEntries(out)).toEqual(expected)
  })
})
