/** @jest-environment node */
import { aspectBars } from '@/assessment/aspectChart'

const a = (aspectId: string, score: number, max: number, name = aspectId) => ({ aspectId, name, score, max })

describe('aspectBars (bar length and average marker, percent of the aspect maximum)', () => {
  it.each([
    [
      'above the average',
      a('x', 12, 15),
      a('x', 9, 15),
      { percent: 80, averagePercent: 60, scoreText: '12/15', averageText: '支部平均 9', versus: 'above' }
    ],
    [
      'below the average',
      a('x', 7.5, 20),
      a('x', 15, 20),
      { percent: 37.5, averagePercent: 75, scoreText: '7.5/20', averageText: '支部平均 15', versus: 'below' }
    ],
    [
      'equal',
      a('x', 10, 10),
      a('x', 10, 10),
      { percent: 100, averagePercent: 100, scoreText: '10/10', averageText: '支部平均 10', versus: 'equal' }
    ],
    [
      'one decimal',
      a('x', 1, 3),
      a('x', 2, 3),
      { percent: 33.3, averagePercent: 66.7, scoreText: '1/3', averageText: '支部平均 2', versus: 'below' }
    ],
    [
      'zero',
      a('x', 0, 15),
      a('x', 13.25, 15),
      { percent: 0, averagePercent: 88.3, scoreText: '0/15', averageText: '支部平均 13.3', versus: 'below' }
    ],
    ['differences below 0.05 count as equal', a('x', 12.04, 15), a('x', 12, 15), { percent: 80.3, averagePercent: 80, versus: 'equal' }],
    ['clamped above the maximum', a('x', 16, 15), a('x', 9, 15), { percent: 100 }],
    ['a zero maximum draws nothing', a('x', 0, 0), a('x', 0, 0), { percent: 0, averagePercent: 0 }],
    // An item without data left the member's aspect max (10); the branch's mean max is 15: shares are compared.
    [
      'own max smaller than the branch’s: shares',
      a('x', 6, 10),
      a('x', 13, 15),
      { percent: 60, averagePercent: 86.7, scoreText: '6/10', averageText: '支部平均 13', versus: 'below' }
    ],
    ['a higher share above a higher branch score', a('x', 9.5, 10), a('x', 13, 15), { percent: 95, averagePercent: 86.7, versus: 'above' }]
  ])('%s', (_name, mine, avg, expected) => {
    expect(aspectBars([mine], [avg])[0]).toMatchObject(expected)
  })

  it('keeps the member’s aspect order and marks a missing average as unknown', () => {
    const bars = aspectBars([a('p', 10, 15, '政治学习'), a('q', 14, 15, '组织生活')], [a('q', 12, 15)])
    expect(bars.map((b) => b.name)).toEqual(['政治学习', '组织生活'])
    expect(bars[0]).toMatchObject({ averagePercent: null, averageText: '', versus: null })
    expect(bars[1]).toMatchObject({ averagePercent: 80, versus: 'above' })
  })
})
