// China Standard Time (UTC+8, no daylight saving since 1991) for instants the server sends as ISO strings.
// Pure; table-tested under any TZ.

const CST_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** '2026-11-28T02:15:00.000Z' → '2026-11-28 10:15'; '—' for a missing or unreadable instant. */
export function cstDateTime(iso: string | null | undefined): string {
  const t = iso ? Date.parse(iso) : NaN
  if (!Number.isFinite(t)) return '—'
  const d = new Date(t + CST_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** An invitation code in groups of four, easier to read out: 'ABCD2345' → 'ABCD 2345'. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ')
}
