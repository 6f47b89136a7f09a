import type { ReportText } from '@shared/study/api'
import { REPORT_MIN, reportIssues, reportTransition, type ReportEvent, type ReportState } from '@shared/study/report'

const ok: ReportText = { studied: '党的二十大报告', insights: '一二三四五六七八九十一二三四五六七八九十', changes: '一二三四五六七八九十' }

describe('minimum lengths of a report to file', () => {
  it('has these minimums', () => expect(REPORT_MIN).toEqual({ studied: 5, insights: 20, changes: 10 }))

  it.each<[string, Partial<ReportText>, string[]]>([
    ['all at their minimum', {}, []],
    ['insights one short', { insights: '一二三四五六七八九十一二三四五六七八九' }, ['text.insights']],
    ['spaces do not count', { studied: '   学习   ' }, ['text.studied']],
    ['empty everything', { studied: '', insights: '', changes: '' }, ['text.studied', 'text.insights', 'text.changes']],
    ['an emoji counts as one character', { studied: '学习👍👍👍' }, []]
  ])('%s', (_l, patch, paths) => {
    const issues = reportIssues({ ...ok, ...patch })
    expect(issues.map((i) => i.path)).toEqual(paths)
    for (const i of issues) expect(i.message).toMatch(/至少 \d+ 个字/)
  })
})

describe('the report’s states', () => {
  it.each<[ReportState, ReportEvent, string | null]>([
    ['none', 'save', 'draft'],
    ['none', 'file', 'submitted'],
    ['draft', 'save', 'draft'],
    ['draft', 'file', 'submitted'],
    ['submitted', 'save', null],
    ['submitted', 'file', null],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
    ['returned', 'save', 'returned'],
    ['returned', 'file', 'submitted'],
    ['returned', 'accept', null],
    ['accepted', 'save', null],
    ['accepted', 'file', null],
    ['accepted', 'return', null],
    ['none', 'accept', null],
    ['draft', 'return', null]
  ])('%s + %s → %p', (state, event, next) => {
    const v = reportTransition(state, event)
    if (next) expect(v).toEqual({ ok: true, next })
    else {
      expect(v.ok).toBe(false)
      if (!v.ok) expect(v.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
