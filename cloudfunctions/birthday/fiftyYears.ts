// fiftyYears (committee staff): the 光荣在党50年 list of a year at a cut-off (default this CST year and
// 1 July), over the members whose home org is under the staff's committee; members without dates listed
// apart. fiftyYearsXlsx: the same list as one xlsx sheet, base64 in the reply (like the check-in ledger).
import writeXlsxFile from 'write-excel-file/node'
import type { BirthdayApi } from '@shared/birthday/api'
import { fiftyYearsList, isCutoff, MISSING_DATES_LABEL, type FiftyYearsList } from '@shared/birthday/fiftyYears'
import { FIFTY_COLUMN_WIDTHS, FIFTY_HEADERS, fiftyYearsFileName, fiftyYearsRows } from '@shared/birthday/fiftyYearsSheet'
import { XLSX_MIME } from '@shared/checkin/ledgerSheet'
import { FIFTY_YEARS_CUTOFF } from '@shared/member/politicalAge'
import { cstYmd } from '@shared/core/time'
import { requireCaller, requireStaff } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import { invalidInput } from '@server/errors'
import { action, type ActionContext } from '@server/router'
import { v } from '@server/validate'

/** Every org under a committee (the committee included): a breadth-first walk by parentId. */
async function subtree(db: Database, committeeId: string): Promise<string[]> {
  const out = [committeeId]
  for (let i = 0; i < out.length && out.length < 5000; i++) {
    for (const o of await findAll(db, 'orgs', { parentId: out[i] }, { field: { _id: true } })) out.push(o._id)
  }
  return out
}

const schema = v.object({
  year: v.optional(v.int({ min: 1950, max: 2100, label: '年度' })),
  cutoff: v.optional(v.string({ min: 5, max: 5, label: '截止日期' }))
})

async function readList(input: { year?: number; cutoff?: string }, { db, openid, now }: ActionContext): Promise<FiftyYearsList> {
  const caller = await requireCaller(db, openid)
  requireStaff(caller)
  const cutoff = input.cutoff ?? FIFTY_YEARS_CUTOFF
  if (!isCutoff(cutoff)) throw invalidInput('截止日期格式应为 MM-DD', [{ path: 'cutoff', message: '截止日期格式应为 MM-DD' }])
  const committees = [...new Set(caller.roles.filter((r) => r.role === 'staff').map((r) => r.orgId))]
  const orgIds = (await Promise.all(committees.map((c) => subtree(db, c)))).flat()
  const members = await findIn(db, 'members', 'homeOrgId', orgIds)
  return fiftyYearsList(
    members.map((m) => ({
      _id: m._id,
      name: m.name,
      partyStatus: m.partyStatus,
      joinedAt: m.joinedAt ?? null,
      fullAt: m.fullAt ?? null,
      homeOrgId: m.homeOrgId,
      assessingOrgId: m.assessingOrgId
    })),
    input.year ?? cstYmd(now).y,
    cutoff
  )
}

export const fiftyYears = action({
  schema,
  async handler(input, ctx): Promise<BirthdayApi['fiftyYears']['res']> {
    return { ...(await readList(input, ctx)), missingLabel: MISSING_DATES_LABEL }
  }
})

export const fiftyYearsXlsx = action({
  schema,
  async handler(input, ctx): Promise<BirthdayApi['fiftyYearsXlsx']['res']> {
    const list = await readList(input, ctx)
    const orgs = await findByIds(
      ctx.db,
      'orgs',
      [...list.due, ...list.missingDates].map((m) => m.homeOrgId)
    )
    const header = FIFTY_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }))
    const body = fiftyYearsRows(list, (id) => orgs.get(id)?.name ?? '').map((r) =>
      r.map((value) => (value ? { value, type: String } : null))
    )
    const buffer = await writeXlsxFile([header, ...body], {
      sheet: `光荣在党50年${list.year}`,
      columns: FIFTY_COLUMN_WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1
    }).toBuffer()
    return {
      fileName: fiftyYearsFileName(list.year),
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
      rowCount: body.length,
      bytes: buffer.length
    }
  }
})
