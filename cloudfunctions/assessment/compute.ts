// compute, results, publish. compute reads a period's ratings in pages of 1000 by periodId (never per
// member), the check-in data, commitment-card self-checks and study tasks for the derived items, computes in shared/domain, and replaces the
// period's results in one batch (idempotent: results are keyed `<periodId>:<memberId>`). One
// invocation computes one branch: that is the chunking that keeps a committee inside 60 s.
// compute stores a digest of the ratings it read (ids and update instants); publish reads them again
// and refuses when they differ: a rating saved while compute ran cannot be published unseen.
import crypto from 'node:crypto'
import type { MemberResult } from '@shared/assessment/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { addMany, findAll, findByIds, findIn, IN_CHUNK } from '@server/db'
import { averagesOf, computePeriod, missingOrgRatings, type RatingFact } from '@shared/assessment/compute'
import { attendanceMetrics, type ActivityFact } from '@shared/assessment/derived'
import { cardSelfCheckMetrics, type MetricCard, type MetricCheck } from '@shared/commitment/metric'
import { studyCompletionMetrics } from '@shared/study/metric'
import { creditedOf } from '@server/studyCredits'
import { disclosedResult } from '@shared/assessment/disclosure'
import { AppError, forbidden } from '@server/errors'
import type { ActivityDoc, PeriodDoc, RatingDoc, ResultDoc, StudyTaskDoc, TalkDoc } from '@server/model'
import { action } from '@server/router'
import { addDays, cstRange } from '@shared/core/time'
import { v } from '@server/validate'
import { canReview, loadPeriod, requireManage, toPeriod } from './access'
import { auditEntry, writeAudit } from './audit'
import { loadRubricOf, moveStatus, periodState } from './periods'
import { periodId } from './schemas'

export const TALK_FLAGS = ['yellow', 'blue', 'grey']

/** Derived-item data: activities expecting these members that start in the period and have ended by
 * `now` (attendanceMetrics leaves the others out), and their check-ins. */
async function metricsOf(db: Database, p: PeriodDoc, now: Date) {
  const _ = db.command
  const { start, end } = cstRange(p.from, p.to)
  const activities: Array<Pick<ActivityDoc, '_id' | 'type' | 'startAt' | 'endAt' | 'expectedMemberIds'>> = []
  for (let i = 0; i < p.memberIds.length; i += IN_CHUNK) {
    const chunk = p.memberIds.slice(i, i + IN_CHUNK)
    const page = await findAll(
      db,
      'activities',
      { expectedMemberIds: _.in(chunk), startAt: _.gte(start).and(_.lt(end)) },
      { field: { type: true, startAt: true, endAt: true, expectedMemberIds: true } }
    )
    for (const a of page) if (!activities.some((x) => x._id === a._id)) activities.push(a)
  }
  const checkins = activities.length
    ? await findIn(
        db,
        'checkins',
        'activityId',
        activities.map((a) => a._id)
      )
    : []
  const facts: ActivityFact[] = activities.map((a) => ({
    _id: a._id,
    type: a.type,
    startAt: new Date(a.startAt as unknown as string),
    endAt: new Date(a.endAt),
    expectedMemberIds: a.expectedMemberIds ?? []
  }))
  const metrics = attendanceMetrics(p.memberIds, facts, checkins, start, end, now)
  for (const [memberId, fact] of await cardMetricsOf(db, p)) {
    const m = metrics.get(memberId)
    if (m) m.cardSelfCheck = fact
  }
  for (const [memberId, fact] of await studyMetricsOf(db, p, now)) {
    const m = metrics.get(memberId)
    if (m) m.studyCompletion = fact
  }
  return metrics
}

/** studyCompletion: the required study tasks of these members due in the period, and what of them is credited. */
async function studyMetricsOf(db: Database, p: PeriodDoc, now: Date) {
  const _ = db.command
  const tasks: Array<Pick<StudyTaskDoc, '_id' | 'required' | 'deadline' | 'memberIds' | 'material'>> = []
  for (let i = 0; i < p.memberIds.length; i += IN_CHUNK) {
    const page = await findAll(
      db,
      'studyTasks',
      { memberIds: _.in(p.memberIds.slice(i, i + IN_CHUNK)), required: true, deadline: _.gte(p.from).and(_.lte(p.to)) },
      { field: { required: true, deadline: true, memberIds: true, material: true } }
    )
    for (const t of page) if (!tasks.some((x) => x._id === t._id)) tasks.push(t)
  }
  return studyCompletionMetrics(p.memberIds, p.from, p.to, tasks, await creditedOf(db, tasks), now)
}

/** cardSelfCheck: the members' approved cards of the year the period ends in, and their accepted self-checks. */
async function cardMetricsOf(db: Database, p: PeriodDoc) {
  const _ = db.command
  const year = Number(p.to.slice(0, 4))
  const cards: MetricCard[] = []
  const checks: MetricCheck[] = []
  for (let i = 0; i < p.memberIds.length; i += IN_CHUNK) {
    const chunk = p.memberIds.slice(i, i + IN_CHUNK)
    const c = await findAll(
      db,
      'commitmentCards',
      { memberId: _.in(chunk), year },
      { field: { memberId: true, year: true, approvedItems: true } }
    )
    cards.push(...c.map((x) => ({ memberId: x.memberId, year: x.year, approvedItems: x.approvedItems ?? null })))
    checks.push(
      ...(await findAll(
        db,
        'commitmentChecks',
        { memberId: _.in(chunk), year, status: 'accepted' },
        { field: { memberId: true, year: true, quarter: true, status: true, entries: true } }
      ))
    )
  }
  return cardSelfCheckMetrics(p.memberIds, p.to, cards, checks)
}

const brief = (r: Pick<MemberResult, 'total' | 'flag' | 'rank'>) => ({ total: r.total, flag: r.flag, rank: r.rank })

/** What compute saw of the ratings: every id with its last change (order-free). */
export function ratingsDigest(ratings: Array<Pick<RatingDoc, '_id' | 'updatedAt'>>): string {
  const lines = ratings.map((r) => `${r._id}\n${new Date(r.updatedAt as unknown as string).getTime()}`).sort()
  return crypto.createHash('sha256').update(lines.join('\n')).digest('hex')
}

export const compute = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    requireManage(caller, p)
    if (p.status === 'rating') throw periodState(p, '请先结束评分再计算')
    if (p.status === 'published') throw periodState(p, '结果已发布；如需更改，请党委重新开启考核期')
    const rubric = await loadRubricOf(db, p)
    const members = await findByIds(db, 'members', p.memberIds)
    const list = p.memberIds.map((id) => ({ memberId: id, name: members.get(id)?.name ?? id }))
    const ratings = await findAll(db, 'ratings', { periodId: p._id }, { max: 200_000 })
    const facts: RatingFact[] = ratings.map((r) => ({
      memberId: r.memberId,
      source: r.source,
      rater: r.rater,
      scores: r.scores,
      bonus: r.bonus,
      vetoes: r.vetoes
    }))
    const missing = missingOrgRatings(list, facts)
    if (missing.length) {
      throw new AppError('ORG_RATINGS_MISSING', `以下党员还没有组织考评，不能计算：${missing.map((m) => m.name).join('、')}`, {
        members: missing
      })
    }
    const metrics = await metricsOf(db, p, now)
    const { results } = computePeriod({ periodId: p._id, orgId: p.orgId, rubric, members: list, ratings: facts, metrics, now })

    const before = new Map(
      (await findAll(db, 'results', { periodId: p._id }, { field: { memberId: true, total: true, flag: true, rank: true } })).map((r) => [
        r.memberId,
        r
      ])
    )
    const changes = results.filter((r) => {
      const b = before.get(r.memberId)
      return !b || b.total !== r.total || b.flag !== r.flag || b.rank !== r.rank
    })
    await db.collection('results').where({ periodId: p._id }).remove()
    await addMany(db, 'results', results)
    await writeAudit(db, [
      ...changes.map((r) =>
        auditEntry(p._id, caller.memberId, 'compute', `result:${r.memberId}`, before.get(r.memberId) ?? null, brief(r), now)
      )
    ])
    await db
      .collection('periods')
      .doc(p._id)
      .update({ data: { computedAt: now, ratingsDigest: ratingsDigest(ratings) } })
    return { period: toPeriod({ ...p, computedAt: now as unknown as string }), results: results.map(disclosedResult) }
  }
})

export async function loadResults(db: Database, p: PeriodDoc): Promise<ResultDoc[]> {
  const docs = await findAll(db, 'results', { periodId: p._id }, { max: 10_000 })
  return docs.sort((a, b) => a.rank - b.rank || a.memberId.localeCompare(b.memberId))
}

export const results = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (!canReview(caller, p)) throw forbidden('只有支部书记、支委和党委工作人员可以查看全部考核结果')
    const rubric = await loadRubricOf(db, p)
    const list = await loadResults(db, p)
    return { period: toPeriod(p), results: list.map(disclosedResult), averages: averagesOf(rubric, list) }
  }
})

/**
 * The talks a publish leaves (pure): open talks follow the flags computed now. A member now red loses an
 * open talk; one still yellow/blue/grey has its flag and total brought up to date; a new one gets a talk.
 * Talks already recorded or acknowledged are kept as they happened (their record is about the old flag).
 */
export function planTalks<R extends Pick<MemberResult, 'memberId' | 'flag' | 'total'>>(results: R[], existing: TalkDoc[]) {
  const byMember = new Map(existing.map((t) => [t.memberId, t]))
  const create: R[] = []
  const update: Array<{ talk: TalkDoc; flag: MemberResult['flag']; total: number }> = []
  const cancel: TalkDoc[] = []
  for (const r of results) {
    const t = byMember.get(r.memberId)
    const needs = TALK_FLAGS.includes(r.flag)
    if (!t) {
      if (needs) create.push(r)
    } else if (t.status === 'assigned') {
      if (!needs) cancel.push(t)
      else if (t.flag !== r.flag || t.total !== r.total) update.push({ talk: t, flag: r.flag, total: r.total })
    }
  }
  return { create, update, cancel }
}

export const publish = action({
  schema: v.object({ periodId: periodId(), talkDueDays: v.optional(v.int({ min: 1, max: 60, label: '谈话期限（天）' })) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    requireManage(caller, p)
    if (p.status === 'published') throw periodState(p, '该考核期的结果已经发布')
    if (p.status !== 'closed') throw periodState(p, '请先结束评分并计算结果')
    if (!p.computedAt) throw periodState(p, '请先计算结果（评分有变化时需重新计算）')
    const list = await loadResults(db, p)
    if (list.length !== p.memberIds.length) throw periodState(p, '请先计算结果')
    const seen = await findAll(db, 'ratings', { periodId: p._id }, { field: { _id: true, updatedAt: true }, max: 200_000 })
    if (ratingsDigest(seen) !== p.ratingsDigest) throw periodState(p, '评分在计算后有变化，请重新计算')
    const publicityEndsAt = addDays(now, p.publicityDays)
    const next = await moveStatus(
      db,
      p,
      ['closed'],
      {
        status: 'published',
        publishedAt: now as unknown as string,
        publicityEndsAt: publicityEndsAt as unknown as string,
        openKey: `${p.orgId}:${p._id}`
      },
      '该考核期的结果已经发布'
    )

    const plan = planTalks(list, await findAll(db, 'talks', { periodId: p._id }))
    const dueAt = addDays(now, input.talkDueDays ?? 14)
    const talks: TalkDoc[] = plan.create.map((r) => ({
      _id: `${p._id}:${r.memberId}`,
      periodId: p._id,
      periodName: p.name,
      orgId: p.orgId,
      memberId: r.memberId,
      name: r.name,
      flag: r.flag,
      total: r.total,
      talkerId: caller.memberId,
      talkerName: caller.member.name,
      dueAt,
      status: 'assigned',
      record: null,
      recordedAt: null,
      acknowledgedAt: null,
      createdAt: now,
      remindedOn: null
    }))
    if (talks.length) await addMany(db, 'talks', talks)
    // Only talks still open are touched (conditional on the status): one recorded meanwhile stays as recorded.
    const _ = db.command
    const updated: typeof plan.update = []
    for (const u of plan.update) {
      const res = (await db
        .collection('talks')
        .where({ _id: u.talk._id, status: 'assigned' })
        .update({ data: { flag: u.flag, total: u.total } })) as { stats: { updated: number } }
      if (res.stats.updated === 1) updated.push(u)
    }
    const cancelled = plan.cancel.length
      ? await findAll(db, 'talks', { _id: _.in(plan.cancel.map((t) => t._id)), status: 'assigned' }, { field: { _id: true } })
      : []
    if (cancelled.length)
      await db
        .collection('talks')
        .where({ _id: _.in(cancelled.map((t) => t._id)), status: 'assigned' })
        .remove()
    const cancelledIds = new Set(cancelled.map((t) => t._id))
    await writeAudit(db, [
      auditEntry(
        p._id,
        caller.memberId,
        'publish',
        'period',
        { status: 'closed' },
        { status: 'published', publicityEndsAt: publicityEndsAt.toISOString() },
        now
      ),
      ...talks.map((t) =>
        auditEntry(
          p._id,
          caller.memberId,
          'createTalk',
          `talk:${t._id}`,
          null,
          { status: 'assigned', flag: t.flag, total: t.total, talkerId: t.talkerId, dueAt: dueAt.toISOString() },
          now
        )
      ),
      ...updated.map((u) =>
        auditEntry(
          p._id,
          caller.memberId,
          'updateTalk',
          `talk:${u.talk._id}`,
          { flag: u.talk.flag, total: u.talk.total },
          { flag: u.flag, total: u.total },
          now
        )
      ),
      ...plan.cancel
        .filter((t) => cancelledIds.has(t._id))
        .map((t) =>
          auditEntry(p._id, caller.memberId, 'cancelTalk', `talk:${t._id}`, { status: t.status, flag: t.flag, total: t.total }, null, now)
        )
    ])
    return { period: toPeriod(next), talks: talks.length }
  }
})
