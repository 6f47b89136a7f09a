// Rubric rules: what a valid rubric is (RUBRIC_INVALID details are these issues; the committee's editor
// runs the same check before saving) and lookups over one.
import { DERIVED_METRICS, SOURCES, type RubricInput, type RubricItem, type Source } from './api'

export interface RubricIssue {
  path: string
  message: string
}

export const ID_PATTERN = /^[a-z0-9-]{1,24}$/
/** A usable rubric id: the pattern, and no name Object.prototype already has (`constructor`): ids key
 * score records, where an inherited name would read a function instead of a score. */
export const isRubricId = (id: string) => ID_PATTERN.test(id) && !(id in Object.prototype)
const ID_MESSAGE = '编号只能由小写字母、数字和连字符组成（1–24 位），且不能是 constructor 等保留名'

/** A record's own value for a rubric id (never an inherited Object.prototype member). */
export const ownValue = <T>(record: Record<string, T> | undefined, id: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined
export const MAX_BONUS_CAP = 20

/** Sizes of a rubric's texts (characters) and lists: the save schema's, and the editor's. */
export const RUBRIC_LIMITS = {
  name: 40,
  aspectName: 20,
  itemName: 30,
  criteria: 300,
  aspects: 12,
  itemsPerAspect: 20,
  bonusItems: 12,
  vetoItems: 12
} as const

export const isHalfStep = (x: number) => Number.isFinite(x) && Math.round(x * 2) === x * 2
/** Sum of 0.5-step numbers in integer halves (exact). */
const halves = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 2), 0)

/**
 * Every problem of a rubric's ids and numbers (empty: valid). Paths follow the input, e.g.
 * aspects.2.items.0.max. A bad number is its own field's problem (the editor passes one it could not
 * read as NaN); a sum, or the order of the bands, is judged only once its parts are numbers (the
 * items' sum: once every max is good).
 */
export function validateRubric(r: RubricInput): RubricIssue[] {
  const issues: RubricIssue[] = []
  const push = (path: string, message: string) => issues.push({ path, message })

  if (!r.aspects.length) push('aspects', '至少需要一个考核方面')
  const aspectIds = new Set<string>()
  const itemIds = new Set<string>()
  const maxes: number[] = []
  let badMax = false
  r.aspects.forEach((a, i) => {
    const p = `aspects.${i}`
    if (!isRubricId(a.id)) push(`${p}.id`, ID_MESSAGE)
    else if (aspectIds.has(a.id)) push(`${p}.id`, `方面编号 ${a.id} 重复`)
    aspectIds.add(a.id)
    if (!a.items.length) push(`${p}.items`, `方面“${a.name}”至少需要一个考核项`)
    a.items.forEach((it, j) => {
      const q = `${p}.items.${j}`
      if (!isRubricId(it.id)) push(`${q}.id`, ID_MESSAGE)
      else if (itemIds.has(it.id)) push(`${q}.id`, `考核项编号 ${it.id} 重复`)
      itemIds.add(it.id)
      if (!(it.max > 0) || !isHalfStep(it.max)) {
        push(`${q}.max`, `“${it.name}”的分值必须大于 0 且以 0.5 分为单位`)
        badMax = true
      } else maxes.push(it.max)
      if (it.scoring === 'derived') {
        if (!it.metric || !DERIVED_METRICS.includes(it.metric)) push(`${q}.metric`, `“${it.name}”须指明取数来源`)
      } else {
        const sources = it.sources ?? [...SOURCES]
        if (!sources.length) push(`${q}.sources`, `“${it.name}”至少需要一个评分主体`)
        if (new Set(sources).size !== sources.length) push(`${q}.sources`, `“${it.name}”的评分主体重复`)
        if (!sources.includes('org')) push(`${q}.sources`, `“${it.name}”必须包含组织考评（计算前组织考评为必需）`)
      }
    })
  })
  if (maxes.length && !badMax && halves(maxes) !== 200) push('aspects', `各考核项分值之和必须为 100，当前为 ${halves(maxes) / 2}`)

  const weightSum = SOURCES.reduce((s, k) => s + r.weights[k], 0)
  for (const k of SOURCES) {
    const w = r.weights[k]
    if (!Number.isInteger(w) || w < 0 || w > 100) push(`weights.${k}`, '权重必须是 0–100 的整数')
  }
  if (Number.isFinite(weightSum) && weightSum !== 100) push('weights', `四个评价主体的权重之和必须为 100，当前为 ${weightSum}`)
  if (Number.isFinite(r.weights.org) && !(r.weights.org > 0)) push('weights.org', '组织考评的权重必须大于 0')

  const bonusIds = new Set<string>()
  r.bonusItems.forEach((b, i) => {
    if (!isRubricId(b.id)) push(`bonusItems.${i}.id`, ID_MESSAGE)
    else if (bonusIds.has(b.id) || itemIds.has(b.id)) push(`bonusItems.${i}.id`, `加分项编号 ${b.id} 重复`)
    bonusIds.add(b.id)
    if (!(b.max > 0) || !isHalfStep(b.max)) push(`bonusItems.${i}.max`, `加分项“${b.name}”的分值必须大于 0 且以 0.5 分为单位`)
  })
  if (!isHalfStep(r.bonusCap) || r.bonusCap < 0 || r.bonusCap > MAX_BONUS_CAP)
    push('bonusCap', `加分上限必须在 0–${MAX_BONUS_CAP} 之间且以 0.5 分为单位`)

  const vetoIds = new Set<string>()
  r.vetoItems.forEach((x, i) => {
    if (!isRubricId(x.id)) push(`vetoItems.${i}.id`, ID_MESSAGE)
    else if (vetoIds.has(x.id)) push(`vetoItems.${i}.id`, `否决项编号 ${x.id} 重复`)
    vetoIds.add(x.id)
  })
  if (!Number.isInteger(r.vetoCeiling) || r.vetoCeiling < 0 || r.vetoCeiling > 100) push('vetoCeiling', '否决项封顶分必须是 0–100 的整数')

  const { red, yellow, blue } = r.bands
  for (const [k, b] of Object.entries(r.bands))
    if (!Number.isInteger(b) || b < 1 || b > 100) push(`bands.${k}`, '等次分数线必须是 1–100 的整数')
  if ([red, yellow, blue].every(Number.isFinite) && !(red > yellow && yellow > blue)) push('bands', '分数线须满足 红旗 > 黄旗 > 蓝旗')
  return issues
}

export function ratedItems(r: RubricInput): Array<RubricItem & { aspectId: string }> {
  return r.aspects.flatMap((a) => a.items.filter((i) => i.scoring === 'rated').map((i) => ({ ...i, aspectId: a.id })))
}

/** The rated items a source rates (sources default to all four). */
export function itemsRatedBy(r: RubricInput, source: Source): RubricItem[] {
  return ratedItems(r).filter((i) => (i.sources ?? SOURCES).includes(source))
}

export const itemSources = (i: RubricItem): readonly Source[] => i.sources ?? SOURCES
