// importRoster: committee staff load roster entries from CSV text (header row) or JSON rows.
// All-or-nothing: every row is checked first (every bad row reported with its reason in `details`);
// only a fully valid input is written, in one batch insert; should that insert fail part-way (a phone
// taken by a concurrent import), the rows written are removed again.
import crypto from 'node:crypto'
import { requireCaller, requireStaff } from '@server/auth'
import { findAll, isDuplicateKeyError, removeByIds } from '@server/db'
import { CsvError, parseCsv } from '@shared/core/csv'
import { IMPORT_MAX_ROWS, recordsToRows, validateImportRows } from '@shared/member/importRows'
import { AppError, conflict, invalidInput } from '@server/errors'
import type { MemberDoc } from '@server/model'
import { action } from '@server/router'
import { cstDate } from '@shared/core/time'
import { v } from '@server/validate'

export const CSV_MAX_CHARS = 512 * 1024

export const importRoster = action({
  schema: v.object({
    csv: v.optional(v.string({ min: 1, max: CSV_MAX_CHARS, trim: false, label: 'CSV 内容' })),
    rows: v.optional(v.array(v.unknown(), { min: 1, max: IMPORT_MAX_ROWS, label: '导入行' }))
  }),
  async handler(input, { db, openid, now }): Promise<{ imported: number; memberIds: string[] }> {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    if ((input.csv === undefined) === (input.rows === undefined)) throw invalidInput('请提供 CSV 内容或导入行（二选一）')

    let raw: unknown[]
    if (input.csv !== undefined) {
      try {
        const records = parseCsv(input.csv)
        if (records.length - 1 > IMPORT_MAX_ROWS) throw new Error(`一次最多导入 ${IMPORT_MAX_ROWS} 行`)
        raw = recordsToRows(records).rows
      } catch (e) {
        if (e instanceof CsvError || e instanceof Error) throw invalidInput(`CSV 格式不正确：${e.message}`)
        throw e
      }
    } else {
      raw = input.rows ?? [] // present: exactly one of csv and rows was checked above
    }

    const [orgs, phones] = await Promise.all([findAll(db, 'orgs'), findAll(db, 'members', {}, { field: { phone: true } })])
    const result = validateImportRows(raw, {
      orgs: orgs.map((o) => ({ ...o, external: !!o.external })),
      existingPhones: new Set(phones.map((p) => p.phone)),
      today: cstDate(now)
    })
    if (!result.ok) {
      throw new AppError('IMPORT_ROWS_INVALID', `有 ${result.errors.length} 行数据有误，未导入任何数据，请修改后重新导入`, result.errors)
    }

    const docs: MemberDoc[] = result.rows.map((r) => ({
      _id: `m_${crypto.randomBytes(8).toString('hex')}`,
      name: r.name,
      phone: r.phone,
      partyStatus: r.partyStatus,
      employment: r.employment,
      homeOrgId: r.homeOrgId,
      activeOrgIds: r.activeOrgIds,
      assessingOrgId: r.assessingOrgId,
      groupId: r.groupId ?? null,
      joinedAt: r.joinedAt ?? null,
      fullAt: r.fullAt ?? null,
      roles: [],
      createdAt: now,
      updatedAt: now
    }))
    const ids = docs.map((d) => d._id)
    try {
      await db.collection('members').add({ data: docs })
    } catch (e) {
      await removeByIds(db, 'members', ids)
      if (isDuplicateKeyError(e)) throw conflict('导入期间有相同手机号的党员被录入，未导入任何数据，请重新导入')
      throw e
    }
    return { imported: docs.length, memberIds: ids, ...(result.warnings ? { warnings: result.warnings } : {}) }
  }
})
