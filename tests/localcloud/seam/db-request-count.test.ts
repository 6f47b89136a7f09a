// The round-trip counter at the database seam: one count per request the SDK sends.
import { dbRequestCount } from '@localcloud/seam/db-requester'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc?.close())

describe('dbRequestCount', () => {
  it.each<[string, (db: any) => Promise<unknown>, number]>([
    ['one add of one doc', (db) => db.collection('ping').add({ data: { openid: 'a' } }), 1],
    [
      'one add of 500 docs (a batch is one round trip)',
      (db) => db.collection('ping').add({ data: Array.from({ length: 500 }, (_, i) => ({ openid: `b${i}` })) }),
      1
    ],
    [
      'a get and a count',
      async (db) => {
        await db.collection('ping').limit(10).get()
        await db.collection('ping').count()
      },
      2
    ],
    [
      'a failing get of a missing doc still counts',
      (db) =>
        db
          .collection('ping')
          .doc('missing')
          .get()
          .catch(() => undefined),
      1
    ],
    ['nothing', async () => undefined, 0]
  ])('%s → +%i', async (_l, run, n) => {
    const before = dbRequestCount()
    await run(tc.db)
    expect(dbRequestCount() - before).toBe(n)
  })
})
