import { codeHash, newMassesCode, normaliseCode, raterKey, raterRef, ratingId } from '../../../../../cloudfunctions/shared/domain/assessment/anonymity'

const S = 'assessment-test-secret-0123456789'

describe('rater keys', () => {
  it('are stable per period, source and rater, and differ otherwise', () => {
    const k = raterKey(S, 'p1', 'peer', 'm05')
    expect(k).toMatch(/^[0-9a-f]{64}$/)
    expect(raterKey(S, 'p1', 'peer', 'm05')).toBe(k)
    expect(new Set([k, raterKey(S, 'p2', 'peer', 'm05'), raterKey(S, 'p1', 'masses', 'm05'), raterKey(S, 'p1', 'peer', 'm06'), raterKey(S + 'x', 'p1', 'peer', 'm05')]).size).toBe(5)
    expect(k).not.toContain('m05')
  })
  it.each([
    ['self', 'm05', 'm05'],
    ['org', 'm05', 'm05'],
  ] as const)('%s raters are named (known roles)', (source, rater, ref) => expect(raterRef(S, 'p1', source, rater)).toBe(ref))
  it.each([['peer'], ['masses']] as const)('%s raters are keyed', (source) => expect(raterRef(S, 'p1', source, 'm05')).toBe(raterKey(S, 'p1', source, 'm05')))
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
    ['ABCDEFGHJKL', null],
  ])('%s → %s', (input, out) => expect(normaliseCode(input)).toBe(out))
  it('are stored as sha256', () => expect(codeHash('ABCDEFGHJK')).toMatch(/^[0-9a-f]{64}$/))
})
