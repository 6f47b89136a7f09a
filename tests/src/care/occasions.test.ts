import type { Occasion } from '@shared/care/api'
import { newOccasion, trimmedOccasions } from '@/care/occasions'

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
