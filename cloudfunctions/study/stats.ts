// The branch's study stats in one call: hours and required-task completion per member, per party group and
// for the branch (shared/study/stats.ts), for the branch committee and committee staff; and the same as one
// xlsx sheet (exportStats, base64 like commitment.exportCompletion). Reads: the branch's members and groups,
// the year's tasks, the accepted reports of those tasks (pages of 1000, projected), the check-ins at their
// collective-study activities.
import writeXlsxFile from 'write-excel-file/node'
import type { BranchStats, StudyApi } from '@shared/study/api'
import { branchStats, percent } from '@shared/study/stats'
import { cstDate } from '@shared/core/time'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll } from '@server/db'
import { action } from '@server/router'
import { v } from '@server/validate'
import { loadOrg, requireBranchReader } from './access'
import { creditedOf } from './common'
import { orgId, year } from './schemas'

const schema = v.object({ orgId: orgId(), year: v.optional(year()) })

async function readStats(db: Database, openid: string, now: Date, input: { orgId: string; year?: number }): Promise<BranchStats> {
  const caller = await requireCaller(db, openid)
  const org = await loadOrg(db, input.orgId)
  await requireBranchReader(db, caller, org)
  const today = cstDate(now)
  const y = input.year ?? Number(today.slice(0, 4))
  const asOf = y < Number(today.slice(0, 4)) ? `${y}-12-31` : today
  const [members, groups, tasks] = await Promise.all([
    findAll(db, 'members', { assessingOrgId: org._id }, { field: { name: true, groupId: true } }),
    findAll(db, 'orgs', { parentId: org._id, kind: 'group' }, { field: { name: true } }),
    findAll(
      db,
      'studyTasks',
      { orgId: org._id, year: y },
      { field: { required: true, deadline: true, memberIds: true, hours: true, material: true } }
    )
  ])
  const credited = await creditedOf(db, tasks, { orgId: org._id, year: y })
  members.sort((a, b) => a.name.localeCompare(b.name, 'zh') || a._id.localeCompare(b._id))
  groups.sort((a, b) => a._id.localeCompare(b._id))
  return branchStats({
    org: { _id: org._id, name: org.name },
    year: y,
    asOf,
    members: members.map((m) => ({ _id: m._id, name: m.name, groupId: m.groupId ?? null })),
    groups,
    tasks,
    credited
  })
}

export const branchStatsAction = action({
  schema,
  async handler(input, { db, openid, now }): Promise<StudyApi['branchStats']['res']> {
    return readStats(db, openid, now, input)
  }
})

export const STATS_HEADERS = ['类别', '名称', '人数', '学时', '应完成必学任务', '已完成', '完成率']
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const exportStats = action({
  schema,
  async handler(input, { db, openid, now }): Promise<StudyApi['exportStats']['res']> {
    const s = await readStats(db, openid, now, input)
    const groupName = new Map(s.groups.map((g) => [g.id, g.name]))
    const lines: Array<[string, StudyApi['branchStats']['res']['branch']]> = [
      ['支部', s.branch],
      ...s.groups.map((g): [string, typeof g] => ['党小组', g]),
      ...s.members.map((m): [string, typeof m] => [`党员（${groupName.get(m.groupId ?? '') ?? '未编入党小组'}）`, m])
    ]
    const header = STATS_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }))
    const body = lines.map(([kind, r]) => [
      { value: kind, type: String },
      { value: r.name, type: String },
      { value: r.members, type: Number },
      { value: r.hours, type: Number },
      { value: r.requiredDue, type: Number },
      { value: r.requiredDone, type: Number },
      { value: percent(r.completion), type: String }
    ])
    const buffer = await writeXlsxFile([header, ...body], {
      sheet: `${s.year}年学习统计`,
      columns: [10, 24, 8, 8, 14, 8, 8].map((width) => ({ width })),
      stickyRowsCount: 1
    }).toBuffer()
    return {
      fileName: `${s.orgName}${s.year}年学习统计.xlsx`,
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
      rowCount: lines.length,
      bytes: buffer.length
    }
  }
})
