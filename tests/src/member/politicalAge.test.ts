/** @jest-environment node */
import type { PoliticalHonour } from '@shared/member/api'
import { politicalAgeText } from '@/member/politicalAge'

describe('politicalAgeText (the server decides 党龄 and the honour; this words them)', () => {
  it.each<[number | null | undefined, PoliticalHonour | null | undefined, string, string | null]>([
    [null, null, '—', null],
    [undefined, undefined, '—', null],
    [-1, null, '—', null],
    [Number.NaN, null, '—', null],
    [0, null, '不满 1 年', null],
    [1, null, '1 年', null],
    [9, { kind: 'anniversary', years: 10 }, '9 年', '入党 10 周年'],
    [49, { kind: 'anniversary', years: 50 }, '49 年', '入党 50 周年'],
    [50, null, '50 年', null],
    [50, { kind: 'fiftyYears' }, '50 年', '光荣在党50年'],
    [63, { kind: 'fiftyYears' }, '63 年', '光荣在党50年']
  ])('%p, %j → %s (honour %p)', (age, honour, text, words) => {
    expect(politicalAgeText(age, honour)).toEqual({ text, honour: words })
  })
})
