// Tests' reset and snapshot/restore (SqliteStore.clearAll, snapshot, restore through TestCloud.reset/resetTo):
// every collection is emptied or restored, also after a rolled-back transaction (which makes the store
// forget its collections until next use) — a card written before an aborted review outlived the reset.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any

beforeAll(async () => {
  tc = await startTestCloud({ collections: { things: { doc: 'test', indexes: [{ fields: ['code'], unique: true }] } } })
  db = tc.db
})
afterAll(() => tc.close())

const count = async (name: string) => (await db.collection(name).count()).total

/** A transaction the function gives up on: rolled back. */
async function abortedTransaction() {
  await expect(
    db.runTransaction(async (t: any) => {
      await t
        .collection('things')
        .doc('t9')
        .set({ data: { code: 'c9' } })
      throw new Error('given up')
    })
  ).rejects.toThrow('given up')
}

describe('reset', () => {
  it('empties every collection, also those a rollback made the store forget', async () => {
    await db.collection('things').add({ data: { _id: 't1', code: 'c1' } })
    await db.collection('other').add({ data: { _id: 'o1' } })
    await abortedTransaction()
    await tc.reset()
    expect([await count('things'), await count('other')]).toEqual([0, 0])
    // the unique index was emptied too: the same code may be used again
    await db.collection('things').add({ data: { _id: 't2', code: 'c1' } })
    expect(await count('things')).toBe(1)
  })
})

describe('resetTo', () => {
  it('builds once, then restores that state before each use, whatever happened in between', async () => {
    await tc.reset()
    let builds = 0
    const build = async () => {
      builds++
      await db.collection('things').add({ data: { _id: 'seed', code: 's' } })
    }
    await tc.resetTo(build)
    await db.collection('things').add({ data: { _id: 't3', code: 'c3' } })
    await db.collection('other').add({ data: { _id: 'o2' } })
    await abortedTransaction()
    await tc.resetTo(build)
    expect(builds).toBe(1)
    expect((await db.collection('things').get()).data).toEqual([{ _id: 'seed', code: 's' }])
    expect(await count('other')).toBe(0)
    // the unique index is restored with the documents: the seed's code is taken, t3's is free again
    await expect(db.collection('things').add({ data: { _id: 'dup', code: 's' } })).rejects.toThrow()
    await db.collection('things').add({ data: { _id: 't4', code: 'c3' } })
  })
})
