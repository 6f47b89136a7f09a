// Replies shaped like shared/checkin/api.ts.
import type { Activity, AttendanceRow, CheckinApi, CheckinRecord, MyActivity, OrganiserActivity } from '@shared/checkin/api'

export const CODE = 'a0k3z9x1q2.xo8n7k.Qm3v_9LpZc'
export const CODE2 = 'a0k3z9x1q2.xo8n7l.Zz1a_2BcDe'

export function activity(over: Partial<Activity> = {}): Activity {
  return {
    _id: 'a0k3z9x1q2',
    type: 'themeDay',
    title: '11月主题党日',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    startAt: '2026-11-21T02:00:00.000Z',
    endAt: '2026-11-21T04:00:00.000Z',
    opensAt: '2026-11-21T01:30:00.000Z',
    closesAt: '2026-11-21T04:00:00.000Z',
    lateAfter: '2026-11-21T02:00:00.000Z',
    open: false,
    venue: null,
    stationIds: [],
    rotateSeconds: 30,
    phase: 'open',
    stage: 'ongoing',
    expectedCount: 3,
    createdBy: 'm1',
    ...over
  }
}

export function myActivity(over: Partial<Activity> = {}, mine: Partial<MyActivity['mine']> = {}): MyActivity {
  return { ...activity(over), mine: { status: null, checkedInAt: null, late: false, makeup: false, expected: true, ...mine } }
}

export function organised(over: Partial<Activity> = {}, summary: Partial<OrganiserActivity['summary']> = {}): OrganiserActivity {
  return {
    ...activity(over),
    summary: { expected: 3, present: 2, absent: 0, pending: 1, late: 1, makeup: 0, guests: 0, rate: 0.6667, ...summary }
  }
}

export function record(name: string, checkedInAt: string, over: Partial<CheckinRecord> = {}): CheckinRecord {
  const d = new Date(Date.parse(checkedInAt) + 8 * 3600_000)
  const clock = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
  return { memberId: `id-${name}`, name, checkedInAt, clock, late: false, makeup: false, ...over }
}

export function stationCode(over: Partial<CheckinApi['stationCode']['res']> = {}): CheckinApi['stationCode']['res'] {
  const checkins = over.checkins ?? []
  return {
    activity: activity(),
    code: CODE,
    shortCode: '482913',
    window: 1000,
    rotateSeconds: 30,
    secondsLeft: 20,
    rotatesAt: '2026-11-21T02:10:20.000Z',
    checkins,
    count: checkins.length,
    ...over
  }
}

const row = (
  memberId: string,
  name: string,
  status: AttendanceRow['status'],
  clock: string | null,
  extra: Partial<AttendanceRow> = {}
): AttendanceRow => ({
  memberId,
  name,
  expected: status !== 'guest',
  status,
  checkedInAt: clock ? `2026-11-21T0${Number(clock.slice(0, 2)) - 8}:${clock.slice(3)}:00.000Z` : null,
  clock,
  ...extra
})

export function attendance(over: Partial<CheckinApi['attendance']['res']> = {}): CheckinApi['attendance']['res'] {
  return {
    activity: activity(),
    summary: { expected: 3, present: 2, absent: 0, pending: 1, late: 1, makeup: 0, guests: 1, rate: 0.6667 },
    rows: [
      row('r1', '张伟', 'present', '09:55'),
      row('r2', '赵敏', 'late', '10:07'),
      row('r3', '孙强', 'pending', null),
      row('x9', '外单位党员', 'guest', '09:58')
    ],
    refusals: [
      {
        memberId: 'r3',
        name: '孙强',
        at: '2026-11-21T02:20:00.000Z',
        code: 'CODE_REPLAYED',
        message: '二维码已过期很久，请勿使用截图或照片签到'
      }
    ],
    ...over
  }
}

export function ledger(): CheckinApi['ledger']['res'] {
  const base = {
    activityId: 'a0k3z9x1q2',
    type: 'themeDay' as const,
    typeLabel: '主题党日',
    title: '11月主题党日',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    date: '2026-11-21'
  }
  return {
    org: { _id: 'b1', name: '第一养护站党支部' },
    from: '2026-11-01',
    to: '2026-11-21',
    activities: [organised()],
    rows: [
      {
        ...base,
        memberId: 'r1',
        name: '张伟',
        status: 'present',
        checkedInAt: '2026-11-21T01:55:00.000Z',
        clock: '09:55',
        makeupReason: null
      },
      { ...base, memberId: 'r3', name: '孙强', status: 'pending', checkedInAt: null, clock: null, makeupReason: null }
    ]
  }
}
