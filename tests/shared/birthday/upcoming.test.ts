import { REMIND_DAYS_AHEAD, UPCOMING_DAYS, upcomingOf } from '@shared/birthday/upcoming'

const member = (_id: string, joinedAt: string | null, assessingOrgId = 'b1', homeOrgId = 'b1') => ({
  _id,
  name: _id,
  joinedAt,
  assessingOrgId,
  homeOrgId
})

describe('upcoming birthdays', () => {
  it('defaults: 30 days, a reminder 7 days ahead', () => expect([UPCOMING_DAYS, REMIND_DAYS_AHEAD]).toEqual([30, 7]))

  const members = [
    member('a', '2016-07-10'),
    member('b', '2001-07-01'),
    member('c', '2001-08-20'),
    member('d', null),
    member('e', '2010-07-05', 'b1', 'village'), // dispatched to us: ours
    member('f', '2010-07-06', 'b2', 'b1') // ours at home, greeted at b2
  ]

  it.each([
    [
      'b1',
      [
        ['b', 0, 25, false, 'own'],
        ['e', 4, 16, false, 'own'],
        ['f', 5, 16, false, 'home'],
        ['a', 9, 10, true, 'own']
      ]
    ],
    ['b2', [['f', 5, 16, false, 'own']]],
    ['village', [['e', 4, 16, false, 'home']]]
  ])('of %s from 2026-07-01', (org, rows) => {
    expect(upcomingOf(members, org, '2026-07-01').map((u) => [u.memberId, u.inDays, u.years, u.round, u.relation])).toEqual(rows)
  })

  it('takes another number of days', () => {
    expect(upcomingOf(members, 'b1', '2026-07-01', 5).map((u) => u.memberId)).toEqual(['b', 'e'])
  })
})
