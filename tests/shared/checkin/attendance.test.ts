import type { ActivityStage } from '@shared/checkin/api'
import { attendance, statusOf } from '@shared/checkin/attendance'

const at = new Date('2026-07-01T01:00:00Z')
const c = (memberId: string, late = false, makeup = false) => ({ memberId, checkedInAt: at, late, makeup })

describe('statusOf', () => {
  it.each<[ReturnType<typeof c> | null, boolean, ActivityStage, string]>([
    [null, true, 'ended', 'absent'],
    [null, false, 'ended', 'absent'],
    [null, true, 'ongoing', 'pending'],
    [null, true, 'upcoming', 'pending'],
    [c('m1'), true, 'ended', 'present'],
    [c('m1'), true, 'ongoing', 'present'],
    [c('m1', true), true, 'ended', 'late'],
    [c('m1', false, true), true, 'ongoing', 'makeup'],
    [c('m1'), false, 'ended', 'guest']
  ])('%j expected %s, %s → %s', (fact, expected, stage, status) => expect(statusOf(fact, expected, stage)).toBe(status))
})

describe('attendance summary', () => {
  it.each<[string, string[], ReturnType<typeof c>[], ActivityStage, object]>([
    [
      'nobody expected, nobody came',
      [],
      [],
      'ended',
      { expected: 0, present: 0, absent: 0, pending: 0, late: 0, makeup: 0, guests: 0, rate: null }
    ],
    ['nobody came, ended', ['m1', 'm2'], [], 'ended', { expected: 2, present: 0, absent: 2, pending: 0, rate: 0 }],
    ['nobody came yet, running', ['m1', 'm2'], [], 'ongoing', { expected: 2, present: 0, absent: 0, pending: 2, rate: 0 }],
    // Next week's 党课: nobody is absent and there is no rate yet.
    ['not started', ['m1', 'm2'], [], 'upcoming', { expected: 2, present: 0, absent: 0, pending: 2, rate: null }],
    ['not started, one early', ['m1', 'm2'], [c('m1')], 'upcoming', { present: 1, absent: 0, pending: 1, rate: null }],
    ['all on time', ['m1', 'm2'], [c('m1'), c('m2')], 'ended', { expected: 2, present: 2, absent: 0, pending: 0, late: 0, rate: 1 }],
    [
      'late, make-up, guest and absent',
      ['m1', 'm2', 'm3', 'm4'],
      [c('m1'), c('m2', true), c('m3', false, true), c('g1')],
      'ended',
      { expected: 4, present: 3, absent: 1, pending: 0, late: 1, makeup: 1, guests: 1, rate: 0.75 }
    ],
    ['a third, running', ['m1', 'm2', 'm3'], [c('m1')], 'ongoing', { present: 1, absent: 0, pending: 2, rate: 0.3333 }],
    ['only guests', [], [c('g1'), c('g2')], 'ended', { expected: 0, present: 0, guests: 2, rate: null }]
  ])('%s', (_l, expected, checkins, stage, summary) => {
    expect(attendance(expected, checkins, stage).summary).toMatchObject(summary)
  })

  it.each<[ActivityStage, string]>([
    ['ended', 'absent'],
    ['ongoing', 'pending']
  ])('lists every expected member, then guests (%s: no check-in is %s)', (stage, missing) => {
    const { lines } = attendance(['m1', 'm2'], [c('g1'), c('m2', true)], stage)
    expect(lines.map((l) => [l.memberId, l.status])).toEqual([
      ['m1', missing],
      ['m2', 'late'],
      ['g1', 'guest']
    ])
  })
})
