import { flagOf, ranks } from '@shared/assessment/bands'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'

describe('flag bands on the total in tenths', () => {
  it.each([
    [1000, 'red'],
    [900, 'red'],
    [899, 'yellow'],
    [800, 'yellow'],
    [799, 'blue'],
    [700, 'blue'],
    [699, 'grey'],
    [690, 'grey'],
    [0, 'grey']
  ])('%i tenths → %s', (t, flag) => expect(flagOf(t, DEFAULT_RUBRIC.bands)).toBe(flag))

  it.each([
    [{ red: 95, yellow: 85, blue: 60 }, 940, 'yellow'],
    [{ red: 95, yellow: 85, blue: 60 }, 600, 'blue']
  ])('other bands %j: %i → %s', (bands, t, flag) => expect(flagOf(t, bands)).toBe(flag))
})

describe('ranks: ties share a rank', () => {
  it.each([
    [
      [950, 900, 900, 850],
      [1, 2, 2, 4]
    ],
    [
      [800, 800, 800],
      [1, 1, 1]
    ],
    [
      [700, 950],
      [2, 1]
    ],
    [[], []],
    [
      [899, 900, 899, 1000, 0],
      [3, 2, 3, 1, 5]
    ]
  ])('%j → %j', (totals, expected) => expect(ranks(totals)).toEqual(expected))
})
