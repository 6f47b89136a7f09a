// China Standard Time: the one place for CST dates, clocks and calendar arithmetic, on the server and
// in the client (shared/ is compiled into both). CST is a fixed +08:00 (no daylight saving since
// 1991), so we use a fixed offset instead of a zone database: identical in WeChat cloud (UTC), on a
// phone or laptop in any TZ, and in tests. Rules take `now: Date` as an argument; only handlers and
// pages read the clock. Nothing here reads the host's zone: an instant is shifted by +08:00 and read
// through Date's UTC fields (`npm test` runs a suite under a second zone only if it reads the zone).

export const CST_OFFSET_MINUTES = 8 * 60
const CST_OFFSET_MS = CST_OFFSET_MINUTES * 60_000
const DAY_MS = 86_400_000
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/

export interface Ymd {
  y: number
  m: number
  d: number
}

/** The CST wall clock of an instant: its fields are the UTC fields of the instant shifted by +08:00. */
function wall(now: Date): Date {
  return new Date(now.getTime() + CST_OFFSET_MS)
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The CST calendar date of an instant, as YYYY-MM-DD. */
export function cstDate(now: Date): string {
  return formatYmd(cstYmd(now))
}

export function cstYmd(now: Date): Ymd {
  const w = wall(now)
  return { y: w.getUTCFullYear(), m: w.getUTCMonth() + 1, d: w.getUTCDate() }
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
}

/** Parses a strict YYYY-MM-DD calendar date (1900..2100); null when malformed or impossible. */
export function parseYmd(s: unknown): Ymd | null {
  if (typeof s !== 'string') return null
  const match = YMD.exec(s)
  if (!match) return null
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return { y, m, d }
}

export function isYmd(s: unknown): s is string {
  return parseYmd(s) !== null
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Compares two YYYY-MM-DD strings (they sort lexically). */
export function compareYmd(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Adds whole days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved); 'Invalid Date' for another shape. */
export function addDaysYmd(s: string, days: number): string {
  const m = YMD.exec(s)
  if (!m) return 'Invalid Date'
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return formatYmd({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() })
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000)
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS)
}

/** The start (00:00 CST) of the CST day containing `now`, as an instant. */
export function cstStartOfDay(now: Date): Date {
  return new Date(Math.floor((now.getTime() + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS)
}

/** Whole CST calendar days from the instant `from` to the instant `to` (23:59 → 00:01 is 1 day). */
export function cstDaysBetween(from: Date, to: Date): number {
  return daysBetweenYmd(cstDate(from), cstDate(to))
}

/** Whole days from `a` to `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetweenYmd(a: string, b: string): number {
  const pa = parseYmd(a)
  const pb = parseYmd(b)
  if (!pa || !pb) throw new Error(`bad date ${a} / ${b}`)
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / DAY_MS)
}

/** The instant 00:00 CST of a YYYY-MM-DD date. */
export function cstMidnight(ymd: string): Date {
  return new Date(`${ymd}T00:00:00+08:00`)
}

/** [from 00:00 CST, the day after `to` 00:00 CST): the instants of a CST date range, end exclusive. */
export function cstRange(from: string, to: string): { start: Date; end: Date } {
  return { start: cstMidnight(from), end: addDays(cstMidnight(to), 1) }
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * A CST date (YYYY-MM-DD) and wall-clock time (HH:mm), as a form holds them → the ISO instant with
 * +08:00 (2026-07-01T09:00:00+08:00); null unless both are real (2026-02-30 and 24:00 are not).
 */
export function cstInstant(date: string, time: string): string | null {
  return isYmd(date) && HH_MM.test(time) ? `${date}T${time}:00+08:00` : null
}

/** An instant as the server stores it (Date) or sends it (ISO string); null when missing or unreadable. */
function instantOf(at: Date | string | null | undefined): Date | null {
  const t = at instanceof Date ? at.getTime() : typeof at === 'string' && at ? Date.parse(at) : NaN
  return Number.isFinite(t) ? new Date(t) : null
}

/** HH:mm on a CST wall clock; '—' for a missing or unreadable instant. */
export function cstClock(at: Date | string | null | undefined): string {
  const d = instantOf(at)
  if (!d) return '—'
  const w = wall(d)
  return `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`
}

/** YYYY-MM-DD HH:mm on a CST wall clock (WeChat `time` keywords take this too); '—' for a missing or unreadable instant. */
export function cstDateTime(at: Date | string | null | undefined): string {
  const d = instantOf(at)
  return d ? `${cstDate(d)} ${cstClock(d)}` : '—'
}
