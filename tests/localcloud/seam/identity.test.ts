import path from 'node:path'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

const functionsRoot = path.resolve(__dirname, '../../fixtures/functions')
let tc: TestCloud

beforeAll(async () => {
  tc = await startTestCloud({ functionsRoot })
})
afterAll(() => tc.close())

describe('cloud.getWXContext() per request', () => {
  it('answers the OPENID of the request being served, never a concurrent one', async () => {
    const openids = Array.from({ length: 60 }, (_, i) => `user-${i}`)
    // Later-started requests finish first, so any shared state would show.
    const results = await Promise.all(openids.map((openid, i) => tc.call('echo', { delayMs: (60 - i) % 17 }, openid)))
    results.forEach((r, i) => {
      expect(r.before).toBe(openids[i])
      expect(r.after).toBe(openids[i])
    })
  })

  it('ignores an identity the client puts in the event; userInfo is overwritten as WeChat does', async () => {
    const r = await tc.call('echo', { openid: 'forged', userInfo: { openId: 'forged' } }, 'real-user')
    expect(r.after).toBe('real-user')
    expect(r.userInfo.openId).toBe('real-user')
    expect(r.eventOpenid).toBe('forged') // still in the event, but the context is what functions trust
  })

  it('has no OPENID for an anonymous call', async () => {
    const r = await tc.call('echo', {}, '')
    expect(r.after).toBeUndefined()
  })
})
