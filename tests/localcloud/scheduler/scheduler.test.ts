import path from 'node:path'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
afterEach(() => tc?.close())

async function poll<T>(fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('Scheduler', () => {
  it('fires a function by its cron as a WeChat timer event, with no OPENID', async () => {
    tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
    const scheduler = new Scheduler(tc.local)
    expect(scheduler.triggers()).toEqual([expect.objectContaining({ fn: 'tick', trigger: 'everySecond', cron: '* * * * * * *' })])
    scheduler.start()
    try {
      const ticks = await poll(async () => {
        const { data } = await tc.db.collection('ticks').get()
        return data.length > 0 ? data : undefined
      })
      expect(ticks[0]).toMatchObject({ trigger: 'everySecond', type: 'Timer', openid: null })
      expect(scheduler.history[0]).toMatchObject({ fn: 'tick', ok: true })
    } finally {
      scheduler.stop()
    }
  })

  it('fires by hand: ping clears pings older than a week and keeps the rest', async () => {
    tc = await startTestCloud()
    const now = new Date('2026-11-21T00:00:00Z')
    const day = 86400_000
    await tc.db.collection('ping').add({
      data: [
        { openid: 'a', at: new Date(now.getTime() - 8 * day) },
        { openid: 'a', at: new Date(now.getTime() - 1 * day) },
        { _id: 'count:a', openid: 'a', n: 2, counter: true }
      ]
    })
    const run = await new Scheduler(tc.local, () => now).fire('ping')
    expect(run).toMatchObject({ fn: 'ping', trigger: 'cleanPings', ok: true, result: { ok: true, data: { removed: 1 } } })
    const { total } = await tc.db.collection('ping').count()
    expect(total).toBe(2)
  })

  it('records a failing run instead of throwing', async () => {
    tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
    const run = await new Scheduler(tc.local).fire('boom')
    expect(run).toMatchObject({ fn: 'boom', ok: false, error: 'boom' })
  })
})
