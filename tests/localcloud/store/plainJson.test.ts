// The plain-JSON fast paths answer exactly what bson's EJSON answers, or step aside (NOT_PLAIN).
import { EJSON, Long, ObjectId } from 'bson'
import { ejsonTree, NOT_PLAIN, parseEjson } from '@localcloud/store/plainJson'
import { fromStored, fromWire, toStored, toWire } from '@localcloud/store/ejson'

const at = new Date('2026-07-01T02:00:00Z')
const PLAIN: Array<[string, unknown]> = [
  ['a flat document', { _id: 'a1', name: '孙丽娟', n: 3, ok: true, none: null }],
  ['integers at the int32 edges', { a: 2147483647, b: -2147483648, c: 2147483648, d: -2147483649 }],
  ['int64 and beyond', { a: 2 ** 60, b: -(2 ** 62), d: 1e21, e: Number.MAX_SAFE_INTEGER }],
  ['doubles and zeros', { a: 1.5, b: -0.25, c: 0, d: -0, e: 1e-7, f: 0.1 + 0.2 }],
  ['dates, with and without milliseconds', { a: at, b: new Date('2026-07-01T02:00:00.123Z'), c: [at] }],
  ['dates outside 1970…9999', { a: new Date(-5), b: new Date(0), c: new Date(253402318800000), d: new Date(253402318799999) }],
  ['undefined fields and holes', { a: undefined, b: [1, undefined, null], c: { d: undefined } }],
  ['nesting and arrays of documents', { a: { b: { c: [{ d: 1 }, { e: [2, 3] }] } }, f: [] }],
  ['query operators', { orgId: { $in: ['org-b1', 'org-b2'] }, n: { $gte: 5 }, $or: [{ a: 1 }, { b: { $exists: true } }] }],
  ['a server date', { at: { $tcb_server_date: { offset: 1000 } } }],
  ['strings that look like EJSON', { a: '$date', b: '{"$date":"x"}', c: '$numberInt', '$x-y': 'z' }],
  ['a null-prototype object', Object.assign(Object.create(null), { a: 1 })]
]

describe('ejsonTree', () => {
  it.each(PLAIN)('writes %s as EJSON.stringify does, relaxed and canonical', (_, doc) => {
    for (const relaxed of [true, false]) {
      const tree = ejsonTree(doc, relaxed)
      if (relaxed && tree === NOT_PLAIN) continue // a value only bson writes (checked below)
      expect(JSON.stringify(tree)).toBe(EJSON.stringify(doc as object, { relaxed }))
    }
  })

  it.each([
    ['NaN (relaxed)', { a: Number.NaN }],
    ['Infinity (relaxed)', { a: Number.POSITIVE_INFINITY }],
    ['an invalid date', { a: new Date('nope') }],
    ['a RegExp', { a: /x/i }],
    ['an ObjectId', { a: new ObjectId('5f1d7f8e9b1e8a3f4c2d1e0a') }],
    ['a Long', { a: Long.fromNumber(5) }],
    ['a Buffer', { a: Buffer.from('x') }],
    ['a class instance', { a: new (class Point {})() }],
    ['a key named __proto__', JSON.parse('{"__proto__": 1}')],
    [
      'a cycle',
      (() => {
        const a: Record<string, unknown> = {}
        a.self = a
        return a
      })()
    ]
  ])('steps aside for %s (relaxed)', (_, doc) => {
    expect(ejsonTree(doc, true)).toBe(NOT_PLAIN)
  })

  it('leaves undefined fields out when asked (the wire form), and still writes an array hole as null', () => {
    const doc = { a: undefined, b: [1, undefined], c: { d: undefined, e: at } }
    expect(JSON.stringify(ejsonTree(doc, false, true))).toBe(EJSON.stringify({ b: [1, null], c: { e: at } }, { relaxed: false }))
    expect(toWire(doc)).toBe(EJSON.stringify({ b: [1, null], c: { e: at } }, { relaxed: false }))
  })

  it('writes NaN, Infinity and 2^63 canonically as bson does', () => {
    const doc = { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: Number.NEGATIVE_INFINITY, d: 2 ** 63 }
    expect(JSON.stringify(ejsonTree(doc, false))).toBe(EJSON.stringify(doc, { relaxed: false }))
  })
})

describe('parseEjson', () => {
  it.each(PLAIN)('reads %s back as EJSON.parse does (both forms)', (_, doc) => {
    for (const relaxed of [true, false]) {
      const text = EJSON.stringify(doc as object, { relaxed })
      const fast = parseEjson(text)
      expect(fast).not.toBe(NOT_PLAIN)
      expect(fast).toStrictEqual(EJSON.parse(text, { relaxed: true }))
    }
  })

  it.each([
    ['an ObjectId', '{"a":{"$oid":"5f1d7f8e9b1e8a3f4c2d1e0a"}}'],
    ['a regular expression', '{"a":{"$regularExpression":{"pattern":"x","options":"i"}}}'],
    ['$undefined', '{"a":{"$undefined":true}}'],
    ['a DBRef', '{"a":{"$ref":"c","$id":"x"}}'],
    ['a wrapper with other keys', '{"a":{"$numberInt":"1","b":2}}'],
    ['a date as a number', '{"a":{"$date":5}}'],
    ['a $numberLong out of int64', '{"a":{"$numberLong":"9999999999999999999"}}'],
    // bson writes 2^63 as a $numberLong its Long then reads back wrapped round: bson's answer stands.
    ['2^63 as a $numberLong', '{"a":{"$numberLong":"9223372036854775808"}}'],
    ['a NUL in a key', '{"a\\u0000":1}']
  ])('steps aside for %s', (_, text) => {
    expect(parseEjson(text)).toBe(NOT_PLAIN)
  })

  it('reads -0, NaN and the int64 edge as bson does', () => {
    const text =
      '{"a":{"$numberDouble":"-0.0"},"b":{"$numberDouble":"NaN"},"c":{"$numberLong":"-9223372036854775808"},"d":{"$numberLong":"-0"}}'
    expect(parseEjson(text)).toStrictEqual(EJSON.parse(text, { relaxed: true }))
  })
})

describe('the store and wire forms keep their meaning whichever path runs', () => {
  it.each([
    ...PLAIN,
    ['a RegExp (bson path)', { a: /x/i }] as [string, unknown],
    ['NaN (bson path)', { a: Number.NaN }] as [string, unknown]
  ])('%s: toStored → fromStored and toWire → fromWire give the value back', (_, doc) => {
    const text = EJSON.stringify(doc as object, { relaxed: true })
    expect(toStored(doc as never)).toBe(text)
    expect(fromStored(text)).toStrictEqual(EJSON.parse(text, { relaxed: true }))
    const wire = toWire(doc as never)
    expect(fromWire(wire, at)).toEqual(fromWire(EJSON.parse(wire, { relaxed: true }), at))
  })
})
