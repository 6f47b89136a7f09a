// Field schemas of the assessment events: ids, score maps, the rubric a committee saves.
import { DERIVED_METRICS, SOURCES, type ItemScore } from '@shared/assessment/api'
import { RUBRIC_LIMITS as L } from '@shared/assessment/rubric'
import { v, type Issue, type Schema } from '@server/validate'

export { id, instant } from '@server/validate'

export const periodId = () => v.string({ min: 1, max: 40, label: '考核期编号', pattern: /^[0-9A-Za-z_-]+$/ })
export const memberId = (label = '党员编号') => v.string({ min: 1, max: 64, label, pattern: /^[0-9A-Za-z_:.-]+$/ })
const key = () =>
  v.string({ min: 1, max: 24, label: '编号', pattern: /^[a-z0-9-]+$/, patternMessage: '编号只能由小写字母、数字和连字符组成' })

/** `{ itemId: number }`: at most `max` entries; numbers only (range and steps are the domain's job). */
export function scoreMap(label: string, max?: number): Schema<Record<string, number>>
/** Item scores: a number, or null = 不了解 (which sources may say it is the domain's job). */
export function scoreMap(label: string, max: number, opts: { unknown: true }): Schema<Record<string, ItemScore>>
export function scoreMap(label: string, max = 60, opts: { unknown?: boolean } = {}): Schema<Record<string, ItemScore>> {
  return {
    label,
    check(value, path, issues: Issue[]) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        issues.push({ path, message: `${label}必须是对象` })
        return undefined as unknown as Record<string, number>
      }
      const entries = Object.entries(value as Record<string, unknown>)
      if (entries.length > max) {
        issues.push({ path, message: `${label}最多 ${max} 项` })
        return undefined as unknown as Record<string, number>
      }
      // No prototype: a '__proto__' key from JSON stays an own key (on a plain object the assignment would
      // silently drop it), so the rubric check sees it and refuses it like any unknown item.
      const out: Record<string, ItemScore> = Object.create(null)
      for (const [k, x] of entries) {
        const p = `${path}.${k.slice(0, 30)}`
        if (k.length > 24) issues.push({ path: p, message: '考核项编号过长' })
        else if (x === null && opts.unknown) out[k] = null
        else if (typeof x !== 'number' || !Number.isFinite(x)) issues.push({ path: p, message: `${label}必须是数字` })
        else out[k] = x
      }
      return out
    }
  }
}

const score = (label: string) => ({
  label,
  check(value: unknown, path: string, issues: Issue[]) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ path, message: `${label}必须是数字` })
      return undefined as unknown as number
    }
    return value
  }
})

const text = (label: string, max: number, min = 1) => v.string({ min, max, label })

export const rubricSchema = v.object(
  {
    name: text('细则名称', L.name),
    aspects: v.array(
      v.object({
        id: key(),
        name: text('方面名称', L.aspectName),
        items: v.array(
          v.object({
            id: key(),
            name: text('考核项名称', L.itemName),
            max: score('分值'),
            criteria: text('评分标准', L.criteria, 0),
            scoring: v.enum(['rated', 'derived'] as const, { label: '计分方式' }),
            sources: v.optional(v.array(v.enum(SOURCES, { label: '评分主体' }), { max: 4, label: '评分主体' })),
            metric: v.optional(v.enum(DERIVED_METRICS, { label: '取数来源' }))
          }),
          { max: L.itemsPerAspect, label: '考核项' }
        )
      }),
      { max: L.aspects, label: '考核方面' }
    ),
    weights: v.object(
      { self: score('自评权重'), peer: score('互评权重'), masses: score('群众评价权重'), org: score('组织考评权重') },
      { label: '权重' }
    ),
    bonusItems: v.array(
      v.object({ id: key(), name: text('加分项名称', L.itemName), max: score('分值'), criteria: text('加分标准', L.criteria, 0) }),
      { max: L.bonusItems, label: '加分项' }
    ),
    bonusCap: score('加分上限'),
    vetoItems: v.array(v.object({ id: key(), name: text('否决项名称', L.itemName), criteria: text('否决标准', L.criteria, 0) }), {
      max: L.vetoItems,
      label: '否决项'
    }),
    vetoCeiling: score('否决封顶分'),
    bands: v.object({ red: score('红旗分数线'), yellow: score('黄旗分数线'), blue: score('蓝旗分数线') }, { label: '等次分数线' })
  },
  { label: '考核细则' }
)

export const ratingFields = {
  scores: scoreMap('评分', 60, { unknown: true }),
  bonus: v.optional(scoreMap('加分', L.bonusItems)),
  vetoes: v.optional(v.array(key(), { max: L.vetoItems, unique: true, label: '否决项' })),
  comment: v.optional(v.string({ max: 500, label: '评语' }))
}
