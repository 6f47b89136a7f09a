// The rubric editor's model: a draft with numbers kept as typed text (so "7." can become "7.5"),
// live sums, the checks saveRubric makes (the shared validator and its limits), and placing
// {path, message} problems next to the fields. Pure; table-tested.
import { DERIVED_METRICS, SOURCES, type DerivedMetric, type Rubric, type RubricInput, type Source } from '@shared/assessment/api'
import { RUBRIC_LIMITS, validateRubric } from '@shared/assessment/rubric'

export interface ItemDraft {
  id: string
  name: string
  max: string
  criteria: string
  scoring: 'rated' | 'derived'
  sources: Source[]
  metric: DerivedMetric
}
export interface AspectDraft {
  id: string
  name: string
  items: ItemDraft[]
}
export interface BonusDraft {
  id: string
  name: string
  max: string
  criteria: string
}
export interface VetoDraft {
  id: string
  name: string
  criteria: string
}
export interface RubricDraft {
  name: string
  aspects: AspectDraft[]
  weights: Record<Source, string>
  bonusItems: BonusDraft[]
  bonusCap: string
  vetoItems: VetoDraft[]
  vetoCeiling: string
  bands: { red: string; yellow: string; blue: string }
}

export interface Issue {
  path: string
  message: string
}

const str = (n: number) => String(n)

export function toDraft(r: RubricInput | Rubric): RubricDraft {
  return {
    name: r.name,
    aspects: r.aspects.map((a) => ({
      id: a.id,
      name: a.name,
      items: a.items.map((i) => ({
        id: i.id,
        name: i.name,
        max: str(i.max),
        criteria: i.criteria,
        scoring: i.scoring,
        sources: i.scoring === 'rated' ? [...(i.sources ?? SOURCES)] : [...SOURCES],
        metric: i.metric ?? DERIVED_METRICS[0]
      }))
    })),
    weights: { self: str(r.weights.self), peer: str(r.weights.peer), masses: str(r.weights.masses), org: str(r.weights.org) },
    bonusItems: r.bonusItems.map((b) => ({ id: b.id, name: b.name, max: str(b.max), criteria: b.criteria })),
    bonusCap: str(r.bonusCap),
    vetoItems: r.vetoItems.map((v) => ({ ...v })),
    vetoCeiling: str(r.vetoCeiling),
    bands: { red: str(r.bands.red), yellow: str(r.bands.yellow), blue: str(r.bands.blue) }
  }
}

/** A typed number: digits with an optional fraction; anything else is NaN. */
export function num(s: string): number {
  const t = s.trim()
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN
}

const orZero = (n: number) => (Number.isFinite(n) ? n : 0)
const round1 = (n: number) => Math.round(n * 10) / 10

export interface RubricSums {
  aspects: Record<string, number>
  items: number
  weights: number
  bonus: number
}

/** Live sums for the editor: each aspect's items, all items (must be 100), weights (must be 100), bonus maxima. */
export function rubricSums(d: RubricDraft): RubricSums {
  const aspects: Record<string, number> = {}
  for (const a of d.aspects) aspects[a.id] = round1(a.items.reduce((s, i) => s + orZero(num(i.max)), 0))
  return {
    aspects,
    items: round1(Object.values(aspects).reduce((s, x) => s + x, 0)),
    weights: round1(SOURCES.reduce((s, k) => s + orZero(num(d.weights[k])), 0)),
    bonus: round1(d.bonusItems.reduce((s, b) => s + orZero(num(b.max)), 0))
  }
}

function checkText(path: string, s: string, what: string, max: number, issues: Issue[], required = true) {
  const t = s.trim()
  if (required && !t) issues.push({ path, message: `请填写${what}` })
  else if (t.length > max) issues.push({ path, message: `${what}不超过${max}字` })
}

function checkCount(path: string, n: number, what: string, max: number, issues: Issue[]) {
  if (n > max) issues.push({ path, message: `${what}最多 ${max} 个` })
}

/**
 * Everything saveRubric would refuse, each at the path of its field: the texts and list sizes its
 * schema checks, then the shared validator on the draft's numbers (unreadable ones as NaN).
 */
export function checkRubric(d: RubricDraft): Issue[] {
  const L = RUBRIC_LIMITS
  const issues: Issue[] = []
  checkText('name', d.name, '细则名称', L.name, issues)
  checkCount('aspects', d.aspects.length, '考评方面', L.aspects, issues)
  d.aspects.forEach((a, ai) => {
    const ap = `aspects.${ai}`
    checkText(`${ap}.name`, a.name, '方面名称', L.aspectName, issues)
    checkCount(`${ap}.items`, a.items.length, '每个方面的考评项', L.itemsPerAspect, issues)
    a.items.forEach((it, ii) => {
      checkText(`${ap}.items.${ii}.name`, it.name, '考评项名称', L.itemName, issues)
      checkText(`${ap}.items.${ii}.criteria`, it.criteria, '评分标准', L.criteria, issues, false)
    })
  })
  checkCount('bonusItems', d.bonusItems.length, '加分项', L.bonusItems, issues)
  d.bonusItems.forEach((b, i) => {
    checkText(`bonusItems.${i}.name`, b.name, '加分项名称', L.itemName, issues)
    checkText(`bonusItems.${i}.criteria`, b.criteria, '加分条件', L.criteria, issues, false)
  })
  checkCount('vetoItems', d.vetoItems.length, '否决项', L.vetoItems, issues)
  d.vetoItems.forEach((v, i) => {
    checkText(`vetoItems.${i}.name`, v.name, '否决项名称', L.itemName, issues)
    checkText(`vetoItems.${i}.criteria`, v.criteria, '否决情形说明', L.criteria, issues, false)
  })
  return [...issues, ...validateRubric(fromDraft(d))]
}

/** The request saveRubric takes; call only when checkRubric found nothing. */
export function fromDraft(d: RubricDraft): RubricInput {
  return {
    name: d.name.trim(),
    aspects: d.aspects.map((a) => ({
      id: a.id,
      name: a.name.trim(),
      items: a.items.map((i) => ({
        id: i.id,
        name: i.name.trim(),
        max: num(i.max),
        criteria: i.criteria.trim(),
        scoring: i.scoring,
        ...(i.scoring === 'rated' ? { sources: SOURCES.filter((s) => i.sources.includes(s)) } : { metric: i.metric })
      }))
    })),
    weights: { self: num(d.weights.self), peer: num(d.weights.peer), masses: num(d.weights.masses), org: num(d.weights.org) },
    bonusItems: d.bonusItems.map((b) => ({ id: b.id, name: b.name.trim(), max: num(b.max), criteria: b.criteria.trim() })),
    bonusCap: num(d.bonusCap),
    vetoItems: d.vetoItems.map((v) => ({ id: v.id, name: v.name.trim(), criteria: v.criteria.trim() })),
    vetoCeiling: num(d.vetoCeiling),
    bands: { red: num(d.bands.red), yellow: num(d.bands.yellow), blue: num(d.bands.blue) }
  }
}

/** A fresh id `<prefix>-<n>` not used anywhere in the draft. */
export function newId(prefix: string, d: RubricDraft): string {
  const used = new Set<string>([
    ...d.aspects.flatMap((a) => [a.id, ...a.items.map((i) => i.id)]),
    ...d.bonusItems.map((b) => b.id),
    ...d.vetoItems.map((v) => v.id)
  ])
  let n = 1
  while (used.has(`${prefix}-${n}`)) n++
  return `${prefix}-${n}`
}

/** `aspects[0].items[1].max` and `/aspects/0/items/1/max` → `aspects.0.items.1.max`. */
export function normalisePath(p: string): string {
  return p
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\.+|\.+$/g, '')
}

/**
 * Put each problem at the deepest field the editor shows whose path is the problem's or a prefix
 * of it; problems no field matches are returned in `rest` (shown above the save button).
 */
export function placeIssues(issues: readonly Issue[], fieldPaths: readonly string[]): { at: Record<string, string[]>; rest: string[] } {
  const at: Record<string, string[]> = {}
  const rest: string[] = []
  for (const issue of issues) {
    const p = normalisePath(issue.path)
    let best: string | null = null
    for (const f of fieldPaths) {
      if ((p === f || p.startsWith(`${f}.`)) && (!best || f.length > best.length)) best = f
    }
    if (best === null) rest.push(issue.message)
    else at[best] = [...(at[best] ?? []), issue.message]
  }
  return { at, rest }
}

/** Every path the editor shows problems at, for placeIssues. */
export function fieldPaths(d: RubricDraft): string[] {
  const paths = ['name', 'aspects', 'weights', 'bonusItems', 'bonusCap', 'vetoItems', 'vetoCeiling', 'bands']
  for (const k of SOURCES) paths.push(`weights.${k}`)
  d.aspects.forEach((a, ai) => {
    paths.push(`aspects.${ai}`, `aspects.${ai}.name`, `aspects.${ai}.items`)
    a.items.forEach((_, ii) => {
      const ip = `aspects.${ai}.items.${ii}`
      paths.push(ip, `${ip}.name`, `${ip}.max`, `${ip}.criteria`, `${ip}.sources`, `${ip}.metric`)
    })
  })
  for (const i of d.bonusItems.keys()) paths.push(`bonusItems.${i}`, `bonusItems.${i}.name`, `bonusItems.${i}.max`)
  for (const i of d.vetoItems.keys()) paths.push(`vetoItems.${i}`, `vetoItems.${i}.name`)
  return paths
}
