import type { AnalysisText, Verdict } from '@shared/study/api'
import { analysisIssues, analysisTransition, verdictNeedsReason, type AnalysisEvent, type AnalysisState } from '@shared/study/analysis'

const full: AnalysisText = {
  learned: '学习了党章和二十大报告',
  insights: '一二三四五六七八九十一二三四五六七八九十',
  orgLife: '',
  problems: '理论学习不够系统深入',
  causes: '工作忙时放松了学习要求',
  measures: '每周固定两个晚上学习',
  lastMeasures: ''
}

describe('what an analysis needs to be filed', () => {
  it.each<[string, Partial<AnalysisText>, string[]]>([
    ['complete (orgLife and last quarter may be empty)', {}, []],
    ['no problems found', { problems: '没有' }, ['text.problems']],
    ['no causes and no measures', { causes: '', measures: ' ' }, ['text.causes', 'text.measures']]
  ])('%s', (_l, patch, paths) => expect(analysisIssues({ ...full, ...patch }).map((i) => i.path)).toEqual(paths))
})

describe('member → group leader → secretary', () => {
  it.each<[AnalysisState, AnalysisEvent, boolean, string | null]>([
    ['none', 'save', true, 'draft'],
    ['none', 'submit', true, 'submitted'],
    ['draft', 'submit', true, 'submitted'],
    ['submitted', 'save', true, null],
    ['submitted', 'comment', true, 'commented'],
    ['commented', 'comment', true, 'commented'],
    ['submitted', 'pass', true, null],
    ['submitted', 'pass', false, 'passed'],
    ['commented', 'pass', true, 'passed'],
    ['commented', 'return', true, 'returned'],
    ['commented', 'relearn', true, 'relearn'],
    ['commented', 'talk', true, 'talk'],
    ['returned', 'save', true, 'returned'],
    ['returned', 'submit', true, 'submitted'],
    ['returned', 'comment', true, null],
    ['returned', 'pass', true, null],
    ['draft', 'comment', true, null],
    ['draft', 'pass', false, null],
    ['passed', 'save', true, null],
    ['relearn', 'submit', true, null],
    ['talk', 'comment', true, null],
    ['passed', 'return', true, null]
  ])('%s + %s (in a group: %p) → %p', (state, event, hasGroup, next) => {
    const v = analysisTransition(state, event, hasGroup)
    if (next) expect(v).toEqual({ ok: true, next })
    else {
      expect(v.ok).toBe(false)
      if (!v.ok) expect(v.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it.each<[Verdict, boolean]>([
    ['pass', false],
    ['return', true],
    ['relearn', true],
    ['talk', true]
  ])('%s needs a reason: %p', (v, needs) => expect(verdictNeedsReason(v)).toBe(needs))
})
