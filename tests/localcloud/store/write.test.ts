// Contract: add / doc().get / set / update / remove / where().update / where().remove result shapes
// and errors, unique indexes, serverDate, Date round trip, createCollection — through the real SDK.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any
let _: any

beforeAll(async () => {
  tc = await startTestCloud({
    collections: { things: { doc: 'test', indexes: [{ fields: ['code'], unique: true }, { fields: ['tags'] }] } }
  })
  db = tc.db
  _ = db.command
})
beforeEach(() => tc.reset())
afterAll(() => tc.close())

const all = async (name: string) => (await db.collection(name).orderBy('_id', 'asc').limit(1000).get()).data

describe('result shapes', () => {
  it('add one → {_id, errMsg}', async () => {
    const res = await db.collection('w').add({ data: { n: 1 } })
    expect(res).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{32}$/), errMsg: 'collection.add:ok' })
    expect(await all('w')).toEqual([{ _id: res._id, n: 1 }])
  })

  it('add one with an explicit _id keeps it', async () => {
    expect(await db.collection('w').add({ data: { _id: 'mine', n: 1 } })).toEqual({ _id: 'mine', errMsg: 'collection.add:ok' })
  })

  it('add many → {_ids} in order', async () => {
    const res = await db.collection('w').add({ data: [{ _id: 'b', n: 1 }, { n: 2 }, { _id: 'a', n: 3 }] })
    expect(res).toEqual({ _ids: ['b', expect.stringMatching(/^[0-9a-f]{32}$/), 'a'], errMsg: 'collection.add:ok' })
    expect(await db.collection('w').count()).toEqual({ total: 3, errMsg: 'collection.count:ok' })
  })

  it('doc(id).get() → {data: {...}}', async () => {
    await db.collection('w').add({ data: { _id: 'd1', n: 1, nested: { a: [1, { b: 2 }] } } })
    expect(await db.collection('w').doc('d1').get()).toEqual({
      data: { _id: 'd1', n: 1, nested: { a: [1, { b: 2 }] } },
      errMsg: 'document.get:ok'
    })
  })

  it('doc(id).field().get() projects', async () => {
    await db.collection('w').add({ data: { _id: 'd1', n: 1, m: 2 } })
    expect((await db.collection('w').doc('d1').field({ m: true }).get()).data).toEqual({ _id: 'd1', m: 2 })
  })

  it('doc(id).get() on a missing document throws errCode -1', async () => {
    const err = await db
      .collection('w')
      .doc('nope')
      .get()
      .catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err).toMatchObject({ errCode: -1, errMsg: 'document.get:fail document with _id nope does not exist' })
  })

  it('doc().set() creates when missing → {_id, stats:{updated:0, created:1}}', async () => {
    expect(
      await db
        .collection('w')
        .doc('s1')
        .set({ data: { n: 1, a: { b: 1 } } })
    ).toEqual({
      _id: 's1',
      stats: { updated: 0, created: 1 },
      errMsg: 'document.set:ok'
    })
    expect(await all('w')).toEqual([{ _id: 's1', n: 1, a: { b: 1 } }])
  })

  it('doc().set() replaces an existing document entirely → {stats:{updated:1, created:0}}', async () => {
    await db.collection('w').add({ data: { _id: 's1', n: 1, keep: 'no', a: { b: 1, c: 2 } } })
    expect(
      await db
        .collection('w')
        .doc('s1')
        .set({ data: { m: 2, a: { c: 3 } } })
    ).toEqual({
      _id: 's1',
      stats: { updated: 1, created: 0 },
      errMsg: 'document.set:ok'
    })
    expect(await all('w')).toEqual([{ _id: 's1', m: 2, a: { c: 3 } }])
  })

  it('doc().set() refuses update operators and writes nothing', async () => {
    await db.collection('w').add({ data: { _id: 's1', n: 1 } })
    await expect(
      db
        .collection('w')
        .doc('s1')
        .set({ data: { n: _.inc(1) } })
    ).rejects.toMatchObject({ errCode: expect.any(Number) })
    expect(await all('w')).toEqual([{ _id: 's1', n: 1 }])
  })

  it('doc().update() → {stats:{updated}} and merges', async () => {
    await db.collection('w').add({ data: { _id: 'u1', n: 1, a: { b: 1 } } })
    expect(
      await db
        .collection('w')
        .doc('u1')
        .update({ data: { a: { c: 2 } } })
    ).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' })
    expect(await all('w')).toEqual([{ _id: 'u1', n: 1, a: { b: 1, c: 2 } }])
  })

  it('doc().remove() → {stats:{removed}}', async () => {
    await db.collection('w').add({ data: [{ _id: 'r1' }, { _id: 'r2' }] })
    expect(await db.collection('w').doc('r1').remove()).toEqual({ stats: { removed: 1 }, errMsg: 'document.remove:ok' })
    expect(await db.collection('w').doc('r1').remove()).toEqual({ stats: { removed: 0 }, errMsg: 'document.remove:ok' })
    expect(await all('w')).toEqual([{ _id: 'r2' }])
  })

  it('where().update() updates every match → {stats:{updated}}', async () => {
    await db.collection('w').add({
      data: [
        { _id: '1', g: 'a', n: 1 },
        { _id: '2', g: 'a', n: 2 },
        { _id: '3', g: 'b', n: 3 }
      ]
    })
    expect(
      await db
        .collection('w')
        .where({ g: 'a' })
        .update({ data: { n: _.inc(10) } })
    ).toEqual({ stats: { updated: 2 }, errMsg: 'collection.update:ok' })
    expect((await all('w')).map((d: any) => d.n)).toEqual([11, 12, 3])
  })

  it('where().update() counts only documents that changed', async () => {
    await db.collection('w').add({
      data: [
        { _id: '1', n: 1 },
        { _id: '2', n: 2 }
      ]
    })
    expect(
      await db
        .collection('w')
        .where({})
        .update({ data: { n: 2 } })
    ).toEqual({ stats: { updated: 1 }, errMsg: 'collection.update:ok' })
  })

  it('where().remove() removes every match → {stats:{removed}}', async () => {
    await db.collection('w').add({
      data: [
        { _id: '1', g: 'a' },
        { _id: '2', g: 'a' },
        { _id: '3', g: 'b' }
      ]
    })
    expect(await db.collection('w').where({ g: 'a' }).remove()).toEqual({ stats: { removed: 2 }, errMsg: 'collection.remove:ok' })
    expect(await all('w')).toEqual([{ _id: '3', g: 'b' }])
  })

  it.each([
    ['add with empty data', () => db.collection('w').add({ data: [] })],
    ['where().update() with empty data', () => db.collection('w').where({ n: 1 }).update({ data: {} })]
  ])('%s is refused', async (_name, run) => {
    await expect(run()).rejects.toThrow()
    expect(await db.collection('w').count()).toEqual({ total: 0, errMsg: 'collection.count:ok' })
  })
})

describe('unique indexes', () => {
  const DUP = /E11000|duplicate/

  beforeEach(async () => {
    await db.collection('things').add({
      data: [
        { _id: 't1', code: 'A', tags: ['x'] },
        { _id: 't2', code: 'B' }
      ]
    })
  })

  it.each<[string, () => Promise<unknown>, string]>([
    ['add one', () => db.collection('things').add({ data: { code: 'A' } }), 'collection.add'],
    // The local store is all-or-nothing per request: when one document of a batch add is a
    // duplicate, none of the batch lands (the cloud may keep the ones before it).
    [
      'add many where one is a duplicate',
      () => db.collection('things').add({ data: [{ code: 'C' }, { code: 'A' }, { code: 'D' }] }),
      'collection.add'
    ],
    ['add many that duplicate each other', () => db.collection('things').add({ data: [{ code: 'E' }, { code: 'E' }] }), 'collection.add'],
    ['add with an existing _id', () => db.collection('things').add({ data: { _id: 't1', code: 'Z' } }), 'collection.add'],
    [
      'doc().update() onto a taken key',
      () =>
        db
          .collection('things')
          .doc('t2')
          .update({ data: { code: 'A' } }),
      'document.update'
    ],
    [
      'where().update() giving two documents one key',
      () =>
        db
          .collection('things')
          .where({})
          .update({ data: { code: 'Q' } }),
      'collection.update'
    ],
    [
      'doc().set() onto a taken key',
      () =>
        db
          .collection('things')
          .doc('t2')
          .set({ data: { code: 'A' } }),
      'document.set'
    ],
    [
      'doc().set() creating with a taken key',
      () =>
        db
          .collection('things')
          .doc('t3')
          .set({ data: { code: 'B' } }),
      'document.set'
    ]
  ])('%s → duplicate error, nothing written', async (_name, run, action) => {
    const before = await all('things')
    const err: any = await run().catch((e) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-502001)
    expect(err.errMsg).toMatch(new RegExp(`^${action.replace('.', '\\.')}:fail -502001 database request fail\\. `))
    expect(err.errMsg).toMatch(DUP)
    expect(await db.collection('things').count()).toEqual({ total: 2, errMsg: 'collection.count:ok' })
    expect(await all('things')).toEqual(before)
  })

  it('a freed key can be taken again', async () => {
    await db.collection('things').doc('t1').remove()
    expect(await db.collection('things').add({ data: { _id: 't9', code: 'A' } })).toEqual({ _id: 't9', errMsg: 'collection.add:ok' })
    await db
      .collection('things')
      .doc('t2')
      .update({ data: { code: 'B2' } })
    expect(await db.collection('things').add({ data: { _id: 't8', code: 'B' } })).toEqual({ _id: 't8', errMsg: 'collection.add:ok' })
  })

  it('updating a document without changing its key is not a duplicate', async () => {
    expect(
      await db
        .collection('things')
        .doc('t1')
        .update({ data: { code: 'A', n: 1 } })
    ).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' })
  })

  it('the multikey index follows updates of the array', async () => {
    const c = db.collection('things')
    await c.doc('t1').update({ data: { tags: _.push('y') } })
    expect((await c.where({ tags: 'y' }).get()).data.map((d: any) => d._id)).toEqual(['t1'])
    await c.doc('t1').update({ data: { tags: _.pull('x') } })
    expect((await c.where({ tags: 'x' }).get()).data).toEqual([])
    expect((await c.where({ tags: 'y' }).get()).data.map((d: any) => d._id)).toEqual(['t1'])
  })
})

describe('dates and serverDate', () => {
  it('a Date round-trips as a Date, also nested and in arrays', async () => {
    const d = new Date('2024-05-06T07:08:09.123Z')
    await db.collection('w').add({ data: { _id: 'dt', at: d, nested: { at: d }, list: [d] } })
    const got = (await db.collection('w').doc('dt').get()).data
    expect(got).toEqual({ _id: 'dt', at: d, nested: { at: d }, list: [d] })
    expect(got.at).toBeInstanceOf(Date)
    expect(got.list[0]).toBeInstanceOf(Date)
  })

  it('db.serverDate() in add becomes the server time as a Date', async () => {
    const before = Date.now()
    await db.collection('w').add({ data: { _id: 'sd', at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } })
    const after = Date.now()
    const got = (await db.collection('w').doc('sd').get()).data
    expect(got.at).toBeInstanceOf(Date)
    expect(got.at.getTime()).toBeGreaterThanOrEqual(before)
    expect(got.at.getTime()).toBeLessThanOrEqual(after)
    expect(got.later.getTime() - got.at.getTime()).toBe(60_000)
  })

  it('db.serverDate() in update and in where', async () => {
    await db.collection('w').add({
      data: [
        { _id: 'old', at: new Date('2000-01-01T00:00:00Z') },
        { _id: 'future', at: new Date('2999-01-01T00:00:00Z') }
      ]
    })
    expect(
      (
        await db
          .collection('w')
          .where({ at: _.lt(db.serverDate()) })
          .get()
      ).data.map((d: any) => d._id)
    ).toEqual(['old'])
    expect(
      (
        await db
          .collection('w')
          .where({ at: _.gt(db.serverDate({ offset: 3600_000 })) })
          .get()
      ).data.map((d: any) => d._id)
    ).toEqual(['future'])
    const before = Date.now()
    await db
      .collection('w')
      .doc('old')
      .update({ data: { at: db.serverDate(), nested: { touched: db.serverDate() } } })
    const got = (await db.collection('w').doc('old').get()).data
    expect(got.at).toBeInstanceOf(Date)
    expect(got.at.getTime()).toBeGreaterThanOrEqual(before)
    expect(got.nested.touched).toEqual(got.at)
  })

  it('Dates sort and compare by time', async () => {
    await db.collection('w').add({
      data: [
        { _id: 'b', at: new Date(2000) },
        { _id: 'a', at: new Date(3000) },
        { _id: 'c', at: new Date(1000) }
      ]
    })
    expect((await db.collection('w').orderBy('at', 'desc').get()).data.map((d: any) => d._id)).toEqual(['a', 'b', 'c'])
    expect(
      (
        await db
          .collection('w')
          .where({ at: _.eq(new Date(2000)) })
          .get()
      ).data.map((d: any) => d._id)
    ).toEqual(['b'])
  })
})

describe('createCollection', () => {
  it('creates once, then answers an error', async () => {
    expect(await db.createCollection('brand_new')).toMatchObject({ errMsg: 'createCollection:ok' })
    const err = await db.createCollection('brand_new').catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toEqual(expect.any(Number))
    expect(err.errMsg).toMatch(/^createCollection:fail .*already exist/)
  })

  it('a declared collection already exists', async () => {
    await expect(db.createCollection('things')).rejects.toMatchObject({ errMsg: expect.stringMatching(/already exist/) })
  })
})
