// The card template: the built-in default (seed 001's five sections, 1–5 items each, the default
// self-check window, no group-leader review) and the rules a committee's template must keep.
import { type CardTemplate, DEFAULT_SECTIONS, type TemplateInput, X_SECTION } from './api'

/** At most this many items per section (the issue's "1–5 items each"). */
export const MAX_ITEMS_PER_SECTION = 5
export const MAX_SECTIONS = 8
export const SECTION_ID = /^[a-z0-9-]{1,24}$/

export const DEFAULT_TEMPLATE_INPUT: TemplateInput = {
  sections: DEFAULT_SECTIONS.map((s) => ({ id: s.id, name: s.name, minItems: 1, maxItems: MAX_ITEMS_PER_SECTION })),
  checkWindow: { daysBeforeQuarterEnd: 15, dayOfNextMonth: 15 },
  groupLeadersReview: false
}

/** The template a committee uses before its staff save one (`_id` 'default', version 0). */
export function defaultTemplate(committeeId: string | null): CardTemplate {
  return {
    ...(JSON.parse(JSON.stringify(DEFAULT_TEMPLATE_INPUT)) as TemplateInput),
    _id: 'default',
    committeeId,
    version: 0,
    savedAt: null,
    savedBy: null
  }
}

export interface TemplateIssue {
  path: string
  message: string
}

/** What is wrong with a template a committee wants to save ([] when nothing). */
export function templateIssues(t: TemplateInput): TemplateIssue[] {
  const out: TemplateIssue[] = []
  if (t.sections.length < 1 || t.sections.length > MAX_SECTIONS) {
    out.push({ path: 'sections', message: `栏目数量应为 1–${MAX_SECTIONS} 个` })
  }
  const seen = new Set<string>()
  const names = new Set<string>()
  t.sections.forEach((s, i) => {
    const p = `sections.${i}`
    if (!SECTION_ID.test(s.id) || s.id === X_SECTION) out.push({ path: `${p}.id`, message: `栏目编号「${s.id}」不可用` })
    if (seen.has(s.id)) out.push({ path: `${p}.id`, message: `栏目编号「${s.id}」重复` })
    seen.add(s.id)
    if (!s.name.trim()) out.push({ path: `${p}.name`, message: `第 ${i + 1} 个栏目：请填写名称` })
    else if (names.has(s.name.trim())) out.push({ path: `${p}.name`, message: `栏目名称「${s.name.trim()}」重复` })
    names.add(s.name.trim())
    if (s.maxItems < 1 || s.maxItems > MAX_ITEMS_PER_SECTION) {
      out.push({ path: `${p}.maxItems`, message: `「${s.name}」每栏最多 1–${MAX_ITEMS_PER_SECTION} 项` })
    }
    if (s.minItems < 0 || s.minItems > s.maxItems) out.push({ path: `${p}.minItems`, message: `「${s.name}」最少项数不能大于最多项数` })
  })
  const w = t.checkWindow
  if (w.daysBeforeQuarterEnd < 1 || w.daysBeforeQuarterEnd > 28) {
    out.push({ path: 'checkWindow.daysBeforeQuarterEnd', message: '自查开始时间应为季度末前 1–28 天' })
  }
  if (w.dayOfNextMonth < 1 || w.dayOfNextMonth > 28) {
    out.push({ path: 'checkWindow.dayOfNextMonth', message: '自查截止日应为下季度首月的 1–28 日' })
  }
  return out
}
