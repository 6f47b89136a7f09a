// X tasks: the org's committee assigns a department target (年度/季度/月度) to one, several or all
// members, or lists a challenge 揭榜挂帅 that members take up, first come, up to its limit (atomic).
import crypto from 'node:crypto'
import type { CommitmentApi, XTask } from '@shared/commitment/api'
import { CHALLENGE_LIMIT_MAX, takeVerdict } from '@shared/commitment/tasks'
import { cardYearOf, yearVerdict } from '@shared/commitment/year'
import { requireCaller } from '@server/auth'
import type { Transaction } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { committeeOf, isCommitteeOf, isStaffOf, loadOrg } from './access'
import { tasksOfOrg } from './common'
import { inTransaction } from '@server/db'
import { orgId, taskId, taskScope, year } from './schemas'

const memberIdSchema = v.string({ min: 1, max: 64, label: '党员编号', pattern: /^[0-9A-Za-z_:.-]+$/ })

export const createTask = action({
  schema: v.object({
    orgId: orgId(),
    year: year(),
    kind: v.enum(['assigned', 'challenge'] as const, { label: '任务方式' }),
    scope: taskScope(),
    title: v.string({ min: 1, max: 60, label: '任务名称' }),
    target: v.string({ min: 1, max: 100, label: '任务目标' }),
    deadline: v.date({ label: '截止日期' }),
    assignees: v.optional(v.unknown()),
    limit: v.optional(v.int({ min: 1, max: CHALLENGE_LIMIT_MAX, label: '揭榜名额' }))
  }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['createTask']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!isCommitteeOf(caller, org._id)) throw forbidden('只有该支部的书记、副书记、支委可以分派任务')
    const y = yearVerdict(input.year, now)
    if (!y.ok) throw new AppError('CARD_YEAR_CLOSED', y.message)
    if (!input.deadline.startsWith(`${input.year}-`)) {
      throw invalidInput(`截止日期应在 ${input.year} 年内`, [{ path: 'deadline', message: `截止日期应在 ${input.year} 年内` }])
    }
    let assignees: XTask['assignees'] = []
    let limit: number | null = null
    if (input.kind === 'assigned') {
      if (input.limit !== undefined) throw invalidInput('分派任务不设揭榜名额', [{ path: 'limit', message: '分派任务不设揭榜名额' }])
      assignees = await checkAssignees(db, org._id, input.assignees)
    } else {
      if (input.assignees !== undefined)
        throw invalidInput('揭榜任务由党员认领，不指定人员', [{ path: 'assignees', message: '揭榜任务不指定人员' }])
      if (input.limit === undefined) throw invalidInput('请填写揭榜名额', [{ path: 'limit', message: '揭榜名额为必填项' }])
      limit = input.limit
    }
    const task: XTask = {
      _id: `t${crypto.randomBytes(8).toString('hex')}`,
      orgId: org._id,
      year: input.year,
      kind: input.kind,
      scope: input.scope,
      title: input.title,
      target: input.target,
      deadline: input.deadline,
      assignees,
      limit,
      takers: [],
      createdBy: caller.memberId,
      createdAt: now.toISOString()
    }
    await db.collection('commitmentTasks').add({ data: task })
    return { task }
  }
})

/** 'all', or 1..200 distinct members assessed by the org. */
async function checkAssignees(db: Parameters<typeof findAll>[0], orgId: string, value: unknown): Promise<XTask['assignees']> {
  if (value === 'all') return 'all'
  const bad = (message: string) => invalidInput(message, [{ path: 'assignees', message }])
  if (!Array.isArray(value) || !value.length || value.length > 200) throw bad('请选择 1–200 名党员，或选择全体党员')
  const ids = value.map((x, i) => {
    const issues: Array<{ path: string; message: string }> = []
    const s = memberIdSchema.check(x, `assignees.${i}`, issues)
    if (issues.length) throw invalidInput(issues[0].message, issues)
    return s
  })
  if (new Set(ids).size !== ids.length) throw bad('同一党员只能选择一次')
  const ours = new Set((await findAll(db, 'members', { assessingOrgId: orgId }, { field: { name: true } })).map((m) => m._id))
  const stranger = ids.find((id) => !ours.has(id))
  if (stranger) throw bad('只能把任务分派给本支部的党员')
  return ids
}

export const listTasks = action({
  schema: v.object({ orgId: orgId(), year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['listTasks']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    const mine = caller.member.assessingOrgId === org._id || isCommitteeOf(caller, org._id) || isStaffOf(caller, await committeeOf(db, org))
    if (!mine) throw forbidden('只能查看本支部的任务')
    return { tasks: await tasksOfOrg(db, org._id, input.year ?? cardYearOf(now)) }
  }
})

export const takeChallenge = action({
  schema: v.object({ taskId: taskId() }),
  async handler(input, { db, openid }): Promise<CommitmentApi['takeChallenge']['res']> {
    const caller = await requireCaller(db, openid)
    const found = await getOrNull(db, 'commitmentTasks', input.taskId)
    if (!found) throw notFound('该任务不存在')
    if (caller.member.assessingOrgId !== found.orgId) throw forbidden('只能认领本支部的揭榜任务')
    const task = await inTransaction(db, async (t: Transaction) => {
      const cur = await getOrNull(t, 'commitmentTasks', input.taskId)
      if (!cur) throw notFound('该任务不存在')
      const verdict = takeVerdict(cur, caller.memberId)
      if (!verdict.ok) throw new AppError(verdict.code, verdict.message)
      const takers = [...cur.takers, caller.memberId]
      await t.collection('commitmentTasks').doc(cur._id).update({ data: { takers } })
      return { ...cur, takers }
    })
    return { task: task as XTask }
  }
})
