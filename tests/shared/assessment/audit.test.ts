import { ratingAudit } from '@shared/assessment/audit'

const at = new Date('2026-11-01T02:00:00Z')

describe('ratingAudit', () => {
  it.each([
    ['self', true, 'rate', { scores: { a: 1 } }],
    ['org', false, 'changeRating', { scores: { a: 1 } }],
    ['peer', true, 'rate', null],
    ['masses', false, 'changeRating', null]
  ] as const)('%s (created %s) → %s, after %j', (source, created, action, after) => {
    const e = ratingAudit('p1', source, 'by', created, 'r1', { scores: { a: 0 } }, { scores: { a: 1 } }, at)
    expect(e).toEqual({ periodId: 'p1', by: 'by', action, target: 'rating:r1', before: after && { scores: { a: 0 } }, after, at })
  })
})
