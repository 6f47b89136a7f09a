// The computation of a period (pure). Per member:
//   rated item   = Σ_s w_s · mean_s / Σ_s w_s over the sources s that rated the item for this member
//                  (weights renormalised: a branch without masses ratings still reaches the item's max;
//                  a 不了解 (null) is no score: every peer saying 不了解 leaves the peer source out of that
//                  item; no source at all → left out like an item without data, basis 'noData')
//   derived item = done/due × max; no data in the period → left out (basis 'noData', said so) and the
//                  items are rescaled: Σ items × 100 / (100 − Σ max of noData items)
//   total        = min(100, rescaled items + min(bonus, cap)); a veto caps it at the ceiling
//   rounded half up to one decimal (exact rationals, never binary floats), then banded and ranked.
// Bonus: per bonus item the mean of the organisation raters' points (absent = 0), summed, capped.
// Veto: applies when at least half of the member's organisation raters ticked it.
import {
  SOURCES,
  type AspectResult,
  type DerivedMetric,
  type ItemResult,
  type ItemScore,
  type MemberResult,
  type RubricInput,
  type Source,
  type SourceSummary
} from './api'
import { flagOf, ranks } from './bands'
import type { MemberMetrics } from './derived'
import { add, div, frac, fromHalfSteps, min, mul, round, roundUnits, sum, zero, type Frac } from './exact'
import { itemSources, ownValue } from './rubric'

export const NO_DATA_NOTE = '本期无相关数据，不计分，总分按其余项目折算'
export const NO_RATER_NOTE = '本期无人评分，不计分，总分按其余项目折算'

export interface RatingFact {
  memberId: string
  source: Source
  /** Anonymous key or member id; only counted, never output. */
  rater: string
  /** null: 不了解 (peer/masses), not a score. */
  scores: Record<string, ItemScore>
  bonus?: Record<string, number>
  vetoes?: string[]
}

export interface ComputeInput {
  periodId: string
  orgId: string
  rubric: RubricInput
  members: Array<{ memberId: string; name: string }>
  ratings: RatingFact[]
  metrics: Map<string, MemberMetrics>
  now: Date
}

const METRIC_NOTE: Record<DerivedMetric, string> = {
  meetingAttendance: '出勤',
  volunteerAttendance: '参加',
  studyCompletion: '完成',
  cardSelfCheck: '自查'
}

const mean = (xs: number[]): Frac => div(sum(xs.map(fromHalfSteps)), frac(xs.length))

interface Exact {
  items: Array<{ res: ItemResult; exact: Frac }>
  total: Frac
}

function memberExact(
  input: ComputeInput,
  memberId: string,
  ratings: RatingFact[]
): {
  result: Omit<MemberResult, 'rank' | 'name' | '_id' | 'periodId' | 'orgId' | 'memberId' | 'computedAt'>
  exact: Exact
  aspectsExact: Frac[]
} {
  const { rubric } = input
  const bySource = Object.fromEntries(SOURCES.map((s) => [s, ratings.filter((r) => r.source === s)])) as Record<Source, RatingFact[]>
  const metrics = input.metrics.get(memberId) ?? {}
  const items: Exact['items'] = []
  const summaries = Object.fromEntries(SOURCES.map((s) => [s, { sum: zero(), max: 0, rated: false }])) as Record<
    Source,
    { sum: Frac; max: number; rated: boolean }
  >

  for (const aspect of rubric.aspects) {
    for (const it of aspect.items) {
      const maxF = fromHalfSteps(it.max)
      if (it.scoring === 'derived') {
        const metric = it.metric
        const fact = metric ? (metrics[metric] ?? null) : null
        if (!metric || !fact || fact.due === 0) {
          // Neither free points nor a zero: the item is left out and the rest rescaled (below).
          items.push({
            exact: zero(),
            res: { itemId: it.id, aspectId: aspect.id, score: 0, max: it.max, basis: 'noData', ratio: null, note: NO_DATA_NOTE }
          })
        } else {
          const ratio = frac(fact.done, fact.due)
          const exact = mul(ratio, maxF)
          items.push({
            exact,
            res: {
              itemId: it.id,
              aspectId: aspect.id,
              score: round(exact, 2),
              max: it.max,
              basis: 'derived',
              ratio: round(ratio, 4),
              note: `${METRIC_NOTE[metric]} ${fact.done}/${fact.due}`
            }
          })
        }
        continue
      }
      const sourceMeans: Partial<Record<Source, number | null>> = {}
      const sourceRaters: Partial<Record<Source, number>> = {}
      let weighted = zero()
      let weightSum = 0
      for (const s of itemSources(it)) {
        const xs = bySource[s].map((r) => ownValue(r.scores, it.id)).filter((x): x is number => typeof x === 'number')
        sourceRaters[s] = xs.length
        if (!xs.length) {
          sourceMeans[s] = null
          continue
        }
        const m = mean(xs)
        sourceMeans[s] = round(m, 2)
        summaries[s].sum = add(summaries[s].sum, m)
        summaries[s].max += it.max
        summaries[s].rated = true
        weighted = add(weighted, mul(m, frac(rubric.weights[s])))
        weightSum += rubric.weights[s]
      }
      // No source scored it (unreachable through the function: the organisation scores every item of every
      // member before compute): nobody could judge it, so it is left out like an item without data, not 0.
      if (!weightSum) {
        items.push({
          exact: zero(),
          res: {
            itemId: it.id,
            aspectId: aspect.id,
            score: 0,
            max: it.max,
            basis: 'noData',
            sourceMeans,
            sourceRaters,
            note: NO_RATER_NOTE
          }
        })
        continue
      }
      const exact = div(weighted, frac(weightSum))
      items.push({
        exact,
        res: { itemId: it.id, aspectId: aspect.id, score: round(exact, 2), max: it.max, basis: 'rated', sourceMeans, sourceRaters }
      })
    }
  }

  const org = bySource.org
  const bonusRaw = sum(
    rubric.bonusItems.map((b) =>
      org.length ? div(sum(org.map((r) => fromHalfSteps(ownValue(r.bonus, b.id) ?? 0))), frac(org.length)) : zero()
    )
  )
  const bonus = min(bonusRaw, fromHalfSteps(rubric.bonusCap))
  const vetoes = org.length
    ? rubric.vetoItems.filter((x) => org.filter((r) => (r.vetoes ?? []).includes(x.id)).length * 2 >= org.length)
    : []
  let total = min(add(rescaled(items), bonus), frac(100))
  if (vetoes.length) total = min(total, frac(rubric.vetoCeiling))

  const aspectsExact = rubric.aspects.map((a) => sum(items.filter((i) => i.res.aspectId === a.id).map((i) => i.exact)))
  const scoredMax = (aspectId: string) =>
    items.filter((i) => i.res.aspectId === aspectId && i.res.basis !== 'noData').reduce((s, i) => s + i.res.max, 0)
  const aspects: AspectResult[] = rubric.aspects.map((a, k) => ({
    aspectId: a.id,
    name: a.name,
    score: round(aspectsExact[k], 2),
    max: scoredMax(a.id)
  }))
  const sources = Object.fromEntries(
    SOURCES.map((s): [Source, SourceSummary] => [
      s,
      {
        score: summaries[s].rated ? round(summaries[s].sum, 2) : null,
        max: summaries[s].max,
        raters: new Set(bySource[s].map((r) => r.rater)).size
      }
    ])
  ) as Record<Source, SourceSummary>
  const totalTenths = roundUnits(total, 1)
  return {
    exact: { items, total },
    aspectsExact,
    result: {
      total: totalTenths / 10,
      flag: flagOf(totalTenths, rubric.bands),
      aspects,
      items: items.map((i) => i.res),
      bonus: round(bonus, 2),
      vetoes: vetoes.map((x) => x.name),
      sources
    }
  }
}

/** Σ items × 100 / (100 − max of the noData items): the items that have a score, scaled to 100 (exact).
 * Nothing scored at all (a rubric of derived items only, none with data) → 0. */
export function rescaled(items: Array<{ res: Pick<ItemResult, 'basis' | 'max'>; exact: Frac }>): Frac {
  const scored = items.filter((i) => i.res.basis !== 'noData')
  const scoredMax = sum(scored.map((i) => fromHalfSteps(i.res.max)))
  if (scoredMax.n === BigInt(0)) return zero()
  const allMax = sum(items.map((i) => fromHalfSteps(i.res.max)))
  return div(mul(sum(scored.map((i) => i.exact)), allMax), scoredMax)
}

/** Members of a period without any organisation rating (compute refuses with ORG_RATINGS_MISSING). */
export function missingOrgRatings(
  members: Array<{ memberId: string; name: string }>,
  ratings: RatingFact[]
): Array<{ memberId: string; name: string }> {
  const rated = new Set(ratings.filter((r) => r.source === 'org').map((r) => r.memberId))
  return members.filter((m) => !rated.has(m.memberId))
}

export function computePeriod(input: ComputeInput): { results: MemberResult[]; averages: AspectResult[] } {
  const byMember = new Map<string, RatingFact[]>()
  for (const r of input.ratings) byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), r])
  const computed = input.members.map((m) => ({ m, ...memberExact(input, m.memberId, byMember.get(m.memberId) ?? []) }))
  const rk = ranks(computed.map((c) => Math.round(c.result.total * 10)))
  const results: MemberResult[] = computed.map((c, i) => ({
    _id: resultId(input.periodId, c.m.memberId),
    periodId: input.periodId,
    orgId: input.orgId,
    memberId: c.m.memberId,
    name: c.m.name,
    ...c.result,
    rank: rk[i],
    computedAt: input.now.toISOString()
  }))
  results.sort((a, b) => a.rank - b.rank || a.memberId.localeCompare(b.memberId))
  return {
    results,
    averages: aspectAverages(
      input.rubric,
      computed.map((c) => c.aspectsExact),
      computed.map((c) => c.result.aspects.map((a) => a.max))
    )
  }
}

/** The branch's mean per aspect (exact, rounded to 2 decimals), with the mean of the members' maxima
 * (an aspect's max leaves out its items without data, which can differ between members). */
export function aspectAverages(rubric: RubricInput, perMember: Frac[][], maxPerMember: number[][]): AspectResult[] {
  const meanOf = (xs: Frac[]) => round(div(sum(xs), frac(xs.length)), 2)
  return rubric.aspects.map((a, k) => ({
    aspectId: a.id,
    name: a.name,
    score: perMember.length ? meanOf(perMember.map((p) => p[k])) : 0,
    max: maxPerMember.length ? meanOf(maxPerMember.map((m) => fromHalfSteps(m[k]))) : a.items.reduce((s, i) => s + i.max, 0)
  }))
}

/** Averages from stored results (aspect scores are 2-decimal numbers: exact in hundredths). */
export function averagesOf(rubric: RubricInput, results: Pick<MemberResult, 'aspects'>[]): AspectResult[] {
  const aspectOf = (r: Pick<MemberResult, 'aspects'>, id: string) => r.aspects.find((x) => x.aspectId === id)
  return aspectAverages(
    rubric,
    results.map((r) => rubric.aspects.map((a) => frac(Math.round((aspectOf(r, a.id)?.score ?? 0) * 100), 100))),
    results.map((r) => rubric.aspects.map((a) => aspectOf(r, a.id)?.max ?? a.items.reduce((s, i) => s + i.max, 0)))
  )
}

export const resultId = (periodId: string, memberId: string) => `${periodId}:${memberId}`
