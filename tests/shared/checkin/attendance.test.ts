import { attendance, statusOf } from '@shared/checkin/attendance'

const at = new Date('2026-07-01T01:00:00Z')
const c = (memberId: string, late = false, makeup = false) => ({ memberId, checkedInAt: at, late, makeup })

describe('statusOf', () => {
  it.each([
    [null, true, 'absent'],
    [null, false, 'absent'],
    [c('m1'), true, 'present'],
    [c('m1', true), true, 'late'],
    [c('m1', false, true), true, 'makeup'],
    [c('m1'), false, 'guest']
  ])('%j expected %s → %s', (fact, expected, status) => expect(statusOf(fact, expected as boolean)).toBe(status))
})

describe('attendance summary', () => {
  it.each([
    ['nobody expected, nobody came', [], [], { expected: 0, present: 0, absent: 0, late: 0, makeup: 0, guests: 0, rate: null }],
    ['nobody came', ['m1', 'm2'], [], { expected: 2, present: 0, absent: 2, rate: 0 }],
    ['all on time', ['m1', 'm2'], [c('m1'), c('m2')], { expected: 2, present: 2, absent: 0, late: 0, rate: 1 }],
    [
      'late, make-up, guest and absent',
      ['m1', 'm2', 'm3', 'm4'],
      [c('m1'), c('m2', true), c('m3', false, true), c('g1')],
      { expected: 4, present: 3, absent: 1, late: 1, makeup: 1, guests: 1, rate: 0.75 }
    ],
    ['a third', ['m1', 'm2', 'm3'], [c('m1')], { present: 1, absent: 2, rate: 0.3333 }],
    ['only guests', [], [c('g1'), c('g2')], { expected: 0, present: 0, guests: 2, rate: null }]
  ])('%s', (_l, expected, checkins, summary) => {
    expect(attendance(expected as string[], checkins).summary).toMatchObject(summary)
  })

  it('lists every expected member, then guests', () => {
    const { lines } = attendance(['m1', 'm2'], [c('g1'), c('m2', true)])
    expect(lines.map((l) => [l.memberId, l.status])).toEqual([
      ['m1', 'absent'],
      ['m2', 'late'],
      ['g1', 'guest']
    ])
  })
})
