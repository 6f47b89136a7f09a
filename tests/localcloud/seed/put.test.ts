// putAll: the demo's documents a collection at a time, through the real SDK; putting again leaves the same data.
import { dbRequestCount } from '@localcloud/seam/db-requester'
import { putAll } from '@localcloud/seed/put'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
beforeEach(() => tc.reset())
afterAll(() => tc.close())

const all = async () => (await tc.db.collection('notes').orderBy('_id', 'asc').get()).data
const at = new Date('2026-07-01T00:00:00Z')
const docs = Array.from({ length: 30 }, (_, i) => ({ _id: `n${String(i).padStart(2, '0')}`, text: `第${i}条`, at }))

describe('putAll', () => {
  it('writes every document under its own id, with its types, in two requests', async () => {
    const before = dbRequestCount()
    await putAll(tc.db, 'notes', docs)
    expect(dbRequestCount() - before).toBe(2)
    const stored = await all()
    expect(stored).toEqual(docs)
    expect(stored[0].at).toBeInstanceOf(Date)
  })

  it('putting again replaces what is there: the same data, a changed document restored, others kept', async () => {
    await tc.db.collection('notes').add({ data: { _id: 'other', text: '别的' } })
    await putAll(tc.db, 'notes', docs)
    await tc.db
      .collection('notes')
      .doc('n03')
      .update({ data: { text: '改过', extra: 1 } })
    await putAll(tc.db, 'notes', docs)
    expect(await all()).toEqual([...docs, { _id: 'other', text: '别的' }])
  })

  it('nothing to put: no request', async () => {
    const before = dbRequestCount()
    await putAll(tc.db, 'notes', [])
    expect(dbRequestCount()).toBe(before)
  })
})
