// Contract: db.runTransaction and db.startTransaction through the real SDK — commit, rollback on
// throw, rollback(reason), serialisation, isolation from reads outside the transaction.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any
let _: any

beforeAll(async () => {
  tc = await startTestCloud({ collections: { uniq: { doc: 'test', indexes: [{ fields: ['code'], unique: true }] } } })
  db = tc.db
  _ = db.command
})
beforeEach(() => tc.reset())
afterAll(() => tc.close())

const all = async (name: string) => (await db.collection(name).orderBy('_id', 'asc').get()).data

describe('runTransaction', () => {
  it('commits every kind of write and returns the callback value', async () => {
    await db.collection('acc').add({
      data: [
        { _id: 'a', bal: 100 },
        { _id: 'b', bal: 0 },
        { _id: 'gone', bal: 1 }
      ]
    })
    const result = await db.runTransaction(async (tx: any) => {
      const a = (await tx.collection('acc').doc('a').get()).data
      expect(a).toEqual({ _id: 'a', bal: 100 })
      expect(
        await tx
          .collection('acc')
          .doc('a')
          .update({ data: { bal: _.inc(-30) } })
      ).toMatchObject({ stats: { updated: 1 } })
      expect(
        await tx
          .collection('acc')
          .doc('b')
          .update({ data: { bal: _.inc(30) } })
      ).toMatchObject({ stats: { updated: 1 } })
      // created: 0 is the pinned SDK's own answer inside a transaction: it reads `upsertedId`, which
      // @cloudbase/database names `upserted: [{_id}]` for transactional writes.
      expect(
        await tx
          .collection('acc')
          .doc('c')
          .set({ data: { bal: 5 } })
      ).toEqual({ _id: 'c', stats: { updated: 0, created: 0 }, errMsg: 'document.set:ok' })
      expect(await tx.collection('acc').doc('gone').remove()).toMatchObject({ stats: { removed: 1 } })
      // Reads inside the transaction see its own writes.
      expect((await tx.collection('acc').doc('a').get()).data).toEqual({ _id: 'a', bal: 70 })
      return { moved: 30 }
    })
    expect(result).toEqual({ moved: 30 })
    expect(await all('acc')).toEqual([
      { _id: 'a', bal: 70 },
      { _id: 'b', bal: 30 },
      { _id: 'c', bal: 5 }
    ])
  })

  // Only what the pinned SDK sends with the transaction id: doc().get/set/update/remove,
  // collection.add and where().get. Its where().update()/remove() carry no transaction id (CloudBase
  // transactions are single-document), so they are not used inside a transaction here.
  it('collection add and where().get inside a transaction', async () => {
    await db.collection('acc').add({
      data: [
        { _id: 'x', g: 1 },
        { _id: 'y', g: 1 }
      ]
    })
    await db.runTransaction(async (tx: any) => {
      expect(await tx.collection('acc').add({ data: { _id: 'z', g: 2 } })).toMatchObject({ _id: 'z' })
      expect(
        (
          await tx
            .collection('acc')
            .where({ g: _.gte(1) })
            .get()
        ).data
          .map((d: any) => d._id)
          .sort()
      ).toEqual(['x', 'y', 'z'])
      await tx.collection('acc').doc('y').remove()
    })
    expect(await all('acc')).toEqual([
      { _id: 'x', g: 1 },
      { _id: 'z', g: 2 }
    ])
  })

  it('a throwing callback rolls everything back and rejects with its error', async () => {
    await db.collection('acc').add({ data: { _id: 'a', bal: 100 } })
    const boom = new Error('boom')
    await expect(
      db.runTransaction(async (tx: any) => {
        await tx
          .collection('acc')
          .doc('a')
          .update({ data: { bal: 0 } })
        await tx
          .collection('acc')
          .doc('new')
          .set({ data: { bal: 1 } })
        await tx.collection('acc').add({ data: { _id: 'added' } })
        throw boom
      })
    ).rejects.toBe(boom)
    expect(await all('acc')).toEqual([{ _id: 'a', bal: 100 }])
  })

  it("transaction.rollback('reason') → runTransaction rejects with 'reason', nothing written", async () => {
    await db.collection('acc').add({ data: { _id: 'a', bal: 100 } })
    const err = await db
      .runTransaction(async (tx: any) => {
        await tx
          .collection('acc')
          .doc('a')
          .update({ data: { bal: 1 } })
        await tx
          .collection('acc')
          .doc('b')
          .set({ data: { bal: 1 } })
        await tx.rollback('reason')
        return 'not this'
      })
      .catch((e: unknown) => e)
    expect(err).toBe('reason')
    expect(await all('acc')).toEqual([{ _id: 'a', bal: 100 }])
  })

  it('a duplicate key inside the transaction rejects it and rolls back the earlier writes', async () => {
    await db.collection('uniq').add({ data: { _id: 'u1', code: 'A' } })
    const err = await db
      .runTransaction(async (tx: any) => {
        await tx
          .collection('uniq')
          .doc('u2')
          .set({ data: { code: 'B' } })
        await tx
          .collection('uniq')
          .doc('u3')
          .set({ data: { code: 'A' } })
      })
      .catch((e: any) => e)
    expect(err.errMsg).toMatch(/E11000|duplicate/)
    expect(await all('uniq')).toEqual([{ _id: 'u1', code: 'A' }])
  })

  it('20 parallel read-modify-write transactions on one counter give exactly 20 (serialised)', async () => {
    await db.collection('ctr').add({ data: { _id: 'c', n: 0 } })
    const results = await Promise.all(
      Array.from({ length: 20 }, (_v, i) =>
        db.runTransaction(async (tx: any) => {
          const { n } = (await tx.collection('ctr').doc('c').get()).data
          await new Promise((r) => setImmediate(r))
          await tx
            .collection('ctr')
            .doc('c')
            .update({ data: { n: n + 1 } })
          return i
        })
      )
    )
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_v, i) => i))
    expect((await db.collection('ctr').doc('c').get()).data).toEqual({ _id: 'c', n: 20 })
  })

  it('a write outside waits for the open transaction; the transaction does not see it early', async () => {
    await db.collection('ctr').add({ data: { _id: 'c', n: 0 } })
    let outside: Promise<unknown> | undefined
    await db.runTransaction(async (tx: any) => {
      await tx
        .collection('ctr')
        .doc('c')
        .update({ data: { n: _.inc(1) } })
      outside = db
        .collection('ctr')
        .doc('c')
        .update({ data: { n: _.inc(10) } })
      await new Promise((r) => setImmediate(r))
      expect((await tx.collection('ctr').doc('c').get()).data.n).toBe(1)
    })
    await outside
    expect((await db.collection('ctr').doc('c').get()).data.n).toBe(11)
  })
})

describe('startTransaction', () => {
  it('commit() persists; reads outside do not see uncommitted writes', async () => {
    await db.collection('acc').add({ data: { _id: 'a', bal: 1 } })
    const tx = await db.startTransaction()
    await tx
      .collection('acc')
      .doc('a')
      .update({ data: { bal: 2 } })
    await tx
      .collection('acc')
      .doc('b')
      .set({ data: { bal: 3 } })
    expect(await all('acc')).toEqual([{ _id: 'a', bal: 1 }])
    await tx.commit()
    expect(await all('acc')).toEqual([
      { _id: 'a', bal: 2 },
      { _id: 'b', bal: 3 }
    ])
  })

  it('rollback() discards', async () => {
    await db.collection('acc').add({ data: { _id: 'a', bal: 1 } })
    const tx = await db.startTransaction()
    await tx
      .collection('acc')
      .doc('a')
      .update({ data: { bal: 2 } })
    await tx
      .collection('acc')
      .doc('b')
      .set({ data: { bal: 3 } })
    await tx.rollback()
    expect(await all('acc')).toEqual([{ _id: 'a', bal: 1 }])
  })

  it('a finished transaction cannot be used again', async () => {
    const tx = await db.startTransaction()
    await tx.commit()
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    await expect(
      tx
        .collection('acc')
        .doc('a')
        .set({ data: { n: 1 } })
    ).rejects.toMatchObject({ errMsg: expect.stringMatching(/not open/) })
    expect(await db.collection('acc').count()).toEqual({ total: 0, errMsg: 'collection.count:ok' })
  })

  it('a missing document read inside a transaction throws like outside', async () => {
    const tx = await db.startTransaction()
    try {
      await expect(tx.collection('acc').doc('nope').get()).rejects.toMatchObject({ errCode: -1 })
    } finally {
      await tx.rollback()
    }
  })
})
