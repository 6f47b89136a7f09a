// Periods: the secretary opens one (freezing the committee's current rubric version and the members
// whose assessing org it is), closes it; committee staff reopen a closed or published one.
// Status moves are conditional updates (where status = expected), so two racing calls cannot both win.
import crypto from 'node:crypto'
import type { PeriodStatus, RatingProgress } from '@shared/assessment/api'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import type { MemberDoc, PeriodDoc, RatingDoc, RubricDoc } from '@server/model'
import { action } from '@server/router'
import { daysBetweenYmd } from '@shared/core/time'
import { v } from '@server/validate'
import { canManage, committeeOf, isStaffOf, loadPeriod, requireManage, toPeriod } from './access'
import { auditEntry, writeAudit } from './audit'
import { latestRubric, saveVersion, defaultRubric } from './rubrics'
import { id, instant, periodId } from './schemas'
import { peersOf } from './targets'
import { visiblePeriods } from './visible'

const ASSESSED_STATUSES = ['full', 'probationary']
const ORG_KINDS = ['branch', 'jointBranch', 'generalBranch']
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'
const newPeriodId = () => `p${Array.from({ length: 9 }, () => ID_ALPHABET[crypto.randomInt(ID_ALPHABET.length)]).join('')}`

export const periodState = (p: PeriodDoc, message: string) => new AppError('PERIOD_STATE', message, { status: p.status })

/** Moves a period from `from` to a new state; PERIOD_STATE when it was not in `from` any more. */
export async function moveStatus(
  db: Database,
  p: PeriodDoc,
  from: PeriodStatus[],
  set: Partial<PeriodDoc>,
  message: string
): Promise<PeriodDoc> {
  const _ = db.command
  const res = (await db
    .collection('periods')
    .where({ _id: p._id, status: _.in(from) })
    .update({ data: set })) as { stats: { updated: number } }
  if (res.stats.updated !== 1) throw periodState(p, message)
  return { ...p, ...set }
}

/** The rubric a new period freezes: the committee's newest version; the default saved as v1 if none. */
async function rubricToFreeze(db: Database, committeeId: string, by: string, now: Date): Promise<RubricDoc> {
  const latest = await latestRubric(db, committeeId)
  if (latest) return latest
  try {
    const { _id, orgId, version, createdAt: _c, createdBy: _b, ...input } = defaultRubric(committeeId)
    await saveVersion(db, committeeId, input, by, now)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
  const saved = await latestRubric(db, committeeId)
  if (!saved) throw new Error(`no rubric for ${committeeId} after saving the default`)
  return saved
}

export const openPeriod = action({
  schema: v.object({
    orgId: id('组织编号'),
    name: v.string({ min: 1, max: 30, label: '考核期名称' }),
    from: v.date({ label: '考核开始日期' }),
    to: v.date({ label: '考核结束日期' }),
    ratingDeadline: instant({ label: '评分截止时间' }),
    peerScope: v.optional(v.enum(['branch', 'group'] as const, { label: '互评范围' })),
    publicityDays: v.optional(v.int({ min: 1, max: 30, label: '公示天数' }))
  }),
  async handler(input, { db, openid, now }) {
    const span = daysBetweenYmd(input.from, input.to)
    if (span < 0) throw invalidInput('考核结束日期不能早于开始日期', [{ path: 'to', message: '考核结束日期不能早于开始日期' }])
    if (span > 366) throw invalidInput('考核期不能超过一年', [{ path: 'to', message: '考核期不能超过一年' }])
    if (input.ratingDeadline.getTime() <= now.getTime())
      throw invalidInput('评分截止时间必须晚于现在', [{ path: 'ratingDeadline', message: '评分截止时间必须晚于现在' }])
    if (input.ratingDeadline.getTime() > now.getTime() + 180 * 86_400_000)
      throw invalidInput('评分截止时间不能晚于 180 天以后', [{ path: 'ratingDeadline', message: '评分截止时间不能晚于 180 天以后' }])

    const caller = await requireCaller(db, openid)
    const org = await getOrNull(db, 'orgs', input.orgId)
    if (!org) throw notFound('该组织不存在')
    if (!canManage(caller, { orgId: org._id })) throw forbidden('只有该支部书记可以开启考核期')
    if (!ORG_KINDS.includes(org.kind))
      throw invalidInput('只有党支部（党总支、联合党支部）可以开启考核期', [{ path: 'orgId', message: '该组织不是党支部' }])
    const committeeId = await committeeOf(db, org)
    if (!committeeId) throw invalidInput('该组织不在党委之下，不能在本系统开展量化考核', [{ path: 'orgId', message: '该组织不在党委之下' }])
    const open = await findAll(db, 'periods', { openKey: org._id })
    if (open.length) throw new AppError('PERIOD_EXISTS', `${org.name}已有未发布的考核期“${open[0].name}”`, { periodId: open[0]._id })

    const members = (await findAll(db, 'members', { assessingOrgId: org._id })).filter((m) => ASSESSED_STATUSES.includes(m.partyStatus))
    if (!members.length) throw invalidInput('该支部没有需要考核的党员', [{ path: 'orgId', message: '该支部没有党员' }])
    const rubric = await rubricToFreeze(db, committeeId, caller.memberId, now)

    const doc: PeriodDoc = {
      _id: newPeriodId(),
      orgId: org._id,
      orgName: org.name,
      name: input.name,
      from: input.from,
      to: input.to,
      ratingDeadline: input.ratingDeadline as unknown as string,
      status: 'rating',
      rubricId: rubric._id,
      peerScope: input.peerScope ?? 'branch',
      publicityDays: input.publicityDays ?? 5,
      memberIds: members.map((m) => m._id).sort(),
      openedAt: now as unknown as string,
      openedBy: caller.memberId,
      closedAt: null,
      computedAt: null,
      publishedAt: null,
      publicityEndsAt: null,
      reopenedAt: null,
      committeeId,
      openKey: org._id
    }
    try {
      await db.collection('periods').add({ data: doc })
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new AppError('PERIOD_EXISTS', `${org.name}已有未发布的考核期`)
      throw e
    }
    await writeAudit(db, [
      auditEntry(doc._id, caller.memberId, 'openPeriod', 'period', null, { status: 'rating', name: doc.name, rubricId: doc.rubricId }, now)
    ])
    return { period: toPeriod(doc) }
  }
})

export const listPeriods = action({
  schema: v.object({ orgId: v.optional(id('组织编号')) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    return { periods: (await visiblePeriods(db, caller, input.orgId)).map(toPeriod) }
  }
})

export function progressOf(
  p: PeriodDoc,
  members: Map<string, MemberDoc>,
  ratings: Array<Pick<RatingDoc, 'memberId' | 'source'>>
): RatingProgress[] {
  const count = (memberId: string, source: string) => ratings.filter((r) => r.memberId === memberId && r.source === source).length
  return p.memberIds.map((id) => {
    const m = members.get(id)
    const peers = peersOf(p, members, id)
    return {
      memberId: id,
      name: m?.name ?? id,
      self: count(id, 'self') > 0,
      peer: count(id, 'peer'),
      peerExpected: peers.length,
      masses: count(id, 'masses'),
      org: count(id, 'org')
    }
  })
}

export async function loadRubricOf(db: Database, p: PeriodDoc): Promise<RubricDoc> {
  const r = await getOrNull(db, 'rubrics', p.rubricId)
  if (!r) throw new Error(`period ${p._id}: rubric ${p.rubricId} missing`)
  return r
}

export const closePeriod = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    requireManage(caller, p)
    const next = await moveStatus(
      db,
      p,
      ['rating'],
      { status: 'closed', closedAt: now as unknown as string },
      '只有评分中的考核期可以结束评分'
    )
    await writeAudit(db, [auditEntry(p._id, caller.memberId, 'closePeriod', 'period', { status: p.status }, { status: 'closed' }, now)])
    return { period: toPeriod(next) }
  }
})

export const reopenPeriod = action({
  schema: v.object({ periodId: periodId(), reason: v.string({ min: 1, max: 200, label: '重新开启的理由' }) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (!isStaffOf(caller, p.committeeId)) throw forbidden('仅党委（党群工作部）工作人员可以重新开启考核期')
    if (p.status === 'rating') throw periodState(p, '该考核期仍在评分中，无需重新开启')
    const set: Partial<PeriodDoc> = {
      status: 'closed',
      reopenedAt: now as unknown as string,
      publishedAt: null,
      publicityEndsAt: null,
      openKey: p.orgId
    }
    let next: PeriodDoc
    try {
      next = await moveStatus(db, p, ['closed', 'published'], set, '该考核期的状态已变化，请刷新')
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new AppError('PERIOD_EXISTS', `${p.orgName}已有另一个未发布的考核期，不能重新开启`)
      throw e
    }
    await writeAudit(db, [
      auditEntry(p._id, caller.memberId, 'reopenPeriod', 'period', { status: p.status }, { status: 'closed', reason: input.reason }, now)
    ])
    return { period: toPeriod(next) }
  }
})
