import { add, div, frac, fromHalfSteps, round, roundUnits } from '@shared/assessment/exact'

describe('exact rounding, half up', () => {
  it.each([
    [frac(8995, 100), 1, 900],
    [frac(8994, 100), 1, 899],
    [frac(7995, 100), 1, 800],
    [frac(6999, 100), 1, 700],
    [frac(0), 1, 0],
    [frac(100), 1, 1000],
    [frac(1, 3), 2, 33],
    [frac(2, 3), 2, 67],
    [frac(1, 8), 2, 13],
    [frac(-1, 2), 0, 0],
    [frac(-3, 2), 0, -1]
  ])('%j to %i digits → %i units', (x, digits, units) => expect(roundUnits(x, digits)).toBe(units))

  it('keeps what binary floats lose: 0.1 + 0.2 sums exactly, 89.95 is never 89.9499…', () => {
    expect(round(add(frac(1, 10), frac(2, 10)), 1)).toBe(0.3)
    expect(0.1 * 3 === 0.3).toBe(false)
    expect(round(add(frac(8990, 100), frac(5, 100)), 1)).toBe(90)
    expect(round(div(frac(27), frac(3)), 0)).toBe(9)
  })

  it.each([[0], [0.5], [7], [99.5]])('%d is a 0.5 step', (x) => expect(round(fromHalfSteps(x), 1)).toBe(x))
  it.each([[0.3], [1.25], [Number.NaN]])('%d is refused', (x) => expect(() => fromHalfSteps(x)).toThrow())
})
