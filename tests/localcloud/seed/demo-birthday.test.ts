// The political-birthday demo: a birthday today with a consent (the 08:00 timer greets and messages her),
// a round 20th in 3 days on the secretary's list, the 29 February joiner with his consent used up, a
// member reaching 50 years of 党龄 this year — read back through the functions, and the same after
// seeding twice.
import { seedDemo } from '@localcloud/seed'
import { seedDemoBirthday } from '@localcloud/seed/demo-birthday'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc.close())
beforeEach(async () => {
  process.env.BIRTHDAY_GREETING_TEMPLATE_ID = 'tmpl-birthday'
  await tc.reset()
  await seedDemo(tc.db, new Date())
})
afterEach(() => {
  delete process.env.BIRTHDAY_GREETING_TEMPLATE_ID
})

const call = async (fn: string, event: Record<string, unknown>, who: string) => {
  const r = await tc.call(fn, event, `demo:${who}`)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}
/** The birthday templates' balances (the study demo holds consents of its own). */
const balances = async () =>
  Object.fromEntries(
    ((await tc.db.collection('consents').where({}).get()).data as any[])
      .filter((c) => c.templateKey.startsWith('birthday'))
      .map((c) => [c._id, c.balance])
  )

describe('the birthday demo', () => {
  it('holds consents: m08 and m03 one each, m07 used up; seeding twice changes nothing', async () => {
    const expected = { 'm03:birthdayUpcoming': 1, 'm07:birthdayGreeting': 0, 'm08:birthdayGreeting': 1 }
    expect(await balances()).toEqual(expected)
    await seedDemoBirthday(tc.db, new Date())
    expect(await balances()).toEqual(expected)
  })

  it('firing the timer greets 孙丽娟 today and sends her the message; the secretary sees the round 20th this week', async () => {
    const run = await new Scheduler(tc.local).fire('birthday')
    expect(run.result).toMatchObject({ ok: true, data: { greetings: 1, messages: 1 } })
    const { greetings } = await call('birthday', { action: 'myGreeting' }, 'm08')
    expect(greetings.map((g: any) => [g.name, g.years])).toEqual([['孙丽娟', 14]])
    const sent = tc.local.outbox.list().filter((e) => e.api === 'subscribeMessage.send')
    expect(sent.map((e) => e.request.touser)).toEqual(['demo:m08'])
    const { items } = await call('birthday', { action: 'upcoming' }, 'm03')
    expect(items.find((i: any) => i.memberId === 'm04')).toMatchObject({ inDays: 3, years: 20, round: true })
    const who = await call('member', { action: 'whoami' }, 'm03')
    expect(who.birthdayTodo).toEqual([expect.objectContaining({ kind: 'birthdaysThisWeek', orgId: 'org-b1', names: ['孙丽娟', '李红梅'] })])
  })

  it('lists 冯雪梅 on this year’s 光荣在党50年 list, and the 29 February joiner is there', async () => {
    const { due } = await call('birthday', { action: 'fiftyYears' }, 'm01')
    expect(due.map((m: any) => m.name)).toContain('冯雪梅')
    const m07 = (await tc.db.collection('members').doc('m07').get()).data
    expect(m07.joinedAt).toBe('2004-02-29')
  })
})
