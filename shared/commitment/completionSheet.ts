// The completion report 承诺完成情况 as a spreadsheet: header and cells of one sheet (one row per branch,
// exactly `completion`'s rows), and the file's name. Pure: the commitment function writes these with
// write-excel-file, as checkin writes its ledger.
import type { CompletionRow } from './api'

export { XLSX_MIME } from '@shared/checkin/ledgerSheet'

export const COMPLETION_HEADERS = ['支部', '党员人数', '承诺卡通过', '通过率', '自查获认可', '自查认可率'] as const

/** Column widths (characters) fitting the headers' content. */
export const COMPLETION_COLUMN_WIDTHS = [30, 10, 12, 10, 12, 12]

/** A share as a whole percent, as the page's bars show it (0 of 0 is 0%). */
export const percentText = (n: number, of: number) => `${of > 0 ? Math.round((n / of) * 100) : 0}%`

/** One branch as the sheet's cells, in COMPLETION_HEADERS order: counts as numbers, shares as text. */
export function completionCells(r: CompletionRow): Array<string | number> {
  return [r.orgName, r.members, r.approved, percentText(r.approved, r.members), r.checksAccepted, percentText(r.checksAccepted, r.members)]
}

/** 承诺完成情况_<committee>_<year>.xlsx, without characters a file system refuses. */
export function completionFileName(committeeName: string, year: number): string {
  const safe = committeeName.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)
  return `承诺完成情况_${safe}_${year}年.xlsx`
}
