// ledgerXlsx: the ledger 台账 as one xlsx sheet, base64 in the reply (no cloud storage needed).
// Same rights and limits as `ledger`, whose rows it writes one per line.
import writeXlsxFile from 'write-excel-file/node'
import type { CheckinApi } from '@shared/checkin/api'
import { LEDGER_COLUMN_WIDTHS, LEDGER_HEADERS, ledgerCells, ledgerFileName, XLSX_MIME } from '@shared/checkin/ledgerSheet'
import { action } from '@server/router'
import { ledgerSchema, readLedger } from './attendance'

export const ledgerXlsx = action({
  schema: ledgerSchema,
  async handler(input, ctx): Promise<CheckinApi['ledgerXlsx']['res']> {
    const ledger = await readLedger(input, ctx)
    const header = LEDGER_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }))
    const body = ledger.rows.map((r) => ledgerCells(r).map((value) => (value ? { value, type: String } : null)))
    const buffer = await writeXlsxFile([header, ...body], {
      sheet: '台账',
      columns: LEDGER_COLUMN_WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1
    }).toBuffer()
    return {
      fileName: ledgerFileName(ledger.org.name, ledger.from, ledger.to),
      mimeType: XLSX_MIME,
      base64: buffer.toString('base64'),
      rowCount: ledger.rows.length,
      bytes: buffer.length
    }
  }
})
