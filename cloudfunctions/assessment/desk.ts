// The desk's one read (考评工作台): the period with its frozen rubric and, for those who review it, everything
// the desk shows at once — rating progress, the results once computed, objections and talks once published —
// so the desk opens with one cloud call (it used to take four: getPeriod, results, listObjections, listTalks).
import type { Objection, OrgRater, RatingProgress, Talk } from '@shared/assessment/api'
import { averagesOf } from '@shared/assessment/compute'
import { disclosedResult } from '@shared/assessment/disclosure'
import { requireCaller } from '@server/auth'
import { findAll, findByIds } from '@server/db'
import type { ResultDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { canManage, canReview, loadVisiblePeriod, toPeriod } from './access'
import { loadResults } from './compute'
import { loadRubricOf, progressOf } from './periods'
import { toRubric } from './rubrics'
import { periodId } from './schemas'
import { talksInOrder } from './talks'
import { periodObjections } from './objections'
import { orgRatersOf } from './targets'

export const getPeriod = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadVisiblePeriod(db, caller, input.periodId)
    const rubric = await loadRubricOf(db, p)
    let progress: RatingProgress[] | null = null
    let massesCodesIssued = 0
    let massesCodesUsed = 0
    let orgRaters: OrgRater[] | null = null
    let results: ResultDoc[] | null = null
    let objections: Objection[] | null = null
    let talks: Talk[] | null = null
    if (canReview(caller, p)) {
      const ratings = await findAll(db, 'ratings', { periodId: p._id }, { field: { memberId: true, source: true }, max: 50_000 })
      progress = progressOf(p, await findByIds(db, 'members', p.memberIds), ratings)
      const count = async (where: object) => ((await db.collection('massesCodes').where(where).count()) as { total: number }).total
      massesCodesIssued = await count({ periodId: p._id })
      massesCodesUsed = massesCodesIssued ? massesCodesIssued - (await count({ periodId: p._id, usedAt: null })) : 0
      orgRaters = await orgRatersOf(db, p.orgId)
      if (p.status === 'published' || (p.status === 'closed' && p.computedAt)) results = await loadResults(db, p)
      if (p.status === 'published') {
        // The same lists, in the same order, as listObjections and listTalks.
        objections = await periodObjections(db, p._id)
        talks = talksInOrder(await findAll(db, 'talks', { orgId: p.orgId, periodId: p._id }), now)
      }
    }
    return {
      period: toPeriod(p),
      rubric: toRubric(rubric),
      progress,
      canManage: canManage(caller, p),
      massesCodesIssued,
      massesCodesUsed,
      orgRaters,
      results: results ? results.map(disclosedResult) : null,
      averages: results ? averagesOf(rubric, results) : null,
      objections,
      talks
    }
  }
})
