import path from 'node:path'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
})
afterAll(() => tc.close())

it('refuses at once a multi-document write inside a transaction, and rolls the transaction back', async () => {
  const started = Date.now()
  const r = await tc.call('txwhere', {}, 'u1')
  expect(r).toEqual({ ok: false, message: expect.stringMatching(/single-document/) })
  // It fails fast instead of waiting for the transaction's 10 s timeout (a generous bound, not a benchmark).
  expect(Date.now() - started).toBeLessThan(5000)
  const { total } = await tc.db.collection('things').count()
  expect(total).toBe(0)
})
