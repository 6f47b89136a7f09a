// What study credits, read for two functions: the study function (hours, stats) and the assessment's
// compute (the derived item studyCompletion). Credited = an accepted report, or a check-in at the task's
// collective-study activity (shared/study/hours.ts). Reads by task id in chunks, projected.
import type { StudyTask } from '@shared/study/api'
import { creditKey } from '@shared/study/metric'
import type { Database } from './cloud'
import { findAll, findIn, IN_CHUNK } from './db'

/** The aggregate's row limit: members of one branch. */
const MAX_BRANCH_MEMBERS = 5000

/** The members who checked in at these activities: `${activityId}\n${memberId}`. */
export async function checkinsAt(db: Database, activityIds: string[]): Promise<Set<string>> {
  if (!activityIds.length) return new Set()
  const docs = await findIn(db, 'checkins', 'activityId', activityIds)
  return new Set(docs.map((c) => `${c.activityId}\n${c.memberId}`))
}

/** The members who checked in at these activities, as one aggregate grouped by activity (whole branches' stats). */
async function checkinsGrouped(db: Database, activityIds: string[]): Promise<Set<string>> {
  if (!activityIds.length) return new Set()
  const $ = db.command.aggregate
  const res = (await db
    .collection('checkins')
    .aggregate()
    .match({ activityId: db.command.in(activityIds) })
    .group({ _id: '$activityId', memberIds: $.push('$memberId') })
    .limit(activityIds.length)
    .end()) as { list: Array<{ _id: string; memberIds: string[] }> }
  return new Set(res.list.flatMap((r) => r.memberIds.map((m) => `${r._id}\n${m}`)))
}

/**
 * The credited (task, member) of `tasks` by a check-in at the task's collective-study activity, as creditKey
 * strings. `grouped`: read the check-ins as one aggregate (a branch's or a committee's stats: every member
 * of 5 activities is 1000 check-ins, 10 pages of 1000 for ten branches) rather than paged.
 */
export async function checkinCredits(
  db: Database,
  tasks: ReadonlyArray<Pick<StudyTask, '_id' | 'material' | 'memberIds'>>,
  grouped = false
): Promise<string[]> {
  const withActivity = tasks.filter((t) => t.material.kind === 'activity' && t.material.activityId)
  const ids = [...new Set(withActivity.map((t) => t.material.activityId as string))]
  const present = grouped ? await checkinsGrouped(db, ids) : await checkinsAt(db, ids)
  const out: string[] = []
  for (const t of withActivity)
    for (const m of t.memberIds) if (present.has(`${t.material.activityId}\n${m}`)) out.push(creditKey(t._id, m))
  return out
}

/**
 * Every credited (task, member) of `tasks`: accepted reports and check-ins at a task's collective-study
 * activity (shared/study/hours.ts), as creditKey strings. Reads accepted reports by task id in chunks.
 */
export async function creditedOf(
  db: Database,
  tasks: ReadonlyArray<Pick<StudyTask, '_id' | 'material' | 'memberIds'>>,
  /** A whole branch's year (stats): read its accepted reports by the (orgId, status) index instead of by task ids. */
  branch?: { orgId: string; year: number }
): Promise<Set<string>> {
  const _ = db.command
  const out = new Set<string>()
  const ids = tasks.map((t) => t._id)
  if (branch) {
    // One aggregate: the branch's accepted reports of the year grouped by member (≤ one row per member),
    // instead of paging every report (10,000 for 200 members × 50 tasks) in pages of 1000.
    const known = new Set(ids)
    const $ = db.command.aggregate
    const res = (await db
      .collection('studyReports')
      .aggregate()
      .match({ orgId: branch.orgId, status: 'accepted', year: branch.year })
      .group({ _id: '$memberId', taskIds: $.push('$taskId') })
      .limit(MAX_BRANCH_MEMBERS)
      .end()) as { list: Array<{ _id: string; taskIds: string[] }> }
    for (const row of res.list) for (const t of row.taskIds) if (known.has(t)) out.add(creditKey(t, row._id))
  }
  for (let i = 0; !branch && i < ids.length; i += IN_CHUNK) {
    const accepted = await findAll(
      db,
      'studyReports',
      { taskId: _.in(ids.slice(i, i + IN_CHUNK)), status: 'accepted' },
      { field: { taskId: true, memberId: true }, max: 500_000 }
    )
    for (const r of accepted) out.add(creditKey(r.taskId, r.memberId))
  }
  for (const k of await checkinCredits(db, tasks, !!branch)) out.add(k)
  return out
}
