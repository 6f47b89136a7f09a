// Study to-dos, read with `whoami` so the home screen needs one call: the member's own (tasks of this
// year not yet filed or returned, the quarter's analysis once open) and, for reviewers, how many reports
// and analyses wait for them (the branch committee: filed reports, analyses the group commented or that
// come from members without a group — the secretary and deputy decide; a group leader: their group's
// filed reports and analyses to comment on, without an org: their pages find the group's branch). The stored tasks, reports and analyses are the study
// function's (lib/model.ts); the rules are shared/study's.
import type { StudyTodo } from '@shared/study/api'
import { creditBasis } from '@shared/study/hours'
import { memberStudyTodo } from '@shared/study/todo'
import { analysisWindow, currentAnalysisQuarter, shownInYear } from '@shared/study/windows'
import { cstDate } from '@shared/core/time'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import type { MemberDoc } from '@server/model'
import { checkinsAt } from '@server/studyCredits'

const total = (res: unknown) => (res as { total: number }).total

export async function studyTodoOf(db: Database, member: MemberDoc, now: Date): Promise<StudyTodo[]> {
  const year = Number(cstDate(now).slice(0, 4))
  const _ = db.command
  const tasks = (
    await findAll(
      db,
      'studyTasks',
      { memberIds: member._id, year: _.in([year - 1, year]) },
      { field: { title: true, deadline: true, material: true, year: true } }
    )
  ).filter((t) => shownInYear(t, year))
  const reports = new Map(
    (await findAll(db, 'studyReports', { memberId: member._id, year }, { field: { taskId: true, status: true } })).map((r) => [
      r.taskId,
      r.status
    ])
  )
  const present = await checkinsAt(
    db,
    tasks.flatMap((t) => (t.material.activityId ? [t.material.activityId] : []))
  )
  const q = currentAnalysisQuarter(now)
  const analysis = await getOrNull(db, 'studyAnalyses', `${member._id}:${q.year}q${q.quarter}`)
  const out = memberStudyTodo(
    tasks.map((t) => {
      const status = reports.get(t._id) ?? null
      return { task: t, status, credited: !!creditBasis(status, present.has(`${t.material.activityId}\n${member._id}`), t) }
    }),
    { window: analysisWindow(q.year, q.quarter), status: member.assessingOrgId ? (analysis?.status ?? null) : 'passed' },
    now
  )

  const roles = member.roles ?? []
  const committees = [...new Set(roles.filter((r) => BRANCH_COMMITTEE_ROLES.includes(r.role)).map((r) => r.orgId))]
  for (const orgId of committees) {
    const n = total(await db.collection('studyReports').where({ orgId, status: 'submitted' }).count())
    if (n) out.push({ kind: 'reviewReports', orgId, count: n })
    if (roles.some((r) => r.orgId === orgId && (r.role === 'secretary' || r.role === 'deputy'))) {
      const waiting = total(
        await db
          .collection('studyAnalyses')
          .where(
            _.or([
              { orgId, status: 'commented' },
              { orgId, status: 'submitted', groupId: null }
            ])
          )
          .count()
      )
      if (waiting) out.push({ kind: 'reviewAnalyses', orgId, count: waiting })
    }
  }
  for (const g of roles.filter((r) => r.role === 'groupLeader')) {
    const reportsWaiting = committees.length
      ? 0
      : total(await db.collection('studyReports').where({ groupId: g.orgId, status: 'submitted' }).count())
    if (reportsWaiting) out.push({ kind: 'reviewReports', count: reportsWaiting })
    const toComment = total(await db.collection('studyAnalyses').where({ groupId: g.orgId, status: 'submitted' }).count())
    if (toComment) out.push({ kind: 'reviewAnalyses', count: toComment })
  }
  return out
}
