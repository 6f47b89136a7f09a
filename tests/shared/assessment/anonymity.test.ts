import { auditRater, codeHash, newMassesCode, normaliseCode, raterKey, raterRef, ratingId } from '@shared/assessment/anonymity'

const S = 'assessment-test-secret-0123456789'

describe('rater keys', () => {
  it('are stable per period, source, rater and rated member, and differ otherwise', () => {
    const k = raterKey(S, 'p1', 'peer', 'm05', 'm07')
    expect(k).toMatch(/^[0-9a-f]{64}$/)
    expect(raterKey(S, 'p1', 'peer', 'm05', 'm07')).toBe(k)
    const others = [
      raterKey(S, 'p2', 'peer', 'm05', 'm07'),
      raterKey(S, 'p1', 'masses', 'm05', 'm07'),
      raterKey(S, 'p1', 'peer', 'm06', 'm07'),
      raterKey(S, 'p1', 'peer', 'm05', 'm08'),
      raterKey(`${S}x`, 'p1', 'peer', 'm05', 'm07')
    ]
    expect(new Set([k, ...others]).size).toBe(6)
    expect(k).not.toContain('m05')
  })
  it('one rater has a different key for every member they rate (nothing links their ratings)', () => {
    const keys = ['m06', 'm07', 'm08', 'm09'].map((m) => raterKey(S, 'p1', 'peer', 'm05', m))
    expect(new Set(keys).size).toBe(4)
  })
  it.each([
    ['self', 'm05', 'm05'],
    ['org', 'm05', 'm05']
  ] as const)('%s raters are named (known roles)', (source, rater, ref) => expect(raterRef(S, 'p1', source, rater, 'm07')).toBe(ref))
  it.each([['peer'], ['masses']] as const)('%s raters are keyed per target', (source) =>
    expect(raterRef(S, 'p1', source, 'm05', 'm07')).toBe(raterKey(S, 'p1', source, 'm05', 'm07')))
  it.each([
    ['self', 'm05', 'm05'],
    ['org', 'm03', 'm03'],
    ['peer', 'm05', 'peer'],
    ['masses', 'abc', 'masses']
  ] as const)('the audit names a %s rater as %s → %s', (source, rater, by) => expect(auditRater(source, rater)).toBe(by))
  it('one rating per period × source × rater × member', () => expect(ratingId('p1', 'peer', 'k', 'm07')).toBe('p1:peer:k:m07'))
})

describe('masses codes', () => {
  it('are 10 characters of an unambiguous alphabet, random', () => {
    const codes = Array.from({ length: 50 }, newMassesCode)
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{10}$/)
    expect(new Set(codes).size).toBe(50)
  })
  it.each([
    ['ABCD-EFGH-JK', 'ABCDEFGHJK'],
    ['abcd efgh jk', 'ABCDEFGHJK'],
    ['ABCDEFGHJ', null],
    ['ABCDEFGHJ0', null],
    ['ABCDEFGHJKL', null]
  ])('%s → %s', (input, out) => expect(normaliseCode(input)).toBe(out))
  it('are stored as sha256', () => expect(codeHash('ABCDEFGHJK')).toMatch(/^[0-9a-f]{64}$/))
})
