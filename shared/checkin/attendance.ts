// Attendance of one activity: expected vs present vs not checked in, late, make-up, guests, rate.
//   present = expected members with a check-in (make-ups included); the others are pending (未签到)
//   until the activity has ended (stage.ts), absent (缺席) only then;
//   late    = present by scan after the late threshold; makeup = present by a secretary's 补签;
//   guests  = check-ins of members not expected (an open activity);
//   rate    = present / expected, none before the start (nobody could have come yet).
import type { ActivityStage, AttendanceStatus, AttendanceSummary } from './api'

export type { AttendanceStatus, AttendanceSummary }

export interface CheckinFact {
  memberId: string
  checkedInAt: Date
  late: boolean
  makeup: boolean
}

export interface AttendanceLine {
  memberId: string
  expected: boolean
  status: AttendanceStatus
  checkin: CheckinFact | null
}

export function statusOf(c: CheckinFact | null, expected: boolean, stage: ActivityStage): AttendanceStatus {
  if (!c) return stage === 'ended' ? 'absent' : 'pending'
  if (!expected) return 'guest'
  if (c.makeup) return 'makeup'
  return c.late ? 'late' : 'present'
}

export function attendance(
  expectedIds: string[],
  checkins: CheckinFact[],
  stage: ActivityStage
): { summary: AttendanceSummary; lines: AttendanceLine[] } {
  const expected = new Set(expectedIds)
  const byMember = new Map(checkins.map((c) => [c.memberId, c]))
  const lines: AttendanceLine[] = []
  for (const id of expected) {
    const c = byMember.get(id) ?? null
    lines.push({ memberId: id, expected: true, status: statusOf(c, true, stage), checkin: c })
  }
  for (const c of checkins)
    if (!expected.has(c.memberId)) lines.push({ memberId: c.memberId, expected: false, status: 'guest', checkin: c })
  const count = (s: AttendanceStatus) => lines.filter((l) => l.status === s).length
  const present = lines.filter((l) => l.expected && l.checkin).length
  const missing = expected.size - present
  const summary: AttendanceSummary = {
    expected: expected.size,
    present,
    absent: stage === 'ended' ? missing : 0,
    pending: stage === 'ended' ? 0 : missing,
    late: count('late'),
    makeup: count('makeup'),
    guests: count('guest'),
    rate: expected.size && stage !== 'upcoming' ? Math.round((present / expected.size) * 10_000) / 10_000 : null
  }
  return { summary, lines }
}
