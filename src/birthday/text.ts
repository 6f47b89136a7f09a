// How birthday dates and years read in Chinese (the page, the card, the home to-do line). Pure.

/** 2026-07-01 → 2026年7月1日 ('' for anything else). */
export function chineseDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

/** 2026-07-01 → 7月1日 ('' for anything else). */
export function monthDay(ymd: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(ymd)
  return m ? `${Number(m[1])}月${Number(m[2])}日` : ''
}

/** 入党 N 周年, round anniversaries (every 10 years) said so. */
export function yearsText(years: number, round: boolean): string {
  return `入党 ${years} 周年${round ? ' · 逢十' : ''}`
}
