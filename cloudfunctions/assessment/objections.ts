// 异议: during the publicity window a member files one objection per period (re-filing replaces a
// pending one); the secretary answers it. `_id` = `<periodId>:<memberId>`.
import type { Objection } from '@shared/assessment/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { AppError, conflict, forbidden, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { canManage, canReview, isAssessed, loadPeriod, ms } from './access'
import { auditEntry, writeAudit } from './audit'
import { toObjection } from './board'
import type { ObjectionDoc } from '@server/model'
import { periodState } from './periods'
import { periodId } from './schemas'

export const fileObjection = action({
  schema: v.object({ periodId: periodId(), reason: v.string({ min: 1, max: 1000, label: '异议理由' }) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (!isAssessed(caller, p)) throw forbidden('只有被考核的党员可以提出异议')
    if (p.status !== 'published') throw periodState(p, '考核结果尚未发布')
    if (!p.publicityEndsAt || now.getTime() > ms(p.publicityEndsAt)) throw new AppError('WINDOW_CLOSED', '公示期已结束，不能再提出异议')
    const id = `${p._id}:${caller.memberId}`
    const before = await getOrNull(db, 'objections', id)
    if (before?.status === 'answered') throw conflict('你的异议已得到答复；如仍有意见，请直接与支部书记联系')
    const doc: ObjectionDoc = {
      _id: id,
      periodId: p._id,
      memberId: caller.memberId,
      name: caller.member.name,
      reason: input.reason,
      filedAt: now as unknown as string,
      status: 'pending',
      answer: null,
      answeredAt: null,
      answeredBy: null
    }
    const { _id, ...data } = doc
    void _id
    await db.collection('objections').doc(id).set({ data })
    await writeAudit(db, [
      auditEntry(
        p._id,
        caller.memberId,
        before ? 'refileObjection' : 'fileObjection',
        `objection:${id}`,
        before ? { reason: before.reason } : null,
        { reason: input.reason, status: 'pending' },
        now
      )
    ])
    return { objection: toObjection(doc) }
  }
})

export const answerObjection = action({
  schema: v.object({
    objectionId: v.string({ min: 1, max: 110, label: '异议编号', pattern: /^[0-9A-Za-z_:.-]+$/ }),
    answer: v.string({ min: 1, max: 1000, label: '答复' })
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const o = await getOrNull(db, 'objections', input.objectionId)
    if (!o) throw notFound('该异议不存在')
    const p = await loadPeriod(db, o.periodId)
    if (!canManage(caller, p)) throw forbidden('只有支部书记可以答复异议')
    const set = { status: 'answered' as const, answer: input.answer, answeredAt: now as unknown as string, answeredBy: caller.memberId }
    const res = (await db.collection('objections').where({ _id: o._id, status: 'pending' }).update({ data: set })) as {
      stats: { updated: number }
    }
    if (res.stats.updated !== 1) throw conflict('该异议已经答复过')
    await writeAudit(db, [
      auditEntry(
        p._id,
        caller.memberId,
        'answerObjection',
        `objection:${o._id}`,
        { status: 'pending' },
        { status: 'answered', answer: input.answer },
        now
      )
    ])
    return { objection: toObjection({ ...o, ...set }) }
  }
})

/** Every objection of a period, oldest first (the secretary's list and the desk). */
export async function periodObjections(db: Database, periodId: string): Promise<Objection[]> {
  const docs = await findAll(db, 'objections', { periodId })
  return docs.sort((a, b) => ms(a.filedAt) - ms(b.filedAt)).map(toObjection)
}

export const listObjections = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (canReview(caller, p)) {
      return { objections: await periodObjections(db, p._id) }
    }
    if (!isAssessed(caller, p)) throw forbidden('你不在该考核期内')
    const mine = await getOrNull(db, 'objections', `${p._id}:${caller.memberId}`)
    return { objections: mine ? [toObjection(mine)] : [] }
  }
})
