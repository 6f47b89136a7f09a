// Attendance of one activity: expected vs present vs absent, late, make-up, guests, rate.
//   present = expected members with a check-in (make-ups included); absent = expected − present;
//   late    = present by scan after the late threshold; makeup = present by a secretary's 补签;
//   guests  = check-ins of members not expected (an open activity); rate = present / expected.

export type AttendanceStatus = 'present' | 'late' | 'makeup' | 'absent' | 'guest'

export interface CheckinFact {
  memberId: string
  checkedInAt: Date
  late: boolean
  makeup: boolean
}

import type { AttendanceSummary } from './api'

export type { AttendanceSummary }

export interface AttendanceLine {
  memberId: string
  expected: boolean
  status: AttendanceStatus
  checkin: CheckinFact | null
}

export function statusOf(c: CheckinFact | null, expected: boolean): AttendanceStatus {
  if (!c) return 'absent'
  if (!expected) return 'guest'
  if (c.makeup) return 'makeup'
  return c.late ? 'late' : 'present'
}

export function attendance(expectedIds: string[], checkins: CheckinFact[]): { summary: AttendanceSummary; lines: AttendanceLine[] } {
  const expected = new Set(expectedIds)
  const byMember = new Map(checkins.map((c) => [c.memberId, c]))
  const lines: AttendanceLine[] = []
  for (const id of expected) {
    const c = byMember.get(id) ?? null
    lines.push({ memberId: id, expected: true, status: statusOf(c, true), checkin: c })
  }
  for (const c of checkins)
    if (!expected.has(c.memberId)) lines.push({ memberId: c.memberId, expected: false, status: 'guest', checkin: c })
  const count = (s: AttendanceStatus) => lines.filter((l) => l.status === s).length
  const present = lines.filter((l) => l.expected && l.checkin).length
  const summary: AttendanceSummary = {
    expected: expected.size,
    present,
    absent: expected.size - present,
    late: count('late'),
    makeup: count('makeup'),
    guests: count('guest'),
    rate: expected.size ? Math.round((present / expected.size) * 10_000) / 10_000 : null
  }
  return { summary, lines }
}
