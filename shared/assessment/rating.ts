// Rating rules: a rating holds every rated item its source rates, each 0..max in 0.5 steps, nothing
// else; bonus points and vetoes only from the organisation source. Issues become SCORE_INVALID details.
// 不了解 is an explicit null, allowed to peers and the masses only: an item left out is still missing.
import type { RatingInput, RubricInput, Source } from './api'
import { isHalfStep, itemsRatedBy, ownValue, type RubricIssue } from './rubric'

/** Sources that may answer 不了解 (null) for an item. Self knows themself; the organisation must score
 * every item (it is what makes compute possible for every member). */
export const UNKNOWN_SOURCES: readonly Source[] = ['peer', 'masses']

export function validateRating(r: RubricInput, source: Source, input: RatingInput): RubricIssue[] {
  const issues: RubricIssue[] = []
  const push = (path: string, message: string) => issues.push({ path, message })
  const items = itemsRatedBy(r, source)
  const known = new Map(items.map((i) => [i.id, i]))
  for (const id of Object.keys(input.scores)) if (!known.has(id)) push(`scores.${id}`, `未知或不由该主体评分的考核项：${id.slice(0, 24)}`)
  for (const it of items) {
    const x = ownValue(input.scores, it.id)
    if (x === undefined) push(`scores.${it.id}`, `缺少“${it.name}”的评分`)
    else if (x === null) {
      if (!UNKNOWN_SOURCES.includes(source)) push(`scores.${it.id}`, `“${it.name}”须打分，只有互评和群众评议可以选“不了解”`)
    } else if (!(x >= 0 && x <= it.max) || !isHalfStep(x))
      push(`scores.${it.id}`, `“${it.name}”的评分必须在 0–${it.max} 之间且以 0.5 分为单位`)
  }
  if (source !== 'org') {
    if (input.bonus !== undefined) push('bonus', '只有组织考评可以评定加分项')
    if (input.vetoes !== undefined) push('vetoes', '只有组织考评可以认定否决项')
    return issues
  }
  const bonus = new Map(r.bonusItems.map((b) => [b.id, b]))
  for (const [id, x] of Object.entries(input.bonus ?? {})) {
    const b = bonus.get(id)
    if (!b) push(`bonus.${id}`, `未知的加分项：${id.slice(0, 24)}`)
    else if (!(x >= 0 && x <= b.max) || !isHalfStep(x)) push(`bonus.${id}`, `加分项“${b.name}”必须在 0–${b.max} 之间且以 0.5 分为单位`)
  }
  const vetoes = new Set(r.vetoItems.map((x) => x.id))
  for (const id of input.vetoes ?? []) if (!vetoes.has(id)) push('vetoes', `未知的否决项：${id.slice(0, 24)}`)
  return issues
}
