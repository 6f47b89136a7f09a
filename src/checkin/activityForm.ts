// The new-activity form → a createActivity request. The client checks what a person can fix on the
// spot; the server checks everything again (and more). Pure; table-tested.
import type { ActivityType, CreateActivityRequest, LatLng } from '@shared/checkin/api'
import { addMinutes, cstClock, cstDate, cstDateTime, cstInstant } from '@shared/core/time'
import { defaultStartMs } from './view'

export const WINDOW_DEFAULTS = { opensMinutesBefore: 30, closesMinutesAfter: 0, lateAfterMinutes: 0 } as const
export const RADIUS_DEFAULT = 300

export interface ActivityForm {
  type: ActivityType
  title: string
  orgId: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  /** Minutes as typed (strings from inputs). */
  opensMinutesBefore: string
  closesMinutesAfter: string
  lateAfterMinutes: string
  open: boolean
  venue: LatLng | null
  radiusM: string
  stationIds: string[]
  /** null: every member of the org (the server's default). */
  expectedMemberIds: string[] | null
}

/** A fresh form: starts at the next 5-minute mark, lasts an hour, default window. */
export function emptyForm(nowMs: number, orgId: string): ActivityForm {
  const start = new Date(defaultStartMs(nowMs))
  const end = addMinutes(start, 60)
  return {
    type: 'themeDay',
    title: '',
    orgId,
    startDate: cstDate(start),
    startTime: cstClock(start),
    endDate: cstDate(end),
    endTime: cstClock(end),
    opensMinutesBefore: String(WINDOW_DEFAULTS.opensMinutesBefore),
    closesMinutesAfter: String(WINDOW_DEFAULTS.closesMinutesAfter),
    lateAfterMinutes: String(WINDOW_DEFAULTS.lateAfterMinutes),
    open: false,
    venue: null,
    radiusM: String(RADIUS_DEFAULT),
    stationIds: [],
    expectedMemberIds: null
  }
}

function wholeNumber(s: string, min: number, max: number): number | null {
  const t = s.trim()
  if (!/^\d{1,5}$/.test(t)) return null
  const n = Number(t)
  return n >= min && n <= max ? n : null
}

export type FormCheck = { ok: true; req: Omit<CreateActivityRequest, 'action'> } | { ok: false; message: string }

export function buildActivityRequest(f: ActivityForm): FormCheck {
  const title = f.title.trim()
  if (!title) return { ok: false, message: '请填写活动名称' }
  if (title.length > 60) return { ok: false, message: '活动名称不能超过60个字' }
  if (!f.orgId) return { ok: false, message: '请选择组织' }
  const startAt = cstInstant(f.startDate, f.startTime)
  const endAt = cstInstant(f.endDate, f.endTime)
  if (!startAt || !endAt) return { ok: false, message: '请选择开始和结束时间' }
  if (Date.parse(endAt) <= Date.parse(startAt)) return { ok: false, message: '结束时间须晚于开始时间' }
  const opens = wholeNumber(f.opensMinutesBefore, 0, 1440)
  const closes = wholeNumber(f.closesMinutesAfter, 0, 1440)
  const late = wholeNumber(f.lateAfterMinutes, 0, 240)
  if (opens === null) return { ok: false, message: '提前开放签到的分钟数应为 0–1440' }
  if (closes === null) return { ok: false, message: '结束后截止签到的分钟数应为 0–1440' }
  if (late === null) return { ok: false, message: '迟到判定的分钟数应为 0–240' }
  let venue: CreateActivityRequest['venue']
  if (f.venue) {
    const radiusM = wholeNumber(f.radiusM, 50, 5000)
    if (radiusM === null) return { ok: false, message: '签到范围应为 50–5000 米' }
    venue = { lat: f.venue.lat, lng: f.venue.lng, radiusM }
  }
  if (f.expectedMemberIds && f.expectedMemberIds.length === 0) return { ok: false, message: '请至少选择一名应到党员' }

  const window: CreateActivityRequest['window'] = {}
  if (opens !== WINDOW_DEFAULTS.opensMinutesBefore) window.opensMinutesBefore = opens
  if (closes !== WINDOW_DEFAULTS.closesMinutesAfter) window.closesMinutesAfter = closes
  if (late !== WINDOW_DEFAULTS.lateAfterMinutes) window.lateAfterMinutes = late
  return {
    ok: true,
    req: {
      type: f.type,
      title,
      orgId: f.orgId,
      startAt,
      endAt,
      ...(Object.keys(window).length ? { window } : {}),
      ...(f.open ? { open: true } : {}),
      ...(venue ? { venue } : {}),
      ...(f.stationIds.length ? { stationIds: f.stationIds } : {}),
      ...(f.expectedMemberIds ? { expectedMemberIds: f.expectedMemberIds } : {})
    }
  }
}

/** What the window means in CST, shown under the inputs: '签到 10:30 开放，12:00 截止，10:00 后算迟到'. */
export function windowSummary(f: ActivityForm): string | null {
  const start = cstInstant(f.startDate, f.startTime)
  const end = cstInstant(f.endDate, f.endTime)
  const opens = wholeNumber(f.opensMinutesBefore, 0, 1440)
  const closes = wholeNumber(f.closesMinutesAfter, 0, 1440)
  const late = wholeNumber(f.lateAfterMinutes, 0, 240)
  if (!start || !end || opens === null || closes === null || late === null) return null
  const at = (iso: string, minutes: number) => cstDateTime(addMinutes(new Date(iso), minutes)).slice(5)
  return `签到 ${at(start, -opens)} 开放，${at(end, closes)} 截止，${at(start, late)} 后算迟到`
}
