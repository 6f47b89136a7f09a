/** @jest-environment node */
import type { Occasion } from '@shared/care/api'
import { newOccasion, trimmedOccasions, weeksOf } from '@/care/occasions'

const o = (id: string, kind: Occasion['kind'] = 'talk'): Occasion => ({ id, kind, name: id })

describe('newOccasion: the next free id of its kind, existing ids kept', () => {
  it.each<[string, Occasion[], Occasion['kind'], string]>([
    ['an empty list', [], 'talk', 'talk-1'],
    ['the defaults (named ids)', [o('talk-thought'), o('visit-ill', 'visit')], 'visit', 'visit-1'],
    ['talk-1 taken', [o('talk-1')], 'talk', 'talk-2'],
    ['a gap', [o('talk-1'), o('talk-3')], 'talk', 'talk-2'],
    ['the other kind does not count', [o('talk-1')], 'visit', 'visit-1']
  ])('%s → %s', (_n, list, kind, id) => {
    expect(newOccasion(list, kind)).toEqual({ id, kind, name: '' })
  })
})

it('trimmedOccasions trims the names only', () => {
  expect(trimmedOccasions([{ id: 'talk-1', kind: 'talk', name: '  生病时 ' }])).toEqual([{ id: 'talk-1', kind: 'talk', name: '生病时' }])
})

describe('weeksOf: the weeks typed, 2–26 whole weeks', () => {
  it.each<[string, number | null]>([
    ['8', 8],
    [' 12 ', 12],
    ['2', 2],
    ['26', 26],
    ['1', null],
    ['27', null],
    ['', null],
    ['4.5', null],
    ['八', null],
    ['-3', null]
  ])('%j → %p', (typed, want) => expect(weeksOf(typed)).toBe(want))
})
