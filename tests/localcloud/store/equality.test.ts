// The plain-equality fast path answers exactly what mingo answers, or steps aside (null) for mingo.
import { Query } from 'mingo'
import { equalityTest } from '@localcloud/store/equality'
import { compileQuery, shape } from '@localcloud/store/mongo'
import type { Doc } from '@localcloud/store/ejson'

const DOCS: Doc[] = [
  { _id: 'd1', orgId: 'o1', year: 2026, done: true, tags: ['a', 'b'] },
  { _id: 'd2', orgId: 'o2', year: 2025, done: false, tags: [] },
  { _id: 'd3', orgId: 'o1', year: 2025.5, done: 'true', tags: [['a']] },
  { _id: 'd4', year: 0, tags: 'a', nested: { orgId: 'o1' } },
  { _id: 'd5', orgId: ['o1', 'o3'], year: -0, done: null, tags: [1, '1'] },
  { _id: 'd6', orgId: 'O1', year: '2026', when: new Date('2026-01-01T00:00:00Z') },
  Object.assign(Object.create(null), { _id: 'd7', orgId: 'o1' })
]

const ids = (test: (doc: Doc) => boolean) => DOCS.filter(test).map((d) => d._id)

describe('equalityTest', () => {
  it.each<[string, Doc]>([
    ['one string field', { orgId: 'o1' }],
    ['the _id', { _id: 'd2' }],
    ['two fields', { orgId: 'o1', year: 2025.5 }],
    ['a number, not its string', { year: 2026 }],
    ['zero and minus zero', { year: 0 }],
    ['a boolean, not its string', { done: true }],
    ['false', { done: false }],
    ['an array holding the value', { tags: 'a' }],
    ['an array holding a number, not its string', { tags: 1 }],
    ['no nested arrays', { orgId: 'o3' }],
    ['case matters', { orgId: 'o1', _id: 'd6' }],
    ['$eq', { year: { $eq: 2025 } }],
    ['$in', { orgId: { $in: ['o2', 'o3'] } }],
    ['$in with numbers and strings', { year: { $in: [2025, '2026'] } }],
    ['an empty $in', { orgId: { $in: [] } }],
    ['$in beside a plain field', { orgId: { $in: ['o1'] }, done: true }],
    ['a field nobody has', { missing: 'x' }],
    ['a field named like an Object method', { constructor: 'x' }],
    ['nothing asked', {}]
  ])('%s: the same documents as mingo', (_, query) => {
    const test = equalityTest(query)
    expect(test).not.toBeNull()
    const mingo = new Query(query)
    expect(ids(test!)).toEqual(ids((d) => mingo.test(d)))
  })

  it.each<[string, Doc]>([
    ['null (also matches a missing field)', { done: null }],
    ['a date', { when: new Date('2026-01-01T00:00:00Z') }],
    ['NaN', { year: Number.NaN }],
    ['an array (whole-array equality)', { tags: ['a', 'b'] }],
    ['a document (whole-document equality)', { nested: { orgId: 'o1' } }],
    ['a path into a document', { 'nested.orgId': 'o1' }],
    ['a range', { year: { $gte: 2025 } }],
    ['$in holding null', { done: { $in: [null, true] } }],
    ['$eq beside another operator', { year: { $eq: 2025, $ne: 1 } }],
    ['a top-level operator', { $or: [{ orgId: 'o1' }, { year: 2025 }] }],
    ['a regular expression', { orgId: /o/ }],
    ['an unknown operator (mingo refuses it)', { year: { $near: 1 } }]
  ])('%s: left to mingo', (_, query) => {
    expect(equalityTest(query)).toBeNull()
  })

  it('still refuses an unknown operator (through mingo)', () => {
    expect(() => compileQuery({ year: { $near: 1 } })).toThrow(/\$near/)
  })
})

describe('shape without projection or order', () => {
  const mingoPage = (offset: number, limit?: number) => {
    let cursor = new Query({}).find(DOCS)
    if (offset) cursor = cursor.skip(offset)
    if (limit !== undefined) cursor = cursor.limit(limit)
    return cursor.all()
  }
  it.each<[number, number | undefined]>([
    [0, undefined],
    [0, 100],
    [0, 3],
    [2, 3],
    [6, 3],
    [9, 1],
    [0, 0]
  ])('offset %d, limit %s: the page mingo cuts', (offset, limit) => {
    expect(shape(DOCS, { offset, limit })).toEqual(mingoPage(offset, limit))
  })
})
