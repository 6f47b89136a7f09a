// The committee's study stats across its branches in one call (committee staff): per branch the members,
// hours credited, required tasks due and done, completion (the same rule as branchStats), the reports
// waiting for review and the quarter's Party-spirit analyses by status; and the same as one xlsx sheet.
// Reads, whatever the number of branches: the org tree; the members grouped by branch (one aggregate);
// the year's tasks of every branch (projected); what is credited (one aggregate of accepted reports grouped
// by member, the check-ins at collective-study activities); reports waiting and analyses (one aggregate each).
import writeXlsxFile from 'write-excel-file/node'
import type { AnalysisStatus, CommitteeStats, StudyApi } from '@shared/study/api'
import { ANALYSIS_COUNT_KEYS, ANALYSIS_COUNT_LABEL, committeeStats, percent, statsAsOf, statsQuarter } from '@shared/study/stats'
import { cstDate } from '@shared/core/time'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll } from '@server/db'
import { action } from '@server/router'
import { v } from '@server/validate'
import { branchesUnder, requireCommitteeStaff } from './access'
import { creditedOf } from './common'
import { orgId, quarter, year } from './schemas'
import { XLSX_MIME } from './stats'

const schema = v.object({ committeeId: orgId('党委'), year: v.optional(year()), quarter: v.optional(quarter()) })

/** Rows an aggregate may answer: a committee's branches (× statuses), its members. */
const MAX_ROWS = 50_000

type Agg = { list: Array<Record<string, unknown>> }

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
  const [members, tasks, waiting, analyses] = ids.length
    ? await Promise.all([
        db
          .collection('members')
          .aggregate()
          .match({ assessingOrgId: inBranches })
          .group({ _id: '$assessingOrgId', ids: $.push('$_id') })
          .limit(MAX_ROWS)
          .end() as Promise<Agg>,
        findAll(
          db,
          'studyTasks',
          { orgId: inBranches, year: y },
          { field: { orgId: true, required: true, deadline: true, memberIds: true, hours: true, material: true }, max: MAX_ROWS }
        ),
        db
          .collection('studyReports')
          .aggregate()
          .match({ orgId: inBranches, status: 'submitted' })
          .group({ _id: '$orgId', n: $.sum(1) })
          .limit(MAX_ROWS)
          .end() as Promise<Agg>,
        db
          .collection('studyAnalyses')
          .aggregate()
          .match({ orgId: inBranches, year: y, quarter: q })
          .group({ _id: { orgId: '$orgId', status: '$status' }, n: $.sum(1) })
          .limit(MAX_ROWS)
          .end() as Promise<Agg>
      ])
    : [{ list: [] }, [], { list: [] }, { list: [] }]
  const credited = ids.length ? await creditedOf(db, tasks, { orgIds: ids, year: y }) : new Set<string>()
  return committeeStats({
    committee: { _id: committee._id, name: committee.name },
    year: y,
    quarter: q,
    asOf: statsAsOf(y, today),
    branches,
    members: members.list.flatMap((r) => (r.ids as string[]).map((id) => ({ _id: id, orgId: r._id as string }))),
    tasks,
    credited,
    waiting: Object.fromEntries(waiting.list.map((r) => [r._id as string, r.n as number])),
    analyses: analyses.list.map((r) => {
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
