// rateTargets and rate: the caller's own ratings (self / peer / org). Exactly one per period ×
// source × rater × member: the rating's _id is derived from them, so a change overwrites it. Peer
// raters are stored by an HMAC key per rated member, never by member id, and audited as 'peer'.
// Every change is audited (before → after).
import { SOURCES, type RateTarget, type RatingInput, type Source } from '@shared/assessment/api'
import { type Caller, requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, getOrNull } from '@server/db'
import { auditRater, raterRef, ratingId } from '@shared/assessment/anonymity'
import { validateRating } from '@shared/assessment/rating'
import { ratingRefusal } from '@shared/assessment/ratingWindow'
import { AppError, forbidden } from '@server/errors'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { canSeePeriod, isAssessed, isOrgRaterOf, loadPeriod, loadVisiblePeriod, toPeriod } from './access'
import { ratingAudit, writeAudit } from './audit'
import type { PeriodDoc, RatingDoc, RubricDoc } from '@server/model'
import { loadRubricOf, periodState } from './periods'
import { toRubric } from './rubrics'
import { memberId, periodId, ratingFields } from './schemas'
import { type Target, targetsOf } from './targets'

/** Ratings are taken as shared/assessment/ratingWindow says: every source while 'rating' and before the
 * deadline; the organisation also while closed and not computed; every source in a period committee
 * staff reopened, until it is published again. null: open. */
export function ratingClosed(p: PeriodDoc, source: Source, now: Date): AppError | null {
  const refusal = ratingRefusal(p, source, now)
  return refusal ? periodState(p, refusal) : null
}

/** A rating changed after a reopen makes the computed results stale: compute again before publishing. */
export async function markStale(db: Database, p: PeriodDoc): Promise<void> {
  if (p.status === 'closed' && p.computedAt)
    await db
      .collection('periods')
      .doc(p._id)
      .update({ data: { computedAt: null } })
}

export const toInput = (r: RatingInput): RatingInput => ({
  scores: r.scores,
  ...(r.bonus ? { bonus: r.bonus } : {}),
  ...(r.vetoes ? { vetoes: r.vetoes } : {}),
  ...(r.comment ? { comment: r.comment } : {})
})

/** The org's newest published period that began before `p` (for 同上期): its id and name, or null. A branch has a few a year. */
async function previousPeriod(db: Database, p: PeriodDoc): Promise<{ _id: string; name: string } | null> {
  const published = await findAll(db, 'periods', { orgId: p.orgId, status: 'published' }, { field: { _id: true, name: true, from: true } })
  const before = published.filter((x) => x._id !== p._id && x.from < p.from).sort((a, b) => b.from.localeCompare(a.from))
  return before[0] ?? null
}

/** The caller's rating tasks in a period, each with their own rating (mine) and last period's (同上期). */
export async function myTargets(db: Database, caller: Caller, p: PeriodDoc): Promise<RateTarget[]> {
  const targets = await targetsOf(db, caller, p)
  const secret = targets.some((t) => t.source === 'peer') ? requireSecret('ASSESSMENT_SECRET') : ''
  const idsIn = (period: { _id: string }) =>
    targets.map((t) => ratingId(period._id, t.source, raterRef(secret, period._id, t.source, caller.memberId, t.memberId), t.memberId))
  const ids = idsIn(p)
  // 同上期: the caller's own ratings of the same members in the previous period, read by the same derived ids.
  const prev = p.status === 'published' || !targets.length ? null : await previousPeriod(db, p)
  const prevIds = prev ? idsIn(prev) : []
  const found = await findByIds(db, 'ratings', [...ids, ...prevIds])
  return targets.map((t, i) => {
    const r = found.get(ids[i])
    const last = prev ? found.get(prevIds[i]) : undefined
    return { ...t, mine: r ? toInput(r) : null, last: prev && last ? { periodName: prev.name, scores: last.scores } : null }
  })
}

export const rateTargets = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadVisiblePeriod(db, caller, input.periodId)
    const rubric = await loadRubricOf(db, p)
    return { period: toPeriod(p), rubric: toRubric(rubric), targets: await myTargets(db, caller, p) }
  }
})

export async function saveRating(
  db: Database,
  p: PeriodDoc,
  source: Source,
  ref: string,
  auditBy: string,
  targetId: string,
  input: RatingInput,
  now: Date
): Promise<void> {
  const id = ratingId(p._id, source, ref, targetId)
  const before = await getOrNull(db, 'ratings', id)
  const data: Omit<RatingDoc, '_id'> = {
    periodId: p._id,
    orgId: p.orgId,
    memberId: targetId,
    source,
    rater: ref,
    ...toInput(input),
    createdAt: before?.createdAt ?? now,
    updatedAt: now
  }
  await db.collection('ratings').doc(id).set({ data })
  await writeAudit(db, [ratingAudit(p._id, source, auditBy, !before, id, before ? toInput(before) : null, toInput(data), now)])
}

type RatedSource = Exclude<Source, 'masses'>

export interface RateFacts {
  now: Date
  caller: Caller
  period: PeriodDoc
  /** Whom the caller rates in the period, as what (targetsOf). */
  targets: Target[]
  rubric: RubricDoc
  input: RatingInput & { source: RatedSource; memberId: string }
}

export type RateVerdict = { ok: true } | { ok: false; error: AppError }

/** May the caller give this rating now, and is it well-formed for the period's rubric. */
export function decideRate(f: RateFacts): RateVerdict {
  const { caller, period: p, input } = f
  const refuse = (error: AppError): RateVerdict => ({ ok: false, error })
  if (input.source === 'peer' && input.memberId === caller.memberId)
    return refuse(new AppError('SELF_PEER', '不能以党员互评的方式给自己评分，请使用个人自评'))
  if (input.source === 'org' && !isOrgRaterOf(caller, p.orgId)) return refuse(forbidden('只有该支部的书记、副书记和支委可以进行组织考评'))
  if (!canSeePeriod(caller, p)) return refuse(new AppError('NOT_A_TARGET', '你不在该考核期内，不能评分'))
  if (input.source !== 'org' && !isAssessed(caller, p)) return refuse(new AppError('NOT_A_TARGET', '你不在该考核期内，不能评分'))
  const closed = ratingClosed(p, input.source, f.now)
  if (closed) return refuse(closed)
  if (!f.targets.some((t) => t.memberId === input.memberId && t.source === input.source)) {
    return refuse(new AppError('NOT_A_TARGET', input.source === 'self' ? '个人自评只能评自己' : '你不能以该身份评价这位党员'))
  }
  const issues = validateRating(f.rubric, input.source, input)
  if (issues.length) return refuse(new AppError('SCORE_INVALID', `评分不正确：${issues[0].message}`, issues))
  return { ok: true }
}

export const rate = action({
  schema: v.object({
    periodId: periodId(),
    source: v.enum(SOURCES.filter((s) => s !== 'masses') as Array<Exclude<Source, 'masses'>>, { label: '评价主体' }),
    memberId: memberId('被评党员'),
    ...ratingFields
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    const [targets, rubric] = await Promise.all([targetsOf(db, caller, p), loadRubricOf(db, p)])
    const verdict = decideRate({ now, caller, period: p, targets, rubric, input })
    if (!verdict.ok) throw verdict.error
    const ref = raterRef(
      input.source === 'peer' ? requireSecret('ASSESSMENT_SECRET') : '',
      p._id,
      input.source,
      caller.memberId,
      input.memberId
    )
    await saveRating(db, p, input.source, ref, auditRater(input.source, caller.memberId), input.memberId, input, now)
    await markStale(db, p)
    return { saved: true as const, updatedAt: now.toISOString() }
  }
})
