// The router's rules for every function, seen through `ping` (the smallest one): a timer event is
// believed only from the scheduler, and an `action` that is not a string is refused as bad input.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc.close())
beforeEach(() => tc.reset())

async function seedOldPing() {
  await tc.db.collection('ping').add({ data: { openid: 'o1', note: 'old', at: new Date('2020-01-01T00:00:00Z') } })
}

describe('timer events', () => {
  it.each([
    ['signed out', ''],
    ['signed in', 'demo:m1']
  ])('refuses a timer event sent by a client (%s) and deletes nothing', async (_label, openid) => {
    await seedOldPing()
    const r = await tc.call('ping', { Type: 'Timer', Time: new Date().toISOString(), TriggerName: 'cleanPings' }, openid)
    expect(r).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect((await tc.db.collection('ping').count()).total).toBe(1)
  })

  it('runs the same timer when the scheduler fires it', async () => {
    await seedOldPing()
    const run = await new Scheduler(tc.local).fire('ping')
    expect(run).toMatchObject({ ok: true, result: { ok: true, data: { removed: 1 } } })
  })

  it('refuses a timer event for a function without a timer', async () => {
    const r = await tc.call('member', { Type: 'Timer' }, '')
    expect(r).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
})

describe('the action name', () => {
  it.each([
    [{ toString: 'whoami' }, 'object'],
    [['whoami'], 'object'],
    [42, 'number'],
    [null, 'null'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor']
  ])('answers INVALID_INPUT, not INTERNAL, for action %j', async (action, shown) => {
    const r = await tc.call('member', { action }, 'demo:m1')
    expect(r).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(r.details[0].message).toContain(shown)
  })
})
