// A small RFC 4180 CSV parser (~60 lines). Why not a library: papaparse/csv-parse are 20-100 KB for
// features we do not need (streams, type casting, dialect guessing); the format we accept is plain:
// comma-separated, fields optionally in double quotes ("" is a quote inside), quoted fields may hold
// commas and line breaks, records end with CRLF or LF (or a lone CR). A UTF-8 BOM (Excel) is
// dropped; blank lines are skipped. A stray quote inside an unquoted field or an unterminated quoted
// field is an error with its line number, never a silent guess.

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = 'CsvError'
  }
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number
  fields: string[]
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let i = 0
  let quoted = false // current field started with a quote
  let fieldStarted = false

  const endField = () => {
    fields.push(field)
    field = ''
    quoted = false
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields })
    fields = []
  }

  while (i < src.length) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        // Closing quote: the field must end here.
        const next = src[i + 1]
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new CsvError(`第 ${line} 行：引号后必须是逗号或换行`, line)
        }
        quoted = false
        fieldStarted = true
        i++
        continue
      }
      if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++
      field += ch
      i++
      continue
    }
    if (ch === '"') {
      if (fieldStarted || field !== '') throw new CsvError(`第 ${line} 行：未加引号的字段中出现引号`, line)
      quoted = true
      i++
      continue
    }
    if (ch === ',') {
      endField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1
      line++
      recordLine = line
      continue
    }
    field += ch
    i++
  }
  if (quoted) throw new CsvError(`第 ${recordLine} 行：引号没有闭合`, recordLine)
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord()
  return records
}
