import { auditMemberIds, auditSubject, ratingAudit } from '@shared/assessment/audit'

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

describe('auditSubject: what a target names (never the rater key)', () => {
  it.each([
    ['rating:p123456789:peer:3f9a0c…e1:m08', { kind: 'rating', source: 'peer', memberId: 'm08' }],
    ['rating:p123456789:org:m03:m07', { kind: 'rating', source: 'org', memberId: 'm07' }],
    ['rating:p123456789:bogus:m03:m07', { kind: 'other' }],
    ['result:m10', { kind: 'result', memberId: 'm10' }],
    ['talk:p123456789:m10', { kind: 'talk', memberId: 'm10' }],
    ['objection:p123456789:m09', { kind: 'objection', memberId: 'm09' }],
    ['period', { kind: 'period' }],
    ['massesCodes', { kind: 'massesCodes' }],
    ['talk', { kind: 'other' }],
    ['something:else', { kind: 'other' }]
  ])('%s → %j', (target, subject) => expect(auditSubject(target)).toEqual(subject))
})

describe('auditMemberIds', () => {
  it('collects who, whose and talkers; not the anonymous sources', () => {
    const e = (by: string, target: string, before: unknown = null, after: unknown = null) => ({ by, target, before, after })
    expect(
      auditMemberIds([
        e('m03', 'period'),
        e('peer', 'rating:p1:peer:k:m08'),
        e('masses', 'rating:p1:masses:k:m09'),
        e('m03', 'talk:p1:m10', { talkerId: 'm03' }, { talkerId: 'm05' }),
        e('staff1', 'result:m11')
      ])
    ).toEqual(['m03', 'm05', 'm08', 'm09', 'm10', 'm11', 'staff1'])
  })
})
