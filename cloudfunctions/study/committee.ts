// The committee's study stats across its branches in one call (committee staff): per branch the members,
// hours credited, required tasks due and done, completion (the same rule as branchStats), the reports
// waiting for review and the quarter's Party-spirit analyses by status; and the same as one xlsx sheet.
// Reads, whatever the number of branches: the org tree; the members grouped by branch (one aggregate);
// the year's tasks of every branch (projected); the accepted and the waiting reports (one aggregate grouped
// by branch, member, status and year); the check-ins at collective-study activities (one aggregate); the
// quarter's analyses (one aggregate).
import writeXlsxFile from 'write-excel-file/node'
import type { AnalysisStatus, CommitteeStats, StudyApi } from '@shared/study/api'
import { creditKey } from '@shared/study/metric'
import { ANALYSIS_COUNT_KEYS, ANALYSIS_COUNT_LABEL, committeeStats, percent, statsAsOf, statsQuarter } from '@shared/study/stats'
import { cstDate } from '@shared/core/time'
import { requireCaller } from '@server/auth'
import { AppError } from '@server/errors'
import type { Database } from '@server/cloud'
import { findAll } from '@server/db'
import { checkinCredits } from '@server/studyCredits'
import { action } from '@server/router'
import { v } from '@server/validate'
import { branchesUnder, requireCommitteeStaff } from './access'
import { orgId, quarter, year } from './schemas'
import { XLSX_MIME } from './stats'

const schema = v.object({ committeeId: orgId('党委'), year: v.optional(year()), quarter: v.optional(quarter()) })

/** Rows an aggregate may answer (the reports: a committee's members × 2 statuses × the years they span). */
const MAX_ROWS = 50_000

type Rows = Array<Record<string, unknown>>

/**
 * An aggregate's rows; never silently cut at the limit. A committee that large is told so with a stable
 * code (each branch's 学习统计 still answers) rather than given wrong totals.
 */
async function aggregateAll(q: { limit(n: number): { end(): unknown } }): Promise<Rows> {
  const { list } = (await q.limit(MAX_ROWS).end()) as { list: Rows }
  if (list.length >= MAX_ROWS) throw new AppError('TOO_LARGE', '党委下的数据量过大，无法一次汇总，请按支部查看学习统计')
  return list
}

async function readCommitteeStats(
  db: Database,
  openid: string,
  now: Date,
  input: { committeeId: string; year?: number; quarter?: number }
): Promise<CommitteeStats> {
  const caller = await requireCaller(db, openid)
  const committee = await requireCommitteeStaff(db, caller, input.committeeId)
  const today = cstDate(now)
  const y = input.year ?? Number(today.slice(0, 4))
  const q = input.quarter ?? statsQuarter(y, now)
  const branches = await branchesUnder(db, committee._id)
  const ids = branches.map((b) => b._id)
  const _ = db.command
  const $ = db.command.aggregate
  const inBranches = _.in(ids)
  const [members, tasks, reports, analyses] = ids.length
    ? await Promise.all([
        aggregateAll(
          db
            .collection('members')
            .aggregate()
            .match({ assessingOrgId: inBranches })
            .group({ _id: '$assessingOrgId', ids: $.push('$_id') })
        ),
        findAll(
          db,
          'studyTasks',
          { orgId: inBranches, year: y },
          { field: { orgId: true, required: true, deadline: true, memberIds: true, hours: true, material: true }, max: MAX_ROWS }
        ),
        // One pass over the branches' reports: the accepted (credits) and the filed ones (the review queue).
        aggregateAll(
          db
            .collection('studyReports')
            .aggregate()
            .match({ orgId: inBranches, status: _.in(['accepted', 'submitted']) })
            .group({ _id: { orgId: '$orgId', memberId: '$memberId', status: '$status', year: '$year' }, taskIds: $.push('$taskId') })
        ),
        aggregateAll(
          db
            .collection('studyAnalyses')
            .aggregate()
            .match({ orgId: inBranches, year: y, quarter: q })
            .group({ _id: { orgId: '$orgId', status: '$status' }, n: $.sum(1) })
        )
      ])
    : [[], [], [], []]
  const known = new Set(tasks.map((t) => t._id))
  const credited = new Set(await checkinCredits(db, tasks, true))
  const waiting: Record<string, number> = {}
  for (const r of reports) {
    const k = r._id as { orgId: string; memberId: string; status: string; year: number }
    const taskIds = r.taskIds as string[]
    if (k.status === 'submitted') waiting[k.orgId] = (waiting[k.orgId] ?? 0) + taskIds.length
    else if (k.year === y) for (const t of taskIds) if (known.has(t)) credited.add(creditKey(t, k.memberId))
  }
  return committeeStats({
    committee: { _id: committee._id, name: committee.name },
    year: y,
    quarter: q,
    asOf: statsAsOf(y, today),
    branches,
    members: members.flatMap((r) => (r.ids as string[]).map((id) => ({ _id: id, orgId: r._id as string }))),
    tasks,
    credited,
    waiting,
    analyses: analyses.map((r) => {
      const k = r._id as { orgId: string; status: AnalysisStatus }
      return { orgId: k.orgId, status: k.status, n: r.n as number }
    })
  })
}

export const committeeStatsAction = action({
  schema,
  async handler(input, { db, openid, now }): Promise<StudyApi['committeeStats']['res']> {
    return readCommitteeStats(db, openid, now, input)
  }
})

export const COMMITTEE_STATS_HEADERS = [
  '支部',
  '人数',
  '学时',
  '应完成必学任务',
  '已完成',
  '完成率',
  '待审核学习报告',
  ...ANALYSIS_COUNT_KEYS.map((k) => `党性分析${ANALYSIS_COUNT_LABEL[k]}`)
]

export const exportCommitteeStats = action({
  schema,
  async handler(input, { db, openid, now }): Promise<StudyApi['exportCommitteeStats']['res']> {
    const s = await readCommitteeStats(db, openid, now, input)
    const lines = [...s.branches, { ...s.total, name: `${s.committeeName}合计` }]
    const header = COMMITTEE_STATS_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }))
    const body = lines.map((r) => [
      { value: r.name, type: String },
      { value: r.members, type: Number },
      { value: r.hours, type: Number },
      { value: r.requiredDue, type: Number },
      { value: r.requiredDone, type: Number },
      { value: percent(r.completion), type: String },
      { value: r.reportsWaiting, type: Number },
      ...ANALYSIS_COUNT_KEYS.map((k) => ({ value: r.analyses[k], type: Number }))
    ])
    const buffer = await writeXlsxFile([header, ...body], {
      sheet: `${s.year}年各支部学习统计`,
      columns: [24, 8, 8, 14, 8, 8, 14, ...ANALYSIS_COUNT_KEYS.map(() => 14)].map((width) => ({ width })),
      stickyRowsCount: 1
    }).toBuffer()
    return {
      fileName: `${s.committeeName}${s.year}年各支部学习统计.xlsx`,
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
      rowCount: lines.length,
      bytes: buffer.length
    }
  }
})
