// The ledger 台账 as a spreadsheet: header and cells of one sheet, and the file's name. Pure: the
// checkin function writes these with write-excel-file. Times are CST wall-clock text (Excel dates
// carry no zone, so a Date cell would be read 8 hours off by whoever opens it elsewhere).
import type { LedgerRow } from './api'
import { ATTENDANCE_STATUS_LABEL } from './labels'
import { cstDateTime } from '@shared/core/time'

export const LEDGER_HEADERS = ['日期', '活动类型', '活动', '组织', '姓名', '状态', '签到时间', '补签原因'] as const

/** Column widths (characters) fitting the headers' content. */
export const LEDGER_COLUMN_WIDTHS = [12, 12, 30, 24, 10, 8, 18, 30]

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** One ledger row as the sheet's cells, in LEDGER_HEADERS order ('' for an empty cell). */
export function ledgerCells(r: LedgerRow): string[] {
  return [
    r.date,
    r.typeLabel,
    r.title,
    r.orgName,
    r.name,
    ATTENDANCE_STATUS_LABEL[r.status],
    r.checkedInAt ? cstDateTime(new Date(r.checkedInAt)) : '',
    r.makeupReason ?? ''
  ]
}

/** 台账_<org>_<from>_<to>.xlsx, without characters a file system refuses. */
export function ledgerFileName(orgName: string, from: string, to: string): string {
  const safe = orgName.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)
  return `台账_${safe}_${from}_${to}.xlsx`
}
