/** @jest-environment node */
import { darkRuns, runBox, utf8 } from '@/core/components/QrCode/qrRuns'

describe('QR runs', () => {
  const grid = (rows: string[]) => (r: number, c: number) => rows[r][c] === '#'
  it.each([
    [['...', '...', '...'], []],
    [
      ['###', '...', '#.#'],
      [
        { row: 0, col: 0, len: 3 },
        { row: 2, col: 0, len: 1 },
        { row: 2, col: 2, len: 1 }
      ]
    ],
    [
      ['.##', '##.', '.#.'],
      [
        { row: 0, col: 1, len: 2 },
        { row: 1, col: 0, len: 2 },
        { row: 2, col: 1, len: 1 }
      ]
    ]
  ])('darkRuns(%j)', (rows, runs) => expect(darkRuns(rows.length, grid(rows))).toEqual(runs))

  it('places a run inside the quiet zone, in percent', () => {
    // 21 modules + 4 on each side = 29 units of 100/29 %.
    expect(runBox({ row: 0, col: 0, len: 21 }, 21)).toEqual({ left: '13.793%', top: '13.793%', width: '72.414%', height: '3.448%' })
  })
})

describe('utf8', () => {
  it.each([
    ['abc', [97, 98, 99]],
    ['签', [0xe7, 0xad, 0xbe]],
    ['é', [0xc3, 0xa9]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]]
  ])('%s', (text, bytes) => {
    expect(Array.from(utf8(text))).toEqual(bytes)
    expect(Buffer.from(text, 'utf8').equals(Buffer.from(utf8(text)))).toBe(true)
  })
})
