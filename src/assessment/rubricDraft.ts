// The rubric editor's model: a draft with numbers kept as typed text (so "7." can become "7.5"),
// live sums, local checks mirroring saveRubric's, and placing {path, message} problems next to
// the fields. Pure; table-tested.
import { DERIVED_METRICS, SOURCES, type DerivedMetric, type Rubric, type RubricInput, type Source } from '@shared/assessment/api'

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

const ID_RE = /^[a-z0-9-]{1,24}$/
const halfStep = (n: number) => Number.isFinite(n) && Math.abs(n * 2 - Math.round(n * 2)) < 1e-9

function checkMax(path: string, s: string, issues: Issue[], upTo = 100) {
  const n = num(s)
  if (!Number.isFinite(n) || n <= 0 || n > upTo) issues.push({ path, message: `请输入大于0、不超过${upTo}的分值` })
  else if (!halfStep(n)) issues.push({ path, message: '分值须为0.5的整数倍' })
}

function checkText(path: string, s: string, what: string, max: number, issues: Issue[], required = true) {
  const t = s.trim()
  if (required && !t) issues.push({ path, message: `请填写${what}` })
  else if (t.length > max) issues.push({ path, message: `${what}不超过${max}字` })
}

/** Everything wrong with the draft, each at the path of its field (the server's paths use the same shape). */
export function checkRubric(d: RubricDraft): Issue[] {
  const issues: Issue[] = []
  checkText('name', d.name, '细则名称', 40, issues)
  const weights = Object.fromEntries(SOURCES.map((k) => [k, num(d.weights[k])])) as Record<Source, number>
  const ids = new Set<string>()
  const uniqueId = (path: string, id: string) => {
    if (!ID_RE.test(id)) issues.push({ path, message: '编号只能是小写字母、数字和连字符' })
    else if (ids.has(id)) issues.push({ path, message: `编号 ${id} 重复` })
    ids.add(id)
  }

  if (d.aspects.length === 0) issues.push({ path: 'aspects', message: '至少需要一个考评方面' })
  d.aspects.forEach((a, ai) => {
    const ap = `aspects.${ai}`
    uniqueId(`${ap}.id`, a.id)
    checkText(`${ap}.name`, a.name, '方面名称', 20, issues)
    if (a.items.length === 0) issues.push({ path: `${ap}.items`, message: '每个方面至少需要一个考评项' })
    a.items.forEach((it, ii) => {
      const ip = `${ap}.items.${ii}`
      uniqueId(`${ip}.id`, it.id)
      checkText(`${ip}.name`, it.name, '考评项名称', 40, issues)
      checkMax(`${ip}.max`, it.max, issues)
      checkText(`${ip}.criteria`, it.criteria, '评分标准', 500, issues, false)
      if (it.scoring === 'rated') {
        if (it.sources.length === 0) issues.push({ path: `${ip}.sources`, message: '请至少选择一个评分来源' })
        else if (it.sources.every((s) => !(weights[s] > 0))) issues.push({ path: `${ip}.sources`, message: '所选评分来源的权重都为0' })
      } else if (!DERIVED_METRICS.includes(it.metric)) {
        issues.push({ path: `${ip}.metric`, message: '请选择数据来源' })
      }
    })
  })
  const sums = rubricSums(d)
  if (d.aspects.length && sums.items !== 100) issues.push({ path: 'aspects', message: `各考评项满分合计须为100分，现为${sums.items}分` })

  for (const k of SOURCES) {
    const w = weights[k]
    if (!Number.isInteger(w) || w > 100) issues.push({ path: `weights.${k}`, message: '权重为0到100的整数' })
  }
  if (sums.weights !== 100) issues.push({ path: 'weights', message: `四类评分权重合计须为100%，现为${sums.weights}%` })

  d.bonusItems.forEach((b, i) => {
    uniqueId(`bonusItems.${i}.id`, b.id)
    checkText(`bonusItems.${i}.name`, b.name, '加分项名称', 40, issues)
    checkMax(`bonusItems.${i}.max`, b.max, issues, 20)
  })
  const cap = num(d.bonusCap)
  if (!Number.isFinite(cap) || cap > 20 || !halfStep(cap)) issues.push({ path: 'bonusCap', message: '加分上限为0到20分，0.5的整数倍' })

  d.vetoItems.forEach((v, i) => {
    uniqueId(`vetoItems.${i}.id`, v.id)
    checkText(`vetoItems.${i}.name`, v.name, '否决项名称', 40, issues)
  })
  const ceiling = num(d.vetoCeiling)
  if (!Number.isFinite(ceiling) || ceiling > 100) issues.push({ path: 'vetoCeiling', message: '否决后最高分为0到100分' })

  const red = num(d.bands.red)
  const yellow = num(d.bands.yellow)
  const blue = num(d.bands.blue)
  if (![red, yellow, blue].every((n) => Number.isFinite(n) && n > 0 && n <= 100))
    issues.push({ path: 'bands', message: '旗帜分数线为1到100分' })
  else if (!(red > yellow && yellow > blue)) issues.push({ path: 'bands', message: '分数线须为 红旗 > 黄旗 > 蓝旗' })
  return issues
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
      if ((p === f || p.startsWith(f + '.')) && (!best || f.length > best.length)) best = f
    }
    if (best === null) rest.push(issue.message)
    else (at[best] ??= []).push(issue.message)
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
  d.bonusItems.forEach((_, i) => paths.push(`bonusItems.${i}`, `bonusItems.${i}.name`, `bonusItems.${i}.max`))
  d.vetoItems.forEach((_, i) => paths.push(`vetoItems.${i}`, `vetoItems.${i}.name`))
  return paths
}
