// Import row validation for the roster import: all-or-nothing, every bad row listed with its reason.
// Accepts CSV records (with a header row, English field names or Chinese headers) or JSON rows.
// Orgs may be given by id or by their exact (unique) name; enums by value or Chinese label; dates as
// YYYY-MM-DD (or YYYY/M/D as spreadsheets write them); phones with spaces, dashes or +86.
import type { EmploymentType, ImportRow, ImportRowError, OrgKind, PartyStatus } from './api'
import { compareYmd, formatYmd, parseYmd } from '@shared/core/time'
import type { CsvRecord } from '@shared/core/csv'
import { EMPLOYMENT_LABEL, PARTY_STATUS_LABEL } from './labels'
import { MEMBERSHIP_KINDS, type OrgLike } from './orgRules'
import { checkPartyDates } from '@shared/birthday/dates'

export const IMPORT_MAX_ROWS = 1000

const PARTY_STATUS_ALIASES: Record<string, PartyStatus> = {
  ...Object.fromEntries(Object.entries(PARTY_STATUS_LABEL).map(([k, v]) => [v, k as PartyStatus])),
  申请人: 'applicant',
  积极分子: 'activist',
  党员: 'full'
}

const EMPLOYMENT_ALIASES: Record<string, EmploymentType> = {
  ...Object.fromEntries(Object.entries(EMPLOYMENT_LABEL).map(([k, v]) => [v, k as EmploymentType])),
  合同: 'contract',
  派遣: 'dispatched',
  劳务派遣制: 'dispatched',
  新就业: 'gig'
}

type Field = keyof ImportRow

/** Header names accepted in a CSV (case-insensitive for the English ones). */
export const HEADER_ALIASES: Record<Field, string[]> = {
  name: ['name', '姓名'],
  phone: ['phone', '手机号', '手机', '手机号码', '电话'],
  partyStatus: ['partystatus', '党员状态', '政治面貌', '状态'],
  employment: ['employment', '用工类型', '用工形式'],
  homeOrgId: ['homeorgid', '组织关系所在', '组织关系', '所在组织'],
  activeOrgIds: ['activeorgids', '参加组织生活', '活动组织', '组织生活'],
  assessingOrgId: ['assessingorgid', '考核组织'],
  groupId: ['groupid', '党小组'],
  joinedAt: ['joinedat', '入党日期', '入党时间'],
  fullAt: ['fullat', '转正日期', '转正时间']
}

const own = <T>(obj: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined

const REQUIRED: Field[] = ['name', 'phone', 'partyStatus', 'employment', 'homeOrgId', 'activeOrgIds']
const FIELDS = Object.keys(HEADER_ALIASES) as Field[]

export interface ImportContext {
  orgs: OrgLike[]
  /** Phones already in the roster. */
  existingPhones: Set<string>
  /** Today in CST (YYYY-MM-DD): dates may not be later. */
  today: string
}

/** `warnings` (only when there are some): rows imported as they are but worth a look (转正 far from a year after 入党). */
export type ImportResult = { ok: true; rows: ImportRow[]; warnings?: ImportRowError[] } | { ok: false; errors: ImportRowError[] }

/** Maps a CSV table (first record = header) to raw row objects; throws a Chinese message on a bad header. */
export function recordsToRows(records: CsvRecord[]): { rows: Record<string, unknown>[]; lines: number[] } {
  if (records.length === 0) throw new Error('CSV 为空，至少需要表头行')
  const header = records[0].fields.map((h) => h.trim())
  const fields: Field[] = header.map((h) => {
    const f = FIELDS.find((k) => HEADER_ALIASES[k].includes(h.toLowerCase()))
    if (!f) throw new Error(`无法识别的表头：「${h.slice(0, 20)}」`)
    return f
  })
  const dup = fields.find((f, i) => fields.indexOf(f) !== i)
  if (dup) throw new Error(`表头重复：${HEADER_ALIASES[dup][1]}`)
  const missing = REQUIRED.filter((f) => !fields.includes(f))
  if (missing.length) throw new Error(`表头缺少：${missing.map((f) => HEADER_ALIASES[f][1]).join('、')}`)
  const data = records.slice(1)
  const rows = data.map((rec) => {
    const row: Record<string, unknown> = {}
    fields.forEach((f, i) => {
      const cell = (rec.fields[i] ?? '').trim()
      if (cell !== '')
        row[f] =
          f === 'activeOrgIds'
            ? cell
                .split(/[;；|、]/)
                .map((s) => s.trim())
                .filter(Boolean)
            : cell
    })
    if (rec.fields.length > fields.length && rec.fields.slice(fields.length).some((c) => c.trim() !== '')) {
      row.__extra = true
    }
    return row
  })
  return { rows, lines: data.map((r) => r.line) }
}

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
}

const NAME = /^[^\d\s<>"'`;,，；、|]{1,20}$/u
const PHONE = /^1[3-9]\d{9}$/

function normalizeDate(raw: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw.trim())
  if (!m) return null
  const ymd = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  const p = parseYmd(ymd)
  return p ? formatYmd(p) : null
}

/** Validates every row; all-or-nothing: any reason anywhere → ok:false with every bad row. */
export function validateImportRows(raw: unknown[], ctx: ImportContext): ImportResult {
  const errors: ImportRowError[] = []
  const warnings: ImportRowError[] = []
  const rows: ImportRow[] = []
  if (raw.length === 0) return { ok: false, errors: [{ row: 0, reason: '没有可导入的数据行' }] }
  if (raw.length > IMPORT_MAX_ROWS) return { ok: false, errors: [{ row: 0, reason: `一次最多导入 ${IMPORT_MAX_ROWS} 行` }] }

  const byId = new Map(ctx.orgs.map((o) => [o._id, o]))
  const byName = new Map<string, OrgLike[]>()
  for (const o of ctx.orgs) byName.set(o.name, [...(byName.get(o.name) ?? []), o])

  const resolveOrg = (ref: unknown, label: string, kinds: readonly OrgKind[], reasons: string[]): OrgLike | null => {
    if (typeof ref !== 'string' || ref.trim() === '') {
      reasons.push(`${label}必须填写`)
      return null
    }
    const key = ref.trim()
    const named = byName.get(key)
    const found = byId.get(key) ?? (named?.length === 1 ? named[0] : undefined)
    if (!found) {
      reasons.push(
        (byName.get(key)?.length ?? 0) > 1
          ? `${label}「${key.slice(0, 30)}」有重名，请填写组织编号`
          : `${label}「${key.slice(0, 30)}」不存在`
      )
      return null
    }
    if (!kinds.includes(found.kind)) {
      reasons.push(`${label}「${found.name}」不能是党小组`)
      return null
    }
    return found
  }

  const phoneRows = new Map<string, number[]>()

  raw.forEach((item, idx) => {
    const rowNo = idx + 1
    const reasons: string[] = []
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ row: rowNo, reason: '行数据必须是对象' })
      return
    }
    const r = item as Record<string, unknown>
    for (const k of Object.keys(r)) {
      if (k === '__extra') reasons.push('列数多于表头')
      else if (!FIELDS.includes(k as Field)) reasons.push(`不支持的字段：${k.slice(0, 30)}`)
    }
    for (const [k, val] of Object.entries(r)) {
      if (typeof val === 'string' && val.length > 200) reasons.push(`${k}过长`)
    }

    const name = typeof r.name === 'string' ? r.name.trim() : ''
    if (!name) reasons.push('姓名必须填写')
    else if (!NAME.test(name)) reasons.push('姓名格式不正确（最多 20 个字，不含数字和标点）')

    const phone = typeof r.phone === 'string' ? normalizePhone(r.phone) : typeof r.phone === 'number' ? String(r.phone) : ''
    if (!phone) reasons.push('手机号必须填写')
    else if (!PHONE.test(phone)) reasons.push('手机号格式不正确（11 位中国大陆手机号）')
    else if (ctx.existingPhones.has(phone)) reasons.push('手机号已在名册中')
    else phoneRows.set(phone, [...(phoneRows.get(phone) ?? []), rowNo])

    const statusRaw = typeof r.partyStatus === 'string' ? r.partyStatus.trim() : ''
    const partyStatus: PartyStatus | undefined =
      (own(PARTY_STATUS_LABEL, statusRaw) ? (statusRaw as PartyStatus) : undefined) ?? own(PARTY_STATUS_ALIASES, statusRaw)
    if (!statusRaw) reasons.push('党员状态必须填写')
    else if (!partyStatus) reasons.push(`党员状态「${statusRaw.slice(0, 20)}」无效，应为：${Object.values(PARTY_STATUS_LABEL).join('、')}`)

    const empRaw = typeof r.employment === 'string' ? r.employment.trim() : ''
    const employment: EmploymentType | undefined =
      (own(EMPLOYMENT_LABEL, empRaw) ? (empRaw as EmploymentType) : undefined) ?? own(EMPLOYMENT_ALIASES, empRaw)
    if (!empRaw) reasons.push('用工类型必须填写')
    else if (!employment) reasons.push(`用工类型「${empRaw.slice(0, 20)}」无效，应为：${Object.values(EMPLOYMENT_LABEL).join('、')}`)

    const home = resolveOrg(r.homeOrgId, '组织关系所在组织', MEMBERSHIP_KINDS, reasons)

    const activeRaw = r.activeOrgIds
    const active: OrgLike[] = []
    if (!Array.isArray(activeRaw) || activeRaw.length === 0) reasons.push('参加组织生活的组织至少填写一个')
    else if (activeRaw.length > 5) reasons.push('参加组织生活的组织最多 5 个')
    else {
      for (const ref of activeRaw) {
        const o = resolveOrg(ref, '参加组织生活的组织', MEMBERSHIP_KINDS, reasons)
        if (o && active.some((a) => a._id === o._id)) reasons.push(`参加组织生活的组织「${o.name}」重复`)
        else if (o) active.push(o)
      }
    }

    let assessing: OrgLike | null = null
    if (r.assessingOrgId === undefined || r.assessingOrgId === null || r.assessingOrgId === '') assessing = active[0] ?? null
    else {
      assessing = resolveOrg(r.assessingOrgId, '考核组织', MEMBERSHIP_KINDS, reasons)
      const assessingId = assessing?._id
      if (assessingId && active.length && !active.some((a) => a._id === assessingId)) {
        reasons.push('考核组织必须是参加组织生活的组织之一')
      }
    }

    let groupId: string | null = null
    if (r.groupId !== undefined && r.groupId !== null && r.groupId !== '') {
      if (typeof r.groupId !== 'string') reasons.push('党小组格式不正确')
      else {
        const key = r.groupId.trim()
        const groups = ctx.orgs.filter((o) => o.kind === 'group' && (o._id === key || o.name === key))
        const inActive = groups.filter((g) => active.some((a) => a._id === g.parentId))
        if (groups.length === 0) reasons.push(`党小组「${key.slice(0, 30)}」不存在`)
        else if (inActive.length !== 1) reasons.push(`党小组「${key.slice(0, 30)}」不属于其参加组织生活的支部`)
        else groupId = inActive[0]._id
      }
    }

    const dateField = (v: unknown, label: string): string | null => {
      if (v === undefined || v === null || v === '') return null
      const d = typeof v === 'string' ? normalizeDate(v) : null
      if (!d) reasons.push(`${label}不是有效日期（YYYY-MM-DD）`)
      else if (compareYmd(d, ctx.today) > 0) reasons.push(`${label}不能晚于今天`)
      return d
    }
    const joinedAt = dateField(r.joinedAt, '入党日期')
    const fullAt = dateField(r.fullAt, '转正日期')
    if (partyStatus === 'probationary' || partyStatus === 'full') {
      if (r.joinedAt === undefined || r.joinedAt === null || r.joinedAt === '')
        reasons.push(`${PARTY_STATUS_LABEL[partyStatus]}必须填写入党日期`)
    } else if (partyStatus && joinedAt) {
      reasons.push(`${PARTY_STATUS_LABEL[partyStatus]}不应有入党日期`)
    }
    if (fullAt && partyStatus && partyStatus !== 'full') reasons.push('只有正式党员才有转正日期')
    if (fullAt && joinedAt && compareYmd(fullAt, joinedAt) < 0) reasons.push('转正日期不能早于入党日期')

    // A value missing here was given a reason above.
    if (reasons.length || !partyStatus || !employment || !home || !assessing) {
      errors.push({ row: rowNo, reason: reasons.join('；') })
      return
    }
    const dateWarnings = checkPartyDates({ joinedAt, fullAt }, ctx.today).warnings
    if (dateWarnings.length) warnings.push({ row: rowNo, reason: dateWarnings.map((w) => w.message).join('；') })
    rows.push({
      name,
      phone,
      partyStatus,
      employment,
      homeOrgId: home._id,
      activeOrgIds: active.map((a) => a._id),
      assessingOrgId: assessing._id,
      groupId,
      joinedAt,
      fullAt
    })
  })

  for (const [, rowNos] of phoneRows) {
    if (rowNos.length < 2) continue
    for (const rowNo of rowNos) {
      const others = rowNos.filter((n) => n !== rowNo).join('、')
      const existing = errors.find((e) => e.row === rowNo)
      const reason = `手机号与第 ${others} 行重复`
      if (existing) existing.reason += `；${reason}`
      else errors.push({ row: rowNo, reason })
    }
  }

  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) }
  return warnings.length ? { ok: true, rows, warnings } : { ok: true, rows }
}
