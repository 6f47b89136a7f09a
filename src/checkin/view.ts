// Check-in on the client: reading a scanned code or page scene, the H5 check-in URL a QR encodes,
// the station screen's countdown, the ledger's default range, attendance figures and my activities in
// words. Pure; table-tested.
import type { ActivityPhase, ActivityStage, AttendanceSummary, CheckinRecord, MyActivity, QuarterAttendance } from '@shared/checkin/api'
import { ATTENDANCE_STATUS_LABEL } from '@shared/checkin/labels'
import type { RoleGrant } from '@shared/member/api'
import { SERVING_ROLES } from '@shared/member/roles'
import { cstClock, cstDate, cstDateTime, cstYmd, formatYmd } from '@shared/core/time'

export const CHECKIN_PAGE = '/pages/checkin/index'

/** Characters a mini-program `scene` may hold (wxacode.getUnlimited), at most 32 of them. */
const SCENE_RE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/**
 * The code in a page's `scene` option. WeChat hands a wxacode's scene URL-encoded; the H5 router may
 * hand it decoded or not. A code never contains '%', so decoding twice is harmless.
 */
export function parseScene(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null
  let s = raw.trim()
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(s); i++) {
    try {
      s = decodeURIComponent(s)
    } catch {
      return null
    }
  }
  s = s.trim()
  return SCENE_RE.test(s) ? s : null
}

/**
 * What a scan returned: the bare code (weapp plain QR), or the H5 check-in URL of a station screen
 * (`…/#/pages/checkin/index?scene=<code>`). Anything else → null.
 */
export function codeFromScan(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null
  const t = text.trim()
  if (!t) return null
  if (/^https?:\/\//i.test(t) || t.includes('scene=')) {
    const q = t.indexOf('?', t.indexOf('#') + 1)
    if (q < 0) return null
    const m = /(?:^|&)scene=([^&#]*)/.exec(t.slice(q + 1))
    return m ? parseScene(m[1]) : null
  }
  return parseScene(t)
}

/** The check-in page (weapp or H5 route) opened with a code, as after sign-in. */
export function checkinPageWithCode(code: string): string {
  return `${CHECKIN_PAGE}?scene=${encodeURIComponent(code)}`
}

/** How long a scanned code is carried through sign-in; the server judges its window anyway. */
export const PENDING_CHECKIN_MAX_AGE_MS = 10 * 60 * 1000

/**
 * The code kept while a member signed in, if it is still worth sending: a well-formed code stored
 * at most PENDING_CHECKIN_MAX_AGE_MS ago (not in the future). Anything else → null.
 */
export function pendingCheckinCode(stored: unknown, nowMs: number): string | null {
  if (!stored || typeof stored !== 'object') return null
  const { code, at } = stored as { code?: unknown; at?: unknown }
  if (typeof at !== 'number' || !Number.isFinite(at) || at > nowMs || nowMs - at > PENDING_CHECKIN_MAX_AGE_MS) return null
  return typeof code === 'string' ? parseScene(code) : null
}

/** The H5 check-in page for a code, as a station screen's QR encodes it (hash router). */
export function checkinUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/#${CHECKIN_PAGE}?scene=${encodeURIComponent(code)}`
}

/** Whole seconds until `deadlineMs` (rounded up, never below 0). */
export function secondsUntil(deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000))
}

/** Check-ins as the station screen lists them: the latest arrival first. */
export function newestFirst(list: readonly CheckinRecord[]): CheckinRecord[] {
  return [...list].sort((a, b) => Date.parse(b.checkedInAt) - Date.parse(a.checkedInAt))
}

/** The form's default start: the next 5-minute mark (so "now" is inside the default check-in window). */
export function defaultStartMs(nowMs: number): number {
  const step = 5 * 60 * 1000
  return Math.ceil(nowMs / step) * step
}

/**
 * The ledger's default range: the 1st of the CST month two months back to today (this month and the
 * two before it), so someone checking later sees the recent history, not only this month's few days.
 */
export function defaultLedgerRange(nowMs: number): { from: string; to: string } {
  const now = new Date(nowMs)
  const { y, m } = cstYmd(now)
  const back = m - 2 // 1-based month two back; ≤ 0 → the year before
  const from = back >= 1 ? formatYmd({ y, m: back, d: 1 }) : formatYmd({ y: y - 1, m: back + 12, d: 1 })
  return { from, to: cstDate(now) }
}

const PHASE_ORDER: Record<ActivityPhase, number> = { open: 0, upcoming: 1, ended: 2 }

/**
 * The organiser's list: open now first, then upcoming (soonest first), then ended (latest first),
 * so the activity whose station screen is needed now is at the top, not one next week.
 */
export function organiserOrder<T extends { phase: ActivityPhase; startAt: string; _id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => {
    const byPhase = PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]
    if (byPhase) return byPhase
    const diff = Date.parse(a.startAt) - Date.parse(b.startAt)
    return (a.phase === 'ended' ? -diff : diff) || a._id.localeCompare(b._id)
  })
}

/** Org kinds whose ledger committee staff pick from: branches (a branch's ledger includes its groups). */
const LEDGER_KINDS = new Set(['generalBranch', 'branch', 'jointBranch'])

/**
 * The orgs whose ledger a caller may pick: the orgs they organise, and for committee staff every
 * branch of their own committee (walking up parentId; not external orgs, not party groups: a branch's
 * ledger includes them). The server checks the same (staff of another committee are refused).
 */
export function ledgerOrgIds(
  roles: readonly RoleGrant[] | null | undefined,
  tree: ReadonlyArray<{ _id: string; kind: string; parentId?: string | null; external?: boolean }> | null | undefined
): string[] {
  const ids = organiserOrgIds(roles)
  const staffOf = new Set((roles ?? []).filter((g) => g.role === 'staff').map((g) => g.orgId))
  if (!staffOf.size) return ids
  const byId = new Map((tree ?? []).map((o) => [o._id, o]))
  const committeeOf = (id: string | null | undefined): string | null => {
    for (let o = id ? byId.get(id) : undefined, hops = 0; o && hops < 8; o = o.parentId ? byId.get(o.parentId) : undefined, hops++) {
      if (o.external) return null
      if (o.kind === 'committee') return o._id
    }
    return null
  }
  for (const o of tree ?? []) {
    if (!o.external && LEDGER_KINDS.has(o.kind) && !ids.includes(o._id) && staffOf.has(committeeOf(o._id) ?? '')) ids.push(o._id)
  }
  return ids
}

/** Orgs whose activities the caller may create and run: those they serve (the server decides per org kind). */
export function organiserOrgIds(roles: readonly RoleGrant[] | null | undefined): string[] {
  const ids: string[] = []
  for (const g of roles ?? []) if (SERVING_ROLES.includes(g.role) && !ids.includes(g.orgId)) ids.push(g.orgId)
  return ids
}

/** The secretary of the activity's org (for a party group: of its branch) may add 补签; the server decides. */
export function mayMakeup(roles: readonly RoleGrant[] | null | undefined, orgId: string, parentId: string | null | undefined): boolean {
  return (roles ?? []).some((g) => g.role === 'secretary' && (g.orgId === orgId || (!!parentId && g.orgId === parentId)))
}

/** 0.8571 → '85.7%'; null (nobody expected) → '—'. */
export function rateText(rate: number | null | undefined): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return '—'
  return `${Math.round(rate * 1000) / 10}%`
}

/**
 * An activity's figures in the words its stage allows (shared/checkin/stage.ts): before the start only
 * 应到 and 已签到 (no 出勤率: nobody could have come yet); while it runs 未签到; 缺席 only after its end.
 * `detail` adds 迟到, 补签 and 列席 (the attendance page).
 */
export function attendanceStats(stage: ActivityStage, s: AttendanceSummary, detail = false): Array<[string, number | string]> {
  const out: Array<[string, number | string]> = [
    ['应到', s.expected],
    [stage === 'upcoming' ? '已签到' : '实到', s.present]
  ]
  if (stage === 'ongoing') out.push(['未签到', s.pending])
  if (stage === 'ended') out.push(['缺席', s.absent])
  if (detail) out.push(['迟到', s.late], ['补签', s.makeup], ['列席', s.guests])
  if (stage !== 'upcoming') out.push(['出勤率', rateText(s.rate)])
  return out
}

/** What a 补签 did, in one line: 已为 孙丽娟、马德明 补签 (and who had checked in meanwhile). */
export function makeupDone(records: readonly CheckinRecord[], already: readonly string[]): string {
  const names = (list: readonly CheckinRecord[]) => list.map((r) => r.name).join('、')
  const added = records.filter((r) => !already.includes(r.memberId))
  const before = records.filter((r) => already.includes(r.memberId))
  const parts = [
    added.length ? `已为 ${names(added)} 补签` : '',
    before.length ? before.map((r) => `${r.name}已于 ${r.clock} ${r.makeup ? '补签' : '签到'}`).join('，') : ''
  ]
  return parts.filter(Boolean).join('；')
}

/**
 * My activities' sections: 进行中 (started, not over), 即将开始 (not started; its check-in may be open
 * already), 已结束 — so an activity that started 1.5 h ago is never under 即将开始.
 */
export function mySections<T extends { stage: ActivityStage }>(upcoming: readonly T[], past: readonly T[]): Array<[string, T[]]> {
  return [
    ['进行中', upcoming.filter((a) => a.stage === 'ongoing')],
    ['即将开始', upcoming.filter((a) => a.stage === 'upcoming')],
    ['已结束', [...past]]
  ]
}

export type MyTagTone = 'plain' | 'red' | 'warn' | 'blue'

/** The tag of one of my activities: my attendance once there is one, else where the activity is. */
export function myActivityTag(a: MyActivity): { label: string; tone: MyTagTone } {
  const s = a.mine.status
  if (s) return { label: ATTENDANCE_STATUS_LABEL[s], tone: s === 'absent' ? 'red' : s === 'late' || s === 'makeup' ? 'warn' : 'blue' }
  if (a.stage === 'ongoing') return a.mine.expected ? { label: '未签到', tone: 'warn' } : { label: '进行中', tone: 'plain' }
  return { label: a.phase === 'open' ? '签到中' : '未开始', tone: 'plain' }
}

/** When I checked in (HH:mm CST), or when my 补签 was recorded; null without a check-in. */
export function myCheckinLine(a: MyActivity): string | null {
  const at = a.mine.checkedInAt
  if (!at) return null
  if (a.mine.makeup) return `补签（${cstDateTime(at).slice(5)} 记录）`
  return `签到时间 ${cstClock(at)}${a.mine.late ? '（迟到）' : ''}`
}

/** 2026年第四季度 出勤 5/6; before anything of the quarter has ended: 尚无已结束的活动. */
export function quarterText(q: QuarterAttendance | null | undefined): string | null {
  if (!q) return null
  return q.expected ? `${q.label} 出勤 ${q.attended}/${q.expected}` : `${q.label} 尚无已结束的活动`
}

/** 6 digits typed by hand, spaces ignored; null unless exactly six digits. */
export function normaliseShortCode(typed: string): string | null {
  const s = typed.replace(/\s+/g, '')
  return /^\d{6}$/.test(s) ? s : null
}

// The activity types and their labels come from the contract (config compiles shared/).
export { ACTIVITY_TYPES, ACTIVITY_TYPE_LABEL } from '@shared/checkin/api'
