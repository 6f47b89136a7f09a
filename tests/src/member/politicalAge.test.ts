import { politicalAgeText } from '@/member/politicalAge'

describe('politicalAgeText', () => {
  it.each([
    [null, '—', null],
    [undefined, '—', null],
    [-1, '—', null],
    [Number.NaN, '—', null],
    [0, '不满 1 年', null],
    [1, '1 年', null],
    [9, '9 年', null],
    [10, '10 年', '入党 10 周年'],
    [30, '30 年', '入党 30 周年'],
    [49, '49 年', null],
    [50, '50 年', '光荣在党50年'],
    [63, '63 年', '光荣在党50年']
  ])('%p → %s (honour %p)', (age, text, honour) => {
    expect(politicalAgeText(age as any)).toEqual({ text, honour })
  })
})
