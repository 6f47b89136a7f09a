import { fiftyYearsList, isCutoff, MISSING_DATES_LABEL } from '@shared/birthday/fiftyYears'

const m = (_id: string, partyStatus: 'full' | 'probationary', joinedAt: string | null, fullAt: string | null) => ({
  _id,
  name: _id,
  partyStatus,
  joinedAt,
  fullAt,
  homeOrgId: 'b1',
  assessingOrgId: 'b1'
})

describe('光荣在党50年', () => {
  const members = [
    m('on-cutoff', 'full', '1975-07-01', '1976-07-01'), // 50 years exactly on 1 July 2026
    m('after-cutoff', 'full', '1975-07-02', '1976-07-02'), // reaches 50 the day after: next year
    m('early', 'full', '1975-01-01', '1976-01-01'),
    m('last-year', 'full', '1974-07-01', '1975-07-01'),
    m('joined-50-full-49', 'full', '1976-01-01', '1977-01-01'), // 党龄 counts from 转正, not 入党
    m('leap', 'full', '1975-02-28', '1976-02-29'),
    m('no-full', 'full', '1975-01-01', null),
    m('no-join', 'full', null, '1976-01-01'),
    m('probationary', 'probationary', '2025-09-01', null)
  ]

  it.each([
    [2026, '07-01', ['early', 'leap', 'on-cutoff']],
    [2027, '07-01', ['after-cutoff', 'joined-50-full-49']],
    [2025, '07-01', ['last-year']],
    [2026, '06-30', ['last-year', 'early', 'leap']], // an earlier cut-off: on-cutoff next year, last-year's this year
    [2026, '12-31', ['early', 'leap', 'on-cutoff', 'after-cutoff']]
  ])('in %i with the cut-off %s: %j', (year, cutoff, ids) => {
    expect(fiftyYearsList(members, year, cutoff).due.map((x) => x._id)).toEqual(ids)
  })

  it('lists members without dates apart, to be fixed', () => {
    expect(fiftyYearsList(members, 2026).missingDates.map((x) => x._id)).toEqual(['no-full', 'no-join'])
    expect(MISSING_DATES_LABEL).toBe('入党/转正日期未填')
  })

  it.each([
    ['07-01', true],
    ['02-29', true],
    ['02-30', false],
    ['7-1', false],
    [null, false]
  ])('%j is a cut-off: %s', (s, yes) => expect(isCutoff(s)).toBe(yes))
})
