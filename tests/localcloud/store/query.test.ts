// Contract: every db.command query operator, RegExp, nested paths, array contains (also through a
// multikey index), orderBy / skip / limit / field / count — through the real wx-server-sdk.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any
let _: any

const DOCS = [
  {
    _id: 'p1',
    n: 1,
    s: 'apple',
    tags: ['a', 'b'],
    a: { b: 1 },
    arr: [
      { k: 1, v: 'x' },
      { k: 2, v: 'y' }
    ],
    grp: 'g1',
    when: new Date('2024-01-01T00:00:00Z')
  },
  { _id: 'p2', n: 2, s: 'Banana', tags: ['b', 'c'], a: { b: 2 }, grp: 'g1', when: new Date('2024-06-01T00:00:00Z') },
  { _id: 'p3', n: 3, s: 'cherry', tags: [], a: { b: 3, c: null }, arr: [{ k: 3 }], grp: 'g2' },
  { _id: 'p4', n: 4, tags: ['a', 'b', 'c'], grp: 'g2' },
  { _id: 'p5', n: 5, s: 'banana split', tags: ['c'], grp: 'g1' }
]

beforeAll(async () => {
  tc = await startTestCloud({
    collections: {
      tagged: { doc: 'test', indexes: [{ fields: ['tags'] }, { fields: ['items.sku'] }, { fields: ['grp'] }] }
    }
  })
  db = tc.db
  _ = db.command
  await db.collection('q').add({ data: DOCS })
  await db.collection('tagged').add({ data: DOCS.map((d) => ({ ...d })) })
})
afterAll(() => tc.close())

const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id).sort()

describe('query operators (db.command)', () => {
  const cases: Array<[string, () => object, string[]]> = [
    ['plain equality', () => ({ n: 2 }), ['p2']],
    ['eq', () => ({ n: _.eq(2) }), ['p2']],
    ['eq on a whole object (exact match)', () => ({ a: _.eq({ b: 2 }) }), ['p2']],
    ['neq', () => ({ n: _.neq(2) }), ['p1', 'p3', 'p4', 'p5']],
    ['lt', () => ({ n: _.lt(3) }), ['p1', 'p2']],
    ['lte', () => ({ n: _.lte(3) }), ['p1', 'p2', 'p3']],
    ['gt', () => ({ n: _.gt(3) }), ['p4', 'p5']],
    ['gte', () => ({ n: _.gte(3) }), ['p3', 'p4', 'p5']],
    ['in', () => ({ n: _.in([1, 5, 9]) }), ['p1', 'p5']],
    ['nin', () => ({ n: _.nin([1, 5]) }), ['p2', 'p3', 'p4']],
    ['and (top level)', () => _.and([{ n: _.gt(1) }, { n: _.lt(4) }]), ['p2', 'p3']],
    ['and (field level chain)', () => ({ n: _.gt(1).and(_.lt(4)) }), ['p2', 'p3']],
    ['or (top level)', () => _.or([{ n: 1 }, { s: 'cherry' }]), ['p1', 'p3']],
    ['or (field level chain)', () => ({ n: _.lt(2).or(_.gt(4)) }), ['p1', 'p5']],
    ['not', () => ({ n: _.not(_.gt(2)) }), ['p1', 'p2']],
    ['nor', () => _.nor([{ n: 1 }, { grp: 'g2' }]), ['p2', 'p5']],
    ['exists(false)', () => ({ s: _.exists(false) }), ['p4']],
    ['exists(true)', () => ({ arr: _.exists(true) }), ['p1', 'p3']],
    ['size', () => ({ tags: _.size(2) }), ['p1', 'p2']],
    ['mod (divisor, remainder)', () => ({ n: _.mod(2, 1) }), ['p1', 'p3', 'p5']],
    ['all', () => ({ tags: _.all(['a', 'b']) }), ['p1', 'p4']],
    ['elemMatch', () => ({ arr: _.elemMatch({ k: _.gte(2) }) }), ['p1', 'p3']],
    ['expr', () => _.expr(_.aggregate.gt(['$n', '$a.b'])), []],
    ['expr (field comparison)', () => _.expr(_.aggregate.eq(['$n', '$a.b'])), ['p1', 'p2', 'p3']],
    ['array contains (equality on an array field)', () => ({ tags: 'c' }), ['p2', 'p4', 'p5']],
    ['whole-array equality', () => ({ tags: ['b', 'c'] }), ['p2']],
    ['nested path as a dotted key', () => ({ 'a.b': _.gt(1) }), ['p2', 'p3']],
    ['nested path as a nested object', () => ({ a: { b: 2 } }), ['p2']],
    ['path into an array of objects', () => ({ 'arr.v': 'y' }), ['p1']],
    ['null matches null and missing', () => ({ 'a.c': null }), ['p1', 'p2', 'p3', 'p4', 'p5']],
    ['Date comparison', () => ({ when: _.gt(new Date('2024-03-01T00:00:00Z')) }), ['p2']],
    ['db.RegExp with options', () => ({ s: db.RegExp({ regexp: '^b', options: 'i' }) }), ['p2', 'p5']],
    ['db.RegExp without options is case sensitive', () => ({ s: db.RegExp({ regexp: '^b' }) }), ['p5']],
    ['JS RegExp', () => ({ s: /an/ }), ['p2', 'p5']],
    ['JS RegExp with flags', () => ({ s: /^APP/i }), ['p1']],
    ['_id equality', () => ({ _id: 'p3' }), ['p3']],
    ['_id in', () => ({ _id: _.in(['p3', 'p4', 'nope']) }), ['p3', 'p4']]
  ]

  it.each(cases)('%s', async (_name, where, expected) => {
    const res = await db.collection('q').where(where()).get()
    expect(res.errMsg).toBe('collection.get:ok')
    expect(ids(res)).toEqual(expected)
  })

  // The same queries through a collection whose fields are indexed (multikey on `tags`): the index
  // only narrows the candidates, the answer must not change.
  it.each(cases)('through indexes: %s', async (_name, where, expected) => {
    expect(ids(await db.collection('tagged').where(where()).get())).toEqual(expected)
  })

  it.each([
    ['tags contains', () => ({ tags: 'a' }), ['p1', 'p4']],
    ['tags in', () => ({ tags: _.in(['a', 'zzz']) }), ['p1', 'p4']],
    ['tags eq', () => ({ tags: _.eq('c') }), ['p2', 'p4', 'p5']],
    ['indexed field inside _.and', () => _.and([{ grp: 'g1' }, { n: _.gt(1) }]), ['p2', 'p5']],
    ['indexed field with another condition', () => ({ grp: 'g2', tags: 'c' }), ['p4']]
  ])('multikey index: %s', async (_name, where, expected) => {
    expect(ids(await db.collection('tagged').where(where()).get())).toEqual(expected)
  })

  it('an index on a path through an array of objects (items.sku) finds every element', async () => {
    const c = db.collection('tagged')
    await c.add({
      data: [
        { _id: 'i1', items: [{ sku: 'A' }, { sku: 'B' }] },
        { _id: 'i2', items: { sku: 'B' } },
        { _id: 'i3', items: [] }
      ]
    })
    try {
      expect(ids(await c.where({ 'items.sku': 'B' }).get())).toEqual(['i1', 'i2'])
      expect(ids(await c.where({ 'items.sku': 'A' }).get())).toEqual(['i1'])
      expect(ids(await c.where({ 'items.sku': _.in(['A', 'B']) }).get())).toEqual(['i1', 'i2'])
      expect(await c.where({ 'items.sku': 'B' }).count()).toEqual({ total: 2, errMsg: 'collection.count:ok' })
    } finally {
      await c.where({ _id: _.in(['i1', 'i2', 'i3']) }).remove()
    }
  })

  it.each([
    ['unknown operator', () => ({ n: { $foo: 1 } }), /unknown query operator \$foo/],
    ['geoNear', () => ({ loc: _.geoNear({ geometry: new db.Geo.Point(113, 23), maxDistance: 10 }) }), /\$nearSphere/],
    ['geoWithin', () => ({ loc: _.geoWithin({ centerSphere: [[113, 23], 0.1] }) }), /\$geoWithin/],
    ['geoIntersects', () => ({ loc: _.geoIntersects({ geometry: new db.Geo.Point(113, 23) }) }), /\$geoIntersects/],
    ['jsonSchema', () => _.jsonSchema({ required: ['n'] }), /jsonSchema/],
    ['text', () => _.text({ search: 'apple' }), /invalid operator/]
  ])('%s is refused with a clear error, never ignored', async (_name, where, message) => {
    const err = await db
      .collection('q')
      .where(where())
      .get()
      .catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-502001)
    expect(err.errMsg).toMatch(/^collection\.get:fail -502001 database request fail\. /)
    expect(err.errMsg).toMatch(message)
  })

  it('an unknown operator in count, update and remove is refused and nothing is written', async () => {
    const c = db.collection('q')
    await expect(c.where({ n: { $foo: 1 } }).count()).rejects.toMatchObject({ errCode: -502001 })
    await expect(c.where({ n: { $foo: 1 } }).update({ data: { x: 1 } })).rejects.toMatchObject({ errMsg: expect.stringMatching(/\$foo/) })
    await expect(c.where({ n: { $foo: 1 } }).remove()).rejects.toMatchObject({ errMsg: expect.stringMatching(/\$foo/) })
    expect((await c.get()).data).toEqual(DOCS)
  })
})

describe('orderBy, skip, limit, field, count', () => {
  it('get() answers {data, errMsg} with documents as stored (Date comes back as a Date)', async () => {
    const res = await db.collection('q').where({ _id: 'p1' }).get()
    expect(res).toEqual({ data: [DOCS[0]], errMsg: 'collection.get:ok' })
    expect(res.data[0].when).toBeInstanceOf(Date)
  })

  it.each([
    ['n desc', (q: any) => q.orderBy('n', 'desc'), ['p5', 'p4', 'p3', 'p2', 'p1']],
    ['grp asc, n desc', (q: any) => q.orderBy('grp', 'asc').orderBy('n', 'desc'), ['p5', 'p2', 'p1', 'p4', 'p3']],
    ['grp desc, n asc', (q: any) => q.orderBy('grp', 'desc').orderBy('n', 'asc'), ['p3', 'p4', 'p1', 'p2', 'p5']],
    ['nested path a.b desc', (q: any) => q.where({ a: _.exists(true) }).orderBy('a.b', 'desc'), ['p3', 'p2', 'p1']],
    ['skip', (q: any) => q.orderBy('n', 'asc').skip(3), ['p4', 'p5']],
    ['limit', (q: any) => q.orderBy('n', 'asc').limit(2), ['p1', 'p2']],
    ['skip + limit', (q: any) => q.orderBy('n', 'asc').skip(1).limit(2), ['p2', 'p3']],
    ['where + orderBy + skip + limit', (q: any) => q.where({ grp: 'g1' }).orderBy('n', 'desc').skip(1).limit(1), ['p2']]
  ])('%s', async (_name, build, expected) => {
    const res = await build(db.collection('q')).get()
    expect(res.data.map((d: any) => d._id)).toEqual(expected)
  })

  it.each([
    ['include', { n: true }, { _id: 'p1', n: 1 }],
    ['include nested path', { 'a.b': true }, { _id: 'p1', a: { b: 1 } }],
    ['exclude', { arr: false, when: false, tags: false, a: false, s: false, grp: false }, { _id: 'p1', n: 1 }],
    ['exclude _id', { _id: false, n: true }, { n: 1 }],
    ['project.slice', () => ({ tags: _.project.slice(1), n: true }), { _id: 'p1', n: 1, tags: ['a'] }],
    ['project.slice [skip, n]', () => ({ tags: _.project.slice([1, 1]) }), { _id: 'p1', tags: ['b'] }],
    ['project.elemMatch', () => ({ arr: _.project.elemMatch({ k: 2 }) }), { _id: 'p1', arr: [{ k: 2, v: 'y' }] }]
  ])('field(): %s', async (_name, projection, expected) => {
    const res = await db
      .collection('q')
      .where({ _id: 'p1' })
      .field(typeof projection === 'function' ? projection() : projection)
      .get()
    expect(res.data).toEqual([expected])
  })

  it('field() leaves a field out (not null) where the document has none', async () => {
    const res = await db
      .collection('q')
      .where({ _id: 'p4' })
      .field({ s: true, arr: _.project.slice(1) })
      .get()
    expect(res.data).toEqual([{ _id: 'p4' }])
  })

  it.each([
    ['all', {}, 5],
    ['where', { grp: 'g1' }, 3],
    ['operator', { n: { $gte: 4 } }, 2],
    ['none', { grp: 'nope' }, 0]
  ])('count %s → {total}', async (_name, where, total) => {
    expect(await db.collection('q').where(where).count()).toEqual({ total, errMsg: 'collection.count:ok' })
  })

  it('count on the collection itself', async () => {
    expect(await db.collection('q').count()).toEqual({ total: 5, errMsg: 'collection.count:ok' })
  })

  it('a collection nobody wrote to answers empty', async () => {
    expect(await db.collection('never_written').get()).toEqual({ data: [], errMsg: 'collection.get:ok' })
    expect(await db.collection('never_written').count()).toEqual({ total: 0, errMsg: 'collection.count:ok' })
  })
})

describe('limit defaults and caps', () => {
  beforeAll(async () => {
    const batch = (start: number) => Array.from({ length: 100 }, (_v, i) => ({ i: start + i }))
    for (let start = 0; start < 1100; start += 100) await db.collection('many').add({ data: batch(start) })
  })

  it('1100 documents landed', async () => {
    expect(await db.collection('many').count()).toEqual({ total: 1100, errMsg: 'collection.count:ok' })
  })

  it.each([
    ['get() with no limit → 100', (q: any) => q, 100],
    ['limit(5000) → at most 1000', (q: any) => q.limit(5000), 1000],
    ['limit(1000) → 1000', (q: any) => q.limit(1000), 1000],
    ['limit(7) → 7', (q: any) => q.limit(7), 7],
    ['skip(1050) with no limit → the last 50', (q: any) => q.skip(1050), 50],
    ['where() with no limit → 100', (q: any) => q.where({ i: _.gte(500) }), 100]
  ])('%s', async (_name, build, length) => {
    const res = await build(db.collection('many')).get()
    expect(res.data).toHaveLength(length)
  })

  it('the default page is the first 100 in insertion order; skip pages on', async () => {
    const first = await db.collection('many').orderBy('i', 'asc').get()
    expect(first.data.map((d: any) => d.i)).toEqual(Array.from({ length: 100 }, (_v, i) => i))
    const third = await db.collection('many').orderBy('i', 'asc').skip(200).limit(3).get()
    expect(third.data.map((d: any) => d.i)).toEqual([200, 201, 202])
  })

  it('where().update() and where().remove() are not capped by the read limit', async () => {
    expect(
      await db
        .collection('many')
        .where({ i: _.gte(0) })
        .update({ data: { seen: true } })
    ).toEqual({ stats: { updated: 1100 }, errMsg: 'collection.update:ok' })
    expect(await db.collection('many').where({ seen: true }).remove()).toEqual({ stats: { removed: 1100 }, errMsg: 'collection.remove:ok' })
  })
})
