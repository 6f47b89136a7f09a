import type { Material, ReportStatus } from '@shared/study/api'
import { creditBasis, creditedHours, roundHours } from '@shared/study/hours'

const text: Material = { kind: 'text', text: '学习材料' }
const activity: Material = { kind: 'activity', text: '', activityId: 'a123456789' }

describe('class hours are credited only by an accepted report or a check-in at the collective-study activity', () => {
  it.each<[string, ReportStatus | null, boolean, Material, 'report' | 'checkin' | null, number]>([
    ['no report, no check-in', null, false, text, null, 0],
    ['a draft (time spent typing counts nothing)', 'draft', false, text, null, 0],
    ['filed, waiting for review', 'submitted', false, text, null, 0],
    ['returned', 'returned', false, text, null, 0],
    ['accepted', 'accepted', false, text, 'report', 3],
    ['checked in at the task’s activity', null, true, activity, 'checkin', 3],
    ['checked in and accepted: credited once, by the report', 'accepted', true, activity, 'report', 3],
    ['a check-in is no credit for a task without an activity', null, true, text, null, 0],
    ['checked in, report returned: still credited by the check-in', 'returned', true, activity, 'checkin', 3]
  ])('%s', (_l, status, checkedIn, material, basis, hours) => {
    const task = { material, hours: 3 }
    expect(creditBasis(status, checkedIn, task)).toBe(basis)
    expect(creditedHours(status, checkedIn, task)).toBe(hours)
  })

  it.each([
    [1.5, 1.5],
    [0.1 + 0.2 + 1.2, 1.5],
    [2.74, 2.5]
  ])('rounds %p to the half hour: %p', (x, y) => expect(roundHours(x)).toBe(y))
})
