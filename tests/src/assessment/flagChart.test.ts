/** @jest-environment node */
import { countTotal, flagBars, flagShares } from '@/assessment/flagChart'

const c = (red: number, yellow: number, blue: number, grey: number) => ({ red, yellow, blue, grey })
const geometry = (rows: Array<[string, ReturnType<typeof c>]>, scaleTo?: number) =>
  flagBars(
    rows.map(([k, flags]) => ({ key: k, label: k, flags })),
    scaleTo
  ).map((b) => [b.key, b.total, b.width, b.segments.map((s) => `${s.flag}:${s.count}:${s.width}`).join(' ')])

describe('flag distribution bars', () => {
  it.each<[string, Array<[string, ReturnType<typeof c>]>, unknown[]]>([
    [
      'the largest branch fills the width; others in proportion',
      [
        ['b1', c(2, 4, 3, 1)],
        ['b2', c(1, 1, 2, 1)]
      ],
      [
        ['b1', 10, 100, 'red:2:20 yellow:4:40 blue:3:30 grey:1:10'],
        ['b2', 5, 50, 'red:1:10 yellow:1:10 blue:2:20 grey:1:10']
      ]
    ],
    ['thirds add up exactly', [['b1', c(1, 1, 1, 0)]], [['b1', 3, 100, 'red:1:33.4 yellow:1:33.3 blue:1:33.3']]],
    [
      'a branch with nothing published is an empty bar',
      [
        ['b1', c(0, 3, 0, 0)],
        ['b2', c(0, 0, 0, 0)]
      ],
      [
        ['b1', 3, 100, 'yellow:3:100'],
        ['b2', 0, 0, '']
      ]
    ],
    ['nothing anywhere', [['b1', c(0, 0, 0, 0)]], [['b1', 0, 0, '']]],
    [
      'seven of nine',
      [
        ['b1', c(0, 7, 0, 0)],
        ['b2', c(3, 3, 2, 1)]
      ],
      [
        ['b1', 7, 77.8, 'yellow:7:77.8'],
        ['b2', 9, 100, 'red:3:33.4 yellow:3:33.3 blue:2:22.2 grey:1:11.1']
      ]
    ]
  ])('%s', (_n, rows, expected) => expect(geometry(rows)).toEqual(expected))

  it('scales to a given count (the committee totals bar is full)', () => {
    expect(geometry([['all', c(5, 5, 0, 0)]], 10)).toEqual([['all', 10, 100, 'red:5:50 yellow:5:50']])
    expect(geometry([['b1', c(1, 0, 0, 0)]], 4)).toEqual([['b1', 1, 25, 'red:1:25']])
  })

  it('segment widths always sum to the bar width', () => {
    for (let n = 1; n < 40; n++) {
      const [bar] = flagBars([{ key: 'k', label: 'k', flags: c(n % 7, n % 5, n % 3, 1) }], 40)
      const sum = Math.round(bar.segments.reduce((s, x) => s + x.width * 10, 0))
      expect(sum).toBe(Math.round(bar.width * 10))
    }
  })
})

describe('flag shares', () => {
  it.each([
    [c(1, 1, 1, 0), { red: 34, yellow: 33, blue: 33, grey: 0 }],
    [c(0, 0, 0, 0), { red: 0, yellow: 0, blue: 0, grey: 0 }],
    [c(3, 1, 0, 0), { red: 75, yellow: 25, blue: 0, grey: 0 }]
  ])('%j → %j', (counts, shares) => expect(flagShares(counts)).toEqual(shares))
  it('counts', () => expect(countTotal(c(1, 2, 3, 4))).toBe(10))
})

describe('equal remainders', () => {
  it('go to the earliest flag, whatever floating point says (3/5/5/2 of 15)', () => {
    expect(geometry([['all', c(3, 5, 5, 2)]])).toEqual([['all', 15, 100, 'red:3:20 yellow:5:33.4 blue:5:33.3 grey:2:13.3']])
    expect(flagShares(c(3, 5, 5, 2))).toEqual({ red: 20, yellow: 34, blue: 33, grey: 13 })
  })
})
