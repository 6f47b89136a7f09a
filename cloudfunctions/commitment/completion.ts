// Completion per branch for committee staff: members assessed there, cards approved, self-checks
// accepted for the last window that has opened (the committee's latest template's windows); and the
// same rows as one xlsx sheet (exportCompletion, base64 in the reply like checkin.ledgerXlsx).
import writeXlsxFile from 'write-excel-file/node'
import type { CommitmentApi, CompletionRow } from '@shared/commitment/api'
import {
  COMPLETION_COLUMN_WIDTHS,
  COMPLETION_HEADERS,
  completionCells,
  completionFileName,
  XLSX_MIME
} from '@shared/commitment/completionSheet'
import { currentOrLastWindow } from '@shared/commitment/windows'
import { cardYearOf } from '@shared/commitment/year'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, getOrNull } from '@server/db'
import { forbidden } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { latestTemplate } from './access'
import { year } from './schemas'

const schema = v.object({ year: v.optional(year()) })

/** The report of the caller's committee (staff only) for `year` (default: the card year of now). */
async function readCompletion(
  db: Database,
  openid: string,
  now: Date,
  year: number | undefined
): Promise<CommitmentApi['completion']['res'] & { committeeId: string }> {
  const caller = await requireCaller(db, openid)
  const committeeId = caller.roles.find((r) => r.role === 'staff')?.orgId
  if (!committeeId) throw forbidden('仅党委（党群工作部）工作人员可以查看完成情况')
  const y = year ?? cardYearOf(now)
  const orgs = await findAll(db, 'orgs', {}, { field: { name: true, kind: true, parentId: true } })
  // The committee's tree, then its orgs that assess members (not party groups).
  const inTree = new Set([committeeId])
  for (let grew = true; grew; ) {
    grew = false
    for (const o of orgs) {
      if (o.parentId && inTree.has(o.parentId) && !inTree.has(o._id)) {
        inTree.add(o._id)
        grew = true
      }
    }
  }
  const branches = orgs.filter((o) => inTree.has(o._id) && o._id !== committeeId && o.kind !== 'group')
  const _ = db.command
  const ids = branches.map((b) => b._id)
  const members = await findAll(db, 'members', { assessingOrgId: _.in(ids) }, { field: { assessingOrgId: true } })
  const cards = await findAll(db, 'commitmentCards', { orgId: _.in(ids), year: y }, { field: { orgId: true, approvedVersion: true } })
  const window = currentOrLastWindow(y, (await latestTemplate(db, committeeId)).checkWindow, now)
  const checks = window
    ? await findAll(
        db,
        'commitmentChecks',
        { orgId: _.in(ids), year: y, quarter: window.quarter, status: 'accepted' },
        { field: { orgId: true } }
      )
    : []
  const rows: CompletionRow[] = branches.map((b) => ({
    orgId: b._id,
    orgName: b.name,
    members: members.filter((m) => m.assessingOrgId === b._id).length,
    approved: cards.filter((c) => c.orgId === b._id && c.approvedVersion !== null).length,
    checksAccepted: checks.filter((c) => c.orgId === b._id).length
  }))
  return { committeeId, year: y, rows: rows.filter((r) => r.members > 0).sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh')) }
}

export const completion = action({
  schema,
  async handler(input, { db, openid, now }): Promise<CommitmentApi['completion']['res']> {
    const { year: y, rows } = await readCompletion(db, openid, now, input.year)
    return { year: y, rows }
  }
})

/** The report as one xlsx sheet: a header, then one row per branch, as `completion` answers them. Read only. */
export const exportCompletion = action({
  schema,
  async handler(input, { db, openid, now }): Promise<CommitmentApi['exportCompletion']['res']> {
    const report = await readCompletion(db, openid, now, input.year)
    const committee = await getOrNull(db, 'orgs', report.committeeId)
    const header = COMPLETION_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }))
    const body = report.rows.map((r) =>
      completionCells(r).map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String }))
    )
    const buffer = await writeXlsxFile([header, ...body], {
      sheet: `${report.year}年承诺完成情况`,
      columns: COMPLETION_COLUMN_WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1
    }).toBuffer()
    return {
      fileName: completionFileName(committee?.name ?? report.committeeId, report.year),
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
      rowCount: report.rows.length,
      bytes: buffer.length
    }
  }
})
