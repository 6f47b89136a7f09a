// Talks 谈话 for yellow, blue and grey flags: created at publish for the secretary; the secretary may
// hand one to a branch committee member; the talker records it (date, problems, shortfalls, plan);
// the member acknowledges it, which closes it. Overdue = not recorded by its due instant (`now`).
// Moves are conditional updates on the status, so a talk cannot be recorded or acknowledged twice.
import type { Talk } from '@shared/assessment/api'
import { requireCaller } from '@server/auth'
import { onCommitteeOf } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { cstDate } from '@shared/core/time'
import { v } from '@server/validate'
import { committeeOf, isOrgRaterOf, isSecretaryOf, isStaffOf, ms } from './access'
import { auditEntry, writeAudit } from './audit'
import type { TalkDoc } from '@server/model'
import { id, memberId, periodId } from './schemas'

const talkId = () => v.string({ min: 1, max: 110, label: '谈话编号', pattern: /^[0-9A-Za-z_:.-]+$/ })

export const isOverdue = (t: Pick<TalkDoc, 'status' | 'dueAt'>, now: Date) => t.status === 'assigned' && now.getTime() > ms(t.dueAt)

export function toTalk(t: TalkDoc, now: Date): Talk {
  const iso = (x: unknown) => (x ? new Date(x as string).toISOString() : null)
  const { createdAt: _c, remindedOn: _r, ...rest } = t
  return {
    ...rest,
    dueAt: new Date(t.dueAt).toISOString(),
    recordedAt: iso(t.recordedAt),
    acknowledgedAt: iso(t.acknowledgedAt),
    overdue: isOverdue(t, now)
  }
}

async function loadTalk(db: Database, talkIdValue: string): Promise<TalkDoc> {
  const t = await getOrNull(db, 'talks', talkIdValue)
  if (!t) throw notFound('该谈话任务不存在')
  return t
}

async function move(db: Database, t: TalkDoc, from: TalkDoc['status'], set: Partial<TalkDoc>, message: string): Promise<TalkDoc> {
  const res = (await db.collection('talks').where({ _id: t._id, status: from }).update({ data: set })) as { stats: { updated: number } }
  if (res.stats.updated !== 1) throw new AppError('TALK_STATE', message, { status: t.status })
  return { ...t, ...set }
}

/** Talks as the desk and the lists show them: overdue first, then by due date. */
export function talksInOrder(docs: TalkDoc[], now: Date): Talk[] {
  const talks = docs.map((t) => toTalk(t, now))
  return talks.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a._id.localeCompare(b._id))
}

export const listTalks = action({
  schema: v.object({ orgId: v.optional(id('组织编号')), periodId: v.optional(periodId()) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    let docs: TalkDoc[]
    if (input.orgId) {
      // Staff only of the committee above this org (not of any committee).
      const org = await getOrNull(db, 'orgs', input.orgId)
      if (!org) throw notFound('该组织不存在')
      const committeeId = await committeeOf(db, org)
      const staff = !!committeeId && isStaffOf(caller, committeeId)
      if (!isOrgRaterOf(caller, input.orgId) && !staff) throw forbidden('只有该支部的书记、支委和本党委工作人员可以查看谈话任务')
      docs = await findAll(db, 'talks', input.periodId ? { orgId: input.orgId, periodId: input.periodId } : { orgId: input.orgId })
    } else {
      // Own talks, and those the caller is the talker of.
      const _ = db.command
      const where = _.or([{ memberId: caller.memberId }, { talkerId: caller.memberId }])
      docs = await findAll(db, 'talks', input.periodId ? _.and([where, { periodId: input.periodId }]) : where)
    }
    return { talks: talksInOrder(docs, now) }
  }
})

export const assignTalk = action({
  schema: v.object({ talkId: talkId(), talkerId: memberId('谈话人') }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const t = await loadTalk(db, input.talkId)
    if (!isSecretaryOf(caller, t.orgId)) throw forbidden('只有支部书记可以指派谈话人')
    const talker = await getOrNull(db, 'members', input.talkerId)
    if (!talker || !onCommitteeOf(talker.roles, t.orgId))
      throw invalidInput('谈话人须是本支部的书记、副书记或支委', [{ path: 'talkerId', message: '谈话人须是本支部委员' }])
    if (input.talkerId === t.memberId) throw invalidInput('不能指派本人与自己谈话', [{ path: 'talkerId', message: '不能是谈话对象本人' }])
    const next = await move(db, t, 'assigned', { talkerId: talker._id, talkerName: talker.name }, '谈话已记录，不能再更换谈话人')
    await writeAudit(db, [
      auditEntry(t.periodId, caller.memberId, 'assignTalk', `talk:${t._id}`, { talkerId: t.talkerId }, { talkerId: talker._id }, now)
    ])
    return { talk: toTalk(next, now) }
  }
})

export const recordTalk = action({
  schema: v.object({
    talkId: talkId(),
    date: v.date({ label: '谈话日期' }),
    problems: v.string({ min: 1, max: 1000, label: '存在问题' }),
    shortfalls: v.string({ min: 1, max: 1000, label: '差距不足' }),
    plan: v.string({ min: 1, max: 1000, label: '整改方向' })
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const t = await loadTalk(db, input.talkId)
    if (caller.memberId !== t.talkerId && !isSecretaryOf(caller, t.orgId)) throw forbidden('只有谈话人或支部书记可以记录谈话')
    if (input.date > cstDate(now)) throw invalidInput('谈话日期不能晚于今天', [{ path: 'date', message: '谈话日期不能晚于今天' }])
    if (input.date < cstDate(new Date(ms(t.createdAt))))
      throw invalidInput('谈话日期不能早于结果发布日', [{ path: 'date', message: '谈话日期不能早于结果发布日' }])
    const record = { date: input.date, problems: input.problems, shortfalls: input.shortfalls, plan: input.plan }
    const next = await move(
      db,
      t,
      'assigned',
      { status: 'recorded', record, recordedAt: now },
      t.status === 'assigned' ? '谈话状态已变化，请刷新' : '该谈话已记录'
    )
    await writeAudit(db, [
      auditEntry(t.periodId, caller.memberId, 'recordTalk', `talk:${t._id}`, { status: 'assigned' }, { status: 'recorded', record }, now)
    ])
    return { talk: toTalk(next, now) }
  }
})

export const ackTalk = action({
  schema: v.object({ talkId: talkId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const t = await loadTalk(db, input.talkId)
    if (caller.memberId !== t.memberId) throw forbidden('只有谈话对象本人可以确认谈话记录')
    const next = await move(
      db,
      t,
      'recorded',
      { status: 'acknowledged', acknowledgedAt: now },
      t.status === 'assigned' ? '谈话尚未记录，不能确认' : '该谈话已确认'
    )
    await writeAudit(db, [
      auditEntry(t.periodId, caller.memberId, 'ackTalk', `talk:${t._id}`, { status: 'recorded' }, { status: 'acknowledged' }, now)
    ])
    return { talk: toTalk(next, now) }
  }
})
