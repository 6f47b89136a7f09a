// The yearly study plan: read (the branch's members and leaders, committee staff), saved by the branch
// committee (its own items; the committee's pushed items stay as pushed), the committee's push of one of
// its items to every branch under it, and a plan item pushed to members as a task.
import type { CommitteePush, PlanItem, StudyApi, StudyPlan, StudyTask } from '@shared/study/api'
import { audienceIds } from '@shared/study/audience'
import { committeeReach, mergeBranchEdit, planIssues, withPushedItem } from '@shared/study/plan'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findIn, getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import type { OrgDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { cstDate } from '@shared/core/time'
import { branchesUnder, committeeOf, isCommitteeOf, isStaffOf, ledGroupsIn, loadOrg } from './access'
import { planIdOf, requireRev, sortTasks, taskIdOf } from './common'
import { inTransaction } from '@server/db'
import { assertPublishable } from './moderation'
import { afterWrite, remindPushed } from './reminders'
import { checkAttachment, requestImageCheck } from './attachment'
import { itemId, material, orgId, planItems, rev, year } from './schemas'

const yearOf = (now: Date) => Number(cstDate(now).slice(0, 4))

export function emptyPlan(orgId: string, year: number): StudyPlan {
  return { _id: planIdOf(orgId, year), orgId, year, items: [], rev: 0, updatedAt: null, updatedBy: null }
}

async function groupsOf(db: Database, orgId: string): Promise<string[]> {
  return (await findAll(db, 'orgs', { parentId: orgId, kind: 'group' }, { field: { _id: true } })).map((g) => g._id)
}

/** How far back an ended 集中学习 activity is still offered as a task's material (its check-ins credit hours). */
const STUDY_ACTIVITY_DAYS_BACK = 30

/** A committee's plan is edited by its committee and its staff; a branch's by its committee. */
function canEditPlan(caller: Awaited<ReturnType<typeof requireCaller>>, org: OrgDoc): boolean {
  if (isCommitteeOf(caller, org._id)) return true
  return org.kind === 'committee' && isStaffOf(caller, org._id)
}

export const getPlan = action({
  schema: v.object({ orgId: orgId(), year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['getPlan']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    const committeeId = await committeeOf(db, org)
    const member = caller.member.assessingOrgId === org._id
    const leader = (await ledGroupsIn(db, caller, org._id)).length > 0
    if (!member && !leader && !isCommitteeOf(caller, org._id) && !isStaffOf(caller, committeeId)) {
      throw forbidden('只有本支部党员和党委工作人员可以查看学习计划')
    }
    const y = input.year ?? yearOf(now)
    const plan = (await getOrNull(db, 'studyPlans', planIdOf(org._id, y))) ?? emptyPlan(org._id, y)
    const tasks = sortTasks(await findAll(db, 'studyTasks', { orgId: org._id, year: y }))
    // Members see the tasks' titles and deadlines, not who else they were pushed to.
    const shown = isCommitteeOf(caller, org._id) || isStaffOf(caller, committeeId) ? tasks : tasks.map((t) => ({ ...t, memberIds: [] }))
    const groups = (await findAll(db, 'orgs', { parentId: org._id, kind: 'group' }, { field: { name: true } }))
      .sort((a, b) => a._id.localeCompare(b._id))
      .map((g) => ({ id: g._id, name: g.name }))
    // The committee picks a task's collective-study activity from these (members have no use for them).
    const since = now.getTime() - STUDY_ACTIVITY_DAYS_BACK * 86_400_000
    const studyActivities = isCommitteeOf(caller, org._id)
      ? (await findAll(db, 'activities', { orgId: org._id, type: 'study' }, { field: { title: true, startAt: true, endAt: true } }))
          .filter((a) => new Date(a.endAt).getTime() >= since)
          .sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
          .map((a) => ({ _id: a._id, title: a.title, date: cstDate(new Date(a.startAt)) }))
      : []
    // A committee's plan, for the staff and committee who push it: how far each item reached.
    const reach = org.kind === 'committee' && canEditPlan(caller, org) ? { committeePush: await pushReach(db, org._id, plan) } : {}
    return { plan, tasks: shown, canEdit: canEditPlan(caller, org), groups, studyActivities, ...reach }
  }
})

/** The branches under the committee and, per item of its plan, how many of their plans of the year hold it. */
async function pushReach(db: Database, committeeId: string, plan: StudyPlan): Promise<CommitteePush> {
  const branches = await branchesUnder(db, committeeId)
  const plans = plan.items.length
    ? await findIn(
        db,
        'studyPlans',
        '_id',
        branches.map((b) => planIdOf(b._id, plan.year))
      )
    : []
  return committeeReach(committeeId, plan.items, plans, branches.length)
}

export const savePlan = action({
  schema: v.object({ orgId: orgId(), year: year(), items: planItems(), rev: rev() }),
  async handler(input, { db, openid, now }): Promise<StudyApi['savePlan']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!canEditPlan(caller, org)) throw forbidden('只有本支部的书记、副书记、支委可以编辑学习计划')
    const issues = planIssues(input.items as PlanItem[], await groupsOf(db, org._id))
    if (issues.length) throw invalidInput(issues[0].message, issues)
    const stored = await getOrNull(db, 'studyPlans', planIdOf(org._id, input.year))
    requireRev(stored, input.rev, '学习计划')
    const items = mergeBranchEdit(stored?.items ?? [], input.items as PlanItem[])
    const before = new Map((stored?.items ?? []).map((x) => [x.id, x.content]))
    await assertPublishable(
      openid,
      items.filter((x) => !x.fromCommittee && before.get(x.id) !== x.content).map((x) => x.content)
    )
    const at = now.toISOString()
    const plan = await inTransaction(db, async (t) => {
      const cur = await getOrNull(t, 'studyPlans', planIdOf(org._id, input.year))
      requireRev(cur, input.rev, '学习计划')
      const next: StudyPlan = {
        ...(cur ?? emptyPlan(org._id, input.year)),
        items,
        rev: (cur?.rev ?? 0) + 1,
        updatedAt: at,
        updatedBy: caller.memberId
      }
      const { _id, ...data } = next
      await t.collection('studyPlans').doc(_id).set({ data })
      return next
    })
    return { plan }
  }
})

export const pushPlanItem = action({
  schema: v.object({ committeeId: orgId('党委'), year: year(), itemId: itemId() }),
  async handler(input, { db, openid, now }): Promise<StudyApi['pushPlanItem']['res']> {
    const caller = await requireCaller(db, openid)
    const committee = await loadOrg(db, input.committeeId)
    if (committee.kind !== 'committee') throw invalidInput('只能从党委的学习计划下发', [{ path: 'committeeId', message: '不是党委' }])
    if (!isStaffOf(caller, committee._id) && !isCommitteeOf(caller, committee._id))
      throw forbidden('只有党委委员和党委工作人员可以下发学习计划')
    const plan = await getOrNull(db, 'studyPlans', planIdOf(committee._id, input.year))
    const item = plan?.items.find((x) => x.id === input.itemId)
    if (!item) throw notFound('党委学习计划中没有这一条')
    if (item.audience.kind === 'group') throw invalidInput('面向党小组的条目不能下发到各支部', [{ path: 'itemId', message: '党小组条目' }])
    const branches = (await branchesUnder(db, committee._id)).map((b) => b._id)
    const at = now.toISOString()
    for (const b of branches) {
      await inTransaction(db, async (t) => {
        const cur = (await getOrNull(t, 'studyPlans', planIdOf(b, input.year))) ?? emptyPlan(b, input.year)
        const { _id, ...data } = {
          ...cur,
          items: withPushedItem(cur.items, item, committee._id),
          rev: cur.rev + 1,
          updatedAt: at,
          updatedBy: caller.memberId
        }
        await t.collection('studyPlans').doc(_id).set({ data })
      })
    }
    return { branches: branches.length }
  }
})

export const pushTask = action({
  schema: v.object({ orgId: orgId(), year: year(), itemId: itemId(), material: material(), deadline: v.date({ label: '截止日期' }) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['pushTask']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!isCommitteeOf(caller, org._id)) throw forbidden('只有本支部的书记、副书记、支委可以布置学习任务')
    const plan = await getOrNull(db, 'studyPlans', planIdOf(org._id, input.year))
    const item = plan?.items.find((x) => x.id === input.itemId)
    if (!item) throw notFound('学习计划中没有这一条，请先在计划中添加')
    if (input.deadline < cstDate(now)) throw invalidInput('截止日期不能早于今天', [{ path: 'deadline', message: '截止日期不能早于今天' }])
    if (Number(input.deadline.slice(0, 4)) > input.year + 1)
      throw invalidInput('截止日期太远', [{ path: 'deadline', message: '截止日期最晚到次年' }])
    const m = input.material
    if (m.kind === 'link' && !m.url) throw invalidInput('请填写学习链接', [{ path: 'material.url', message: '学习链接为必填项' }])
    if (m.kind === 'text' && !m.text) throw invalidInput('请填写学习材料', [{ path: 'material.text', message: '学习材料为必填项' }])
    if (m.kind !== 'link' && m.url) throw invalidInput('只有链接材料填写链接', [{ path: 'material.url', message: '不填写链接' }])
    if (m.kind !== 'activity' && m.activityId)
      throw invalidInput('只有集中学习填写活动', [{ path: 'material.activityId', message: '不填写活动' }])
    if (m.kind === 'activity') {
      if (!m.activityId) throw invalidInput('请选择集中学习签到活动', [{ path: 'material.activityId', message: '集中学习活动为必填项' }])
      const a = await getOrNull(db, 'activities', m.activityId)
      if (!a || a.orgId !== org._id) throw notFound('本支部没有这个签到活动')
      if (a.type !== 'study')
        throw invalidInput('请选择“集中学习”类型的签到活动', [{ path: 'material.activityId', message: '不是集中学习活动' }])
    }
    const id = taskIdOf(org._id, input.year, item.id)
    if (await getOrNull(db, 'studyTasks', id)) throw new AppError('CONFLICT', '这一条学习计划已经布置过了')
    const members = await findAll(db, 'members', { assessingOrgId: org._id }, { field: { groupId: true, employment: true } })
    const memberIds = audienceIds(
      item.audience,
      members.sort((a, b) => a._id.localeCompare(b._id))
    )
    if (!memberIds.length) throw invalidInput('这一条学习计划的对象中还没有党员', [{ path: 'itemId', message: '没有学习对象' }])
    const file = m.attachment ? await checkAttachment(caller.memberId, m.attachment) : null
    await assertPublishable(openid, [m.text, file?.name ?? ''])
    const attachment = file && { ...file, traceId: file.kind === 'image' ? await requestImageCheck(openid, file.fileID) : null }
    const task: StudyTask = {
      _id: id,
      orgId: org._id,
      year: input.year,
      origin: 'plan',
      itemId: item.id,
      title: item.content,
      hours: item.hours,
      required: item.required,
      audience: item.audience,
      memberIds,
      material: {
        kind: m.kind,
        text: m.text,
        ...(m.url ? { url: m.url } : {}),
        ...(m.activityId ? { activityId: m.activityId } : {}),
        ...(attachment ? { attachment } : {})
      },
      deadline: input.deadline,
      pushedBy: caller.memberId,
      pushedAt: now.toISOString()
    }
    const { _id, ...data } = task
    // create(): a second push of the same item at the same moment fails on the _id instead of overwriting.
    try {
      await db.collection('studyTasks').add({ data: { _id, ...data } })
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new AppError('CONFLICT', '这一条学习计划已经布置过了')
      throw e
    }
    await afterWrite('pushTask', () => remindPushed(db, task, now))
    return { task }
  }
})
