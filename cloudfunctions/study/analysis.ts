// The quarterly Party-spirit analysis 党性分析报告: the member drafts and files it (org-life participation
// pre-filled from check-ins), their party group's leader comments, the secretary (or deputy) decides:
// 合格, 返单 (reason; the member fixes and refiles), 集中重学 (the member joins the quarter's relearn task,
// created on the first such verdict) or 个别谈话 (a talk among the assessment's talks, `study:<analysisId>`,
// the secretary as talker). Private to the member, their group leader, the branch committee and staff.
import type { Analysis, AnalysisText, AnalysisWindow, StudyApi, StudyTask } from '@shared/study/api'
import {
  analysisIssues,
  analysisTransition,
  RELEARN_DUE_DAYS,
  RELEARN_HOURS,
  TALK_DUE_DAYS,
  verdictNeedsReason
} from '@shared/study/analysis'
import { orgLifeText } from '@shared/study/plan'
import { analysisWindow, currentAnalysisQuarter, isAnalysisLate, isAnalysisOpen, quarterName, quarterRange } from '@shared/study/windows'
import { attendanceMetrics } from '@shared/assessment/derived'
import { addDays, addDaysYmd, cstDate, cstRange } from '@shared/core/time'
import { requireCaller, type Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import type { TalkDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { callerOrg, canReadPrivate, committeeOf, isCommitteeOf, isLeaderOf, isSecretaryOf, isStaffOf, ledGroupsIn, loadOrg } from './access'
import { analysisIdOf, relearnTaskIdOf, requireRev, stateError } from './common'
import { inTransaction } from '@server/db'
import { analysisId, analysisText, orgId, quarter, reason, rev, verdict, year } from './schemas'
import { afterWrite, remindAnalysisReturned, remindPushed } from './reminders'

/** The member's analysis of the quarter they work on now, and its window. */
export async function analysisOf(
  db: Database,
  memberId: string,
  now: Date
): Promise<{ analysis: Analysis | null; window: AnalysisWindow }> {
  const { year: y, quarter: q } = currentAnalysisQuarter(now)
  return { analysis: await getOrNull(db, 'studyAnalyses', analysisIdOf(memberId, y, q)), window: analysisWindow(y, q) }
}

/** Org-life check-ins of the quarter: activities that expected the member (三会一课 and 主题党日) and have ended. */
async function orgLifeOf(db: Database, memberId: string, year: number, quarter: number, now: Date) {
  const _ = db.command
  const r = quarterRange(year, quarter)
  const { start, end } = cstRange(r.from, r.to)
  const activities = await findAll(
    db,
    'activities',
    { expectedMemberIds: memberId, startAt: _.gte(start).and(_.lt(end)) },
    { field: { type: true, startAt: true, endAt: true, expectedMemberIds: true } }
  )
  const checkins = activities.length
    ? await findAll(
        db,
        'checkins',
        { memberId, activityId: _.in(activities.map((a) => a._id)) },
        { field: { activityId: true, memberId: true } }
      )
    : []
  const facts = activities.map((a) => ({
    _id: a._id,
    type: a.type,
    startAt: new Date(a.startAt),
    endAt: new Date(a.endAt),
    expectedMemberIds: a.expectedMemberIds ?? []
  }))
  const m = attendanceMetrics([memberId], facts, checkins, start, end, now).get(memberId)?.meetingAttendance
  const count = { present: m?.done ?? 0, expected: m?.due ?? 0 }
  return { orgLife: orgLifeText(count.present, count.expected), orgLifeCount: count }
}

export const myAnalysis = action({
  schema: v.object({ year: v.optional(year()), quarter: v.optional(quarter()) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['myAnalysis']['res']> {
    const caller = await requireCaller(db, openid)
    const cur = currentAnalysisQuarter(now)
    const y = input.year ?? cur.year
    const q = input.quarter ?? cur.quarter
    const analysis = await getOrNull(db, 'studyAnalyses', analysisIdOf(caller.memberId, y, q))
    const prefill = analysis
      ? { orgLife: analysis.orgLife, orgLifeCount: analysis.orgLifeCount }
      : await orgLifeOf(db, caller.memberId, y, q, now)
    return { analysis, window: analysisWindow(y, q), prefill }
  }
})

export const saveAnalysis = action({
  schema: v.object({ year: year(), quarter: quarter(), text: analysisText(), rev: rev(), submit: v.boolean({ label: '提交' }) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['saveAnalysis']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await callerOrg(db, caller)
    const window = analysisWindow(input.year, input.quarter)
    if (!isAnalysisOpen(window, now)) {
      throw new AppError('ANALYSIS_WINDOW', `${quarterName(input.year, input.quarter)}党性分析 ${window.from} 起才能填写`)
    }
    if (input.submit) {
      const issues = analysisIssues(input.text as AnalysisText)
      if (issues.length) throw new AppError('TOO_SHORT', issues[0].message, issues)
    }
    const id = analysisIdOf(caller.memberId, input.year, input.quarter)
    const fresh = (await getOrNull(db, 'studyAnalyses', id)) ? null : await orgLifeOf(db, caller.memberId, input.year, input.quarter, now)
    const at = now.toISOString()
    const analysis = await inTransaction(db, async (t) => {
      const cur = await getOrNull(t, 'studyAnalyses', id)
      requireRev(cur, input.rev, '党性分析')
      const move = analysisTransition(cur?.status ?? 'none', input.submit ? 'submit' : 'save', !!caller.member.groupId)
      if (!move.ok) throw stateError('ANALYSIS_STATE', move.message)
      const next: Analysis = {
        _id: id,
        memberId: caller.memberId,
        name: caller.member.name,
        orgId: cur?.orgId ?? org._id,
        groupId: caller.member.groupId ?? null,
        year: input.year,
        quarter: input.quarter,
        orgLifeCount: cur?.orgLifeCount ?? fresh?.orgLifeCount ?? { present: 0, expected: 0 },
        groupComment: input.submit ? null : (cur?.groupComment ?? null),
        verdict: input.submit ? null : (cur?.verdict ?? null),
        ...input.text,
        status: move.next,
        late: input.submit ? isAnalysisLate(window, now) : (cur?.late ?? false),
        submittedAt: input.submit ? at : (cur?.submittedAt ?? null),
        rev: (cur?.rev ?? 0) + 1,
        updatedAt: at
      }
      const { _id, ...data } = next
      await t.collection('studyAnalyses').doc(_id).set({ data })
      return next
    })
    return { analysis }
  }
})

export const analysisQueue = action({
  schema: v.object({ orgId: orgId(), year: year(), quarter: quarter() }),
  async handler(input, { db, openid }): Promise<StudyApi['analysisQueue']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    const committeeId = await committeeOf(db, org)
    const whole = isCommitteeOf(caller, org._id) || isStaffOf(caller, committeeId)
    const groups = whole ? [] : await ledGroupsIn(db, caller, org._id)
    if (!whole && !groups.length) throw forbidden('只有本支部的支委、党小组长和党委工作人员可以查看党性分析')
    const all = await findAll(db, 'studyAnalyses', { orgId: org._id, year: input.year, quarter: input.quarter })
    // Drafts stay the member's own until filed.
    const analyses = all.filter((a) => a.status !== 'draft' && (whole || (a.groupId && groups.includes(a.groupId))))
    const order = { submitted: 0, commented: 1, returned: 2, relearn: 3, talk: 4, passed: 5, draft: 6 }
    analyses.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name, 'zh'))
    return { analyses }
  }
})

async function readable(db: Database, caller: Caller, id: string): Promise<Analysis> {
  const a = await getOrNull(db, 'studyAnalyses', id)
  if (!a) throw notFound('该党性分析不存在')
  const committeeId = await committeeOf(db, await loadOrg(db, a.orgId))
  if (!canReadPrivate(caller, a, committeeId)) throw forbidden('党性分析只有本人、所在党小组组长、支部委员和党委工作人员可以查看')
  if (a.status === 'draft' && caller.memberId !== a.memberId) throw forbidden('草稿只有党员本人可以查看')
  return a
}

export const getAnalysis = action({
  schema: v.object({ analysisId: analysisId() }),
  async handler(input, { db, openid }): Promise<StudyApi['getAnalysis']['res']> {
    return { analysis: await readable(db, await requireCaller(db, openid), input.analysisId) }
  }
})

export const commentAnalysis = action({
  schema: v.object({ analysisId: analysisId(), rev: rev(), text: v.string({ min: 1, max: 500, label: '小组评议意见' }) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['commentAnalysis']['res']> {
    const caller = await requireCaller(db, openid)
    const found = await readable(db, caller, input.analysisId)
    if (caller.memberId === found.memberId) throw forbidden('不能评议自己的党性分析')
    if (!isLeaderOf(caller, found.groupId)) throw forbidden('只有该党员所在党小组的组长可以评议')
    const at = now.toISOString()
    const analysis = await inTransaction(db, async (t) => {
      const cur = (await getOrNull(t, 'studyAnalyses', found._id)) as Analysis
      requireRev(cur, input.rev, '党性分析')
      const move = analysisTransition(cur.status, 'comment', !!cur.groupId)
      if (!move.ok) throw stateError('ANALYSIS_STATE', move.message)
      const next: Analysis = {
        ...cur,
        status: move.next,
        groupComment: { text: input.text, by: caller.memberId, byName: caller.member.name, at },
        rev: cur.rev + 1,
        updatedAt: at
      }
      const { _id, ...data } = next
      await t.collection('studyAnalyses').doc(_id).set({ data })
      return next
    })
    return { analysis }
  }
})

export const decideAnalysis = action({
  schema: v.object({ analysisId: analysisId(), rev: rev(), verdict: verdict(), reason: v.optional(reason('评定意见')) }),
  async handler(input, { db, openid, now }): Promise<StudyApi['decideAnalysis']['res']> {
    const caller = await requireCaller(db, openid)
    const found = await readable(db, caller, input.analysisId)
    if (caller.memberId === found.memberId) throw forbidden('不能评定自己的党性分析')
    if (!isSecretaryOf(caller, found.orgId)) throw forbidden('只有支部书记、副书记可以评定党性分析')
    if (verdictNeedsReason(input.verdict) && !input.reason)
      throw invalidInput('请填写评定意见', [{ path: 'reason', message: '评定意见为必填项' }])
    const at = now.toISOString()
    const period = `${quarterName(found.year, found.quarter)}党性分析`
    const analysis = await inTransaction(db, async (t) => {
      const cur = (await getOrNull(t, 'studyAnalyses', found._id)) as Analysis
      requireRev(cur, input.rev, '党性分析')
      const move = analysisTransition(cur.status, input.verdict, !!cur.groupId)
      if (!move.ok) throw stateError('ANALYSIS_STATE', move.message)
      let taskId: string | null = null
      let talkId: string | null = null
      if (input.verdict === 'relearn') {
        taskId = relearnTaskIdOf(cur.orgId, cur.year, cur.quarter)
        const task = (await getOrNull(t, 'studyTasks', taskId)) as StudyTask | null
        const next: StudyTask = task
          ? { ...task, memberIds: task.memberIds.includes(cur.memberId) ? task.memberIds : [...task.memberIds, cur.memberId] }
          : {
              _id: taskId,
              orgId: cur.orgId,
              year: cur.year,
              origin: 'relearn',
              itemId: null,
              title: `${period}集中重学`,
              hours: RELEARN_HOURS,
              required: true,
              audience: null,
              memberIds: [cur.memberId],
              material: { kind: 'text', text: '请参加支部组织的集中重学，对照党性分析中查找的问题重新学习，学习后提交学习报告单。' },
              deadline: addDaysYmd(cstDate(now), RELEARN_DUE_DAYS),
              pushedBy: caller.memberId,
              pushedAt: at
            }
        const { _id, ...data } = next
        await t.collection('studyTasks').doc(_id).set({ data })
      }
      if (input.verdict === 'talk') {
        talkId = `study:${cur._id}`
        const talk: TalkDoc = {
          _id: talkId,
          periodId: `study:${cur.orgId}:${cur.year}q${cur.quarter}`,
          periodName: period,
          orgId: cur.orgId,
          memberId: cur.memberId,
          name: cur.name,
          flag: null,
          total: null,
          topic: input.reason as string,
          talkerId: caller.memberId,
          talkerName: caller.member.name,
          dueAt: addDays(now, TALK_DUE_DAYS),
          status: 'assigned',
          record: null,
          recordedAt: null,
          acknowledgedAt: null,
          createdAt: now,
          remindedOn: null
        }
        const { _id, ...data } = talk
        await t.collection('talks').doc(_id).set({ data })
      }
      const next: Analysis = {
        ...cur,
        status: move.next,
        verdict: { kind: input.verdict, reason: input.reason ?? '', by: caller.memberId, byName: caller.member.name, at, taskId, talkId },
        rev: cur.rev + 1,
        updatedAt: at
      }
      const { _id, ...data } = next
      await t.collection('studyAnalyses').doc(_id).set({ data })
      return next
    })
    if (analysis.status === 'returned') await afterWrite('decideAnalysis', () => remindAnalysisReturned(db, analysis, now))
    // 集中重学: the member was added to the quarter's relearn task — told as any member of a pushed task is.
    const relearnId = analysis.status === 'relearn' ? analysis.verdict?.taskId : null
    if (relearnId)
      await afterWrite('decideAnalysis', async () => {
        const task = await getOrNull(db, 'studyTasks', relearnId)
        if (task) await remindPushed(db, { ...task, memberIds: [analysis.memberId] }, now)
      })
    return { analysis }
  }
})
