// The card template editor's draft and checks (committee staff). Pure; table-tested.
// The limits are the server's (shared/commitment/template.ts templateIssues): the first problem is shown.
import type { CardTemplate, TemplateInput } from '@shared/commitment/api'
import { MAX_SECTIONS, templateIssues } from '@shared/commitment/template'

/** The editor's limit is the server's. */
export { MAX_SECTIONS }

export interface SectionDraft {
  id: string
  name: string
  minItems: string
  maxItems: string
}

export interface TemplateDraft {
  sections: SectionDraft[]
  daysBeforeQuarterEnd: string
  dayOfNextMonth: string
  groupLeadersReview: boolean
}

export function toTemplateDraft(t: TemplateInput): TemplateDraft {
  return {
    sections: t.sections.map((s) => ({ id: s.id, name: s.name, minItems: String(s.minItems), maxItems: String(s.maxItems) })),
    daysBeforeQuarterEnd: String(t.checkWindow.daysBeforeQuarterEnd),
    dayOfNextMonth: String(t.checkWindow.dayOfNextMonth),
    groupLeadersReview: t.groupLeadersReview
  }
}

/** A new section id: `s<n>`, the smallest n not used. */
export function newSectionId(sections: readonly SectionDraft[]): string {
  let n = 1
  while (sections.some((s) => s.id === `s${n}`)) n++
  return `s${n}`
}

const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN)

/** The first thing wrong, or null: numbers typed as whole numbers, then the server's own checks. */
export function templateProblem(d: TemplateDraft): string | null {
  for (const [n, s] of d.sections.entries()) {
    const label = s.name.trim() ? `「${s.name.trim()}」` : `第 ${n + 1} 个栏目`
    if (Number.isNaN(int(s.minItems)) || Number.isNaN(int(s.maxItems))) return `${label}：条数须为整数`
  }
  if (Number.isNaN(int(d.daysBeforeQuarterEnd)) || Number.isNaN(int(d.dayOfNextMonth))) return '自查时间的天数须为整数'
  return templateIssues(fromTemplateDraft(d))[0]?.message ?? null
}

export function fromTemplateDraft(d: TemplateDraft): TemplateInput {
  return {
    sections: d.sections.map((s) => ({ id: s.id, name: s.name.trim(), minItems: int(s.minItems), maxItems: int(s.maxItems) })),
    checkWindow: { daysBeforeQuarterEnd: int(d.daysBeforeQuarterEnd), dayOfNextMonth: int(d.dayOfNextMonth) },
    groupLeadersReview: d.groupLeadersReview
  }
}

export const versionLabel = (t: Pick<CardTemplate, 'version' | '_id'>) => (t._id === 'default' ? '默认模板' : `第 ${t.version} 版`)
