// 群众参评: the secretary issues one-time codes (shown once, stored as sha256); a colleague without
// an account opens the form with the code and rates the members once. The code is used up by a
// conditional update (usedAt: null → now), so two submissions with one code cannot both count.
// The ratings name their rater only by HMAC(period, 'masses', code hash, member): one key per rated
// member, so the code's ratings cannot be linked to each other; the audit says only 'masses'.
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { addMany, findByIds, getOrNull, removeByIds } from '@server/db'
import { auditRater, codeHash, newMassesCode, normaliseCode, raterKey, ratingId } from '@shared/assessment/anonymity'
import { validateRating } from '@shared/assessment/rating'
import { itemsRatedBy } from '@shared/assessment/rubric'
import { AppError } from '@server/errors'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { loadPeriod, ms, requireManage } from './access'
import { auditEntry, ratingAudit, writeAudit } from './audit'
import type { MassesCodeDoc, PeriodDoc, RatingDoc } from '@server/model'
import { loadRubricOf, periodState } from './periods'
import { memberId, periodId, scoreMap } from './schemas'

export const MAX_CODES_PER_PERIOD = 500

const codeInvalid = (why: string) => new AppError('CODE_INVALID', why)

/** The code's doc and period, or CODE_INVALID (unknown, forged, used, expired) / PERIOD_STATE. */
async function openCode(db: Database, code: string, now: Date): Promise<{ doc: MassesCodeDoc; period: PeriodDoc }> {
  const normal = normaliseCode(code)
  if (!normal) throw codeInvalid('评议码无效，请核对后重新输入')
  const doc = await getOrNull(db, 'massesCodes', codeHash(normal))
  if (!doc) throw codeInvalid('评议码无效，请核对后重新输入')
  if (doc.usedAt) throw codeInvalid('该评议码已使用过，每个评议码只能评价一次')
  if (now.getTime() > ms(doc.expiresAt)) throw codeInvalid('该评议码已过期')
  const period = await loadPeriod(db, doc.periodId)
  if (period.status !== 'rating') throw periodState(period, '该考核期已结束评分')
  if (now.getTime() > ms(period.ratingDeadline)) throw codeInvalid('该评议码已过期')
  return { doc, period }
}

export const issueMassesCodes = action({
  schema: v.object({ periodId: periodId(), count: v.int({ min: 1, max: 50, label: '评议码数量' }) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    requireManage(caller, p)
    if (p.status !== 'rating' || now.getTime() > ms(p.ratingDeadline)) throw periodState(p, '评分已结束，不能再发放评议码')
    const countIssued = async () => ((await db.collection('massesCodes').where({ periodId: p._id }).count()) as { total: number }).total
    const overCap = (issued: number) =>
      new AppError('INVALID_INPUT', `每个考核期最多发放 ${MAX_CODES_PER_PERIOD} 个评议码，已发放 ${issued} 个`)
    const issued = await countIssued()
    if (issued + input.count > MAX_CODES_PER_PERIOD) throw overCap(issued)
    const codes = Array.from({ length: input.count }, newMassesCode)
    const expiresAt = new Date(ms(p.ratingDeadline))
    const docs: MassesCodeDoc[] = codes.map((c) => ({
      _id: codeHash(c),
      periodId: p._id,
      orgId: p.orgId,
      createdAt: now,
      expiresAt,
      usedAt: null
    }))
    await addMany(db, 'massesCodes', docs)
    // Parallel calls may all pass the first count: count again after adding and take ours back when over
    // the cap (racing calls may then all refuse; none can leave more than the cap stored).
    const after = await countIssued()
    if (after > MAX_CODES_PER_PERIOD) {
      await removeByIds(
        db,
        'massesCodes',
        docs.map((d) => d._id)
      )
      throw overCap(after - docs.length)
    }
    await writeAudit(db, [
      auditEntry(p._id, caller.memberId, 'issueMassesCodes', 'massesCodes', { issued: after - codes.length }, { issued: after }, now)
    ])
    return { codes, expiresAt: expiresAt.toISOString() }
  }
})

export const massesForm = action({
  schema: v.object({ code: v.string({ min: 1, max: 20, label: '评议码' }) }),
  auth: 'none',
  async handler(input, { db, now }) {
    const { period } = await openCode(db, input.code, now)
    const rubric = await loadRubricOf(db, period)
    const members = await findByIds(db, 'members', period.memberIds)
    return {
      period: {
        _id: period._id,
        name: period.name,
        orgName: period.orgName,
        ratingDeadline: new Date(ms(period.ratingDeadline)).toISOString()
      },
      items: itemsRatedBy(rubric, 'masses'),
      members: period.memberIds.map((id) => ({ memberId: id, name: members.get(id)?.name ?? id }))
    }
  }
})

export const massesRate = action({
  schema: v.object({
    code: v.string({ min: 1, max: 20, label: '评议码' }),
    ratings: v.array(v.object({ memberId: memberId('被评党员'), scores: scoreMap('评分', 60, { unknown: true }) }), {
      min: 1,
      max: 300,
      label: '评价'
    })
  }),
  auth: 'none',
  async handler(input, { db, now }) {
    const { doc, period } = await openCode(db, input.code, now)
    const seen = new Set<string>()
    input.ratings.forEach((r, i) => {
      if (!period.memberIds.includes(r.memberId))
        throw new AppError('NOT_A_TARGET', '评价对象不在该考核期内', [{ path: `ratings.${i}.memberId`, message: '评价对象不在该考核期内' }])
      if (seen.has(r.memberId))
        throw new AppError('INVALID_INPUT', '同一党员只能评价一次', [{ path: `ratings.${i}.memberId`, message: '重复的评价对象' }])
      seen.add(r.memberId)
    })
    const rubric = await loadRubricOf(db, period)
    const issues = input.ratings.flatMap((r, i) =>
      validateRating(rubric, 'masses', { scores: r.scores }).map((x) => ({ ...x, path: `ratings.${i}.${x.path}` }))
    )
    if (issues.length) throw new AppError('SCORE_INVALID', `评分不正确：${issues[0].message}`, issues)
    const secret = requireSecret('ASSESSMENT_SECRET')

    const used = (await db
      .collection('massesCodes')
      .where({ _id: doc._id, usedAt: null })
      .update({ data: { usedAt: now } })) as { stats: { updated: number } }
    if (used.stats.updated !== 1) throw codeInvalid('该评议码已使用过，每个评议码只能评价一次')
    const docs: RatingDoc[] = input.ratings.map((r) => ({
      _id: ratingId(period._id, 'masses', raterKey(secret, period._id, 'masses', doc._id, r.memberId), r.memberId),
      periodId: period._id,
      orgId: period.orgId,
      memberId: r.memberId,
      source: 'masses',
      rater: raterKey(secret, period._id, 'masses', doc._id, r.memberId),
      scores: r.scores,
      createdAt: now,
      updatedAt: now
    }))
    try {
      await addMany(db, 'ratings', docs)
    } catch (e) {
      // The code stays usable when its ratings could not be stored (the add is all-or-nothing).
      await db
        .collection('massesCodes')
        .doc(doc._id)
        .update({ data: { usedAt: null } })
      await removeByIds(
        db,
        'ratings',
        docs.map((d) => d._id)
      ).catch(() => undefined)
      throw e
    }
    await writeAudit(
      db,
      docs.map((d) => ratingAudit(period._id, 'masses', auditRater('masses', doc._id), true, d._id, null, null, now))
    )
    return { saved: docs.length }
  }
})
