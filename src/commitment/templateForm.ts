// The card template editor's draft and checks (committee staff). Pure; table-tested.
// CLIENT-SIDE COPY of the template limits (0 ≤ min ≤ max, 1 ≤ max ≤ 5, ≤ 8 sections, window days 1–28; a name; window days): the server decides and its
// message is shown; replace with the server's shared rule when it lands in shared/commitment/.
import type { CardTemplate, TemplateInput } from '@shared/commitment/api'

export const MAX_ITEMS = 5
export const MAX_SECTIONS = 8

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

/** The first thing wrong, or null. */
export function templateProblem(d: TemplateDraft): string | null {
  if (!d.sections.length) return '至少保留一个栏目'
  if (d.sections.length > MAX_SECTIONS) return `栏目不超过 ${MAX_SECTIONS} 个`
  const names = new Set<string>()
  for (const [n, s] of d.sections.entries()) {
    const label = `第 ${n + 1} 个栏目`
    if (!s.name.trim()) return `${label}：请填写名称`
    if (names.has(s.name.trim())) return `${label}：名称「${s.name.trim()}」重复`
    names.add(s.name.trim())
    const min = int(s.minItems)
    const max = int(s.maxItems)
    if (!(max >= 1 && max <= MAX_ITEMS)) return `「${s.name.trim()}」：最多条数须为 1–${MAX_ITEMS}`
    if (!(min >= 0 && min <= max)) return `「${s.name.trim()}」：最少条数须为 0 到最多条数之间`
  }
  const before = int(d.daysBeforeQuarterEnd)
  const after = int(d.dayOfNextMonth)
  if (!(before >= 1 && before <= 28)) return '自查开始：季度末前的天数须为 1–28'
  if (!(after >= 1 && after <= 28)) return '自查截止：次月的日期须为 1–28'
  return null
}

export function fromTemplateDraft(d: TemplateDraft): TemplateInput {
  return {
    sections: d.sections.map((s) => ({ id: s.id, name: s.name.trim(), minItems: int(s.minItems), maxItems: int(s.maxItems) })),
    checkWindow: { daysBeforeQuarterEnd: int(d.daysBeforeQuarterEnd), dayOfNextMonth: int(d.dayOfNextMonth) },
    groupLeadersReview: d.groupLeadersReview
  }
}

export const versionLabel = (t: Pick<CardTemplate, 'version' | '_id'>) => (t._id === 'default' ? '默认模板' : `第 ${t.version} 版`)
