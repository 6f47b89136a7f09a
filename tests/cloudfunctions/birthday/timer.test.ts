// The 08:00 CST timer: greetings and messages exactly once, catch-up of missed days (bounded, once),
// the consent ledger (spend, 43101), secretaries 7 days ahead.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { T, useBirthdayCloud } from './helpers'

const cloud = useBirthdayCloud()
const day = (n: number) => new Date(T.getTime() + n * 86_400_000)

describe('birthday timer', () => {
  it('is declared daily at 08:00 CST', () => {
    const t = new Scheduler(cloud.tc.local).triggers().find((x) => x.fn === 'birthday')
    expect(t).toMatchObject({ trigger: 'dailyBirthdays', cron: '0 0 8 * * * *' })
  })

  it('greets today’s members, messages those with a consent (spending it), once however often it fires', async () => {
    await cloud.setJoined('m07', '2011-10-17') // 20 years: round
    await cloud.setJoined('m08', '2012-10-17')
    await cloud.grant('m07', 'birthdayGreeting', 2)
    const run = await cloud.fire(T)
    expect(run).toMatchObject({ ok: true, data: { days: ['2031-10-17'], greetings: 2, messages: 1 } })
    const again = await cloud.fire(new Date(T.getTime() + 60_000))
    expect(again).toMatchObject({ ok: true, data: { days: [], greetings: 0, messages: 0 } })
    const msgs = cloud.sent().filter((e) => e.request.template_id === 'tmpl-birthday')
    expect(msgs.map((e) => e.request.touser)).toEqual(['demo:m07'])
    expect(msgs[0].request.data).toEqual({
      thing1: { value: '入党20周年政治生日' },
      date2: { value: '2031-10-17' },
      thing3: { value: '第一养护中心党支部祝你政治生日快乐' }
    })
    expect(msgs[0].request.page).toBe('birthday/pages/greeting/index?greetingId=m07%3A2031')
    expect(await cloud.balance('m07', 'birthdayGreeting')).toBe(1)
    const greetings = await cloud.all('birthdayGreetings')
    expect(greetings.map((g) => [g._id, g.years, g.round, g.orgId])).toEqual([
      ['m07:2031', 20, true, 'org-b1'],
      ['m08:2031', 19, false, 'org-b1']
    ])
    // m08 had no consent: claimed, not sent (the greeting is in the app all the same).
    expect((await cloud.all('reminders', { kind: 'birthday' })).map((r) => [r._id, r.status]).sort()).toEqual([
      ['birthday:2031-10-17:m07', 'sent'],
      ['birthday:2031-10-17:m08', 'noConsent']
    ])
  })

  it('a run at 00:30 CST (16:30 UTC the day before) is for the CST day; 23:59 CST is still that day', async () => {
    await cloud.setJoined('m07', '2011-10-17')
    expect(await cloud.fire(new Date('2031-10-16T16:30:00Z'))).toMatchObject({ data: { days: ['2031-10-17'], greetings: 1 } })
    expect(await cloud.fire(new Date('2031-10-17T15:59:00Z'))).toMatchObject({ data: { days: [], greetings: 0 } })
  })

  it('catches up missed days on the next run, each once, at most 7 days back', async () => {
    await cloud.setJoined('m07', '2011-10-18')
    await cloud.setJoined('m08', '2011-10-19')
    await cloud.setJoined('m09', '2011-10-20')
    await cloud.grant('m08', 'birthdayGreeting', 1)
    await cloud.fire(T) // done: 17 October
    const late = await cloud.fire(day(3)) // 18 and 19 missed
    expect(late).toMatchObject({ data: { days: ['2031-10-18', '2031-10-19', '2031-10-20'], greetings: 3, messages: 1 } })
    expect(await cloud.fire(day(3))).toMatchObject({ data: { days: [], greetings: 0 } })
    expect(cloud.sent().filter((e) => e.request.template_id === 'tmpl-birthday').length).toBe(1)
    // Down for 20 days: only the last 7 and today.
    const far = await cloud.fire(day(23))
    expect(far.data.days).toEqual([
      '2031-11-02',
      '2031-11-03',
      '2031-11-04',
      '2031-11-05',
      '2031-11-06',
      '2031-11-07',
      '2031-11-08',
      '2031-11-09'
    ])
  })

  it('43101 sets the consent to zero; no second try', async () => {
    await cloud.setJoined('m07', '2011-10-17')
    await cloud.grant('m07', 'birthdayGreeting', 3)
    cloud.tc.local.outbox.setSubscribeRefused('demo:m07')
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await cloud.fire(T)).toMatchObject({ data: { greetings: 1, messages: 0 } })
    warn.mockRestore()
    expect(cloud.sent().map((e) => e.errcode)).toEqual([43101])
    expect(await cloud.balance('m07', 'birthdayGreeting')).toBe(0)
    expect((await cloud.all('reminders', { kind: 'birthday' }))[0].status).toBe('refused')
  })

  it('reminds the greeting org’s secretary 7 days ahead, once per day (dual-managed members at their assessing org)', async () => {
    await cloud.setJoined('m07', '2011-10-24')
    await cloud.setJoined('m10', '2015-10-24') // home: a village branch; assessed by org-b1
    await cloud.grant('m03', 'birthdayUpcoming', 1)
    await cloud.grant('m32', 'birthdayUpcoming', 1) // the village's secretary: not reminded
    const run = await cloud.fire(T)
    expect(run).toMatchObject({ data: { secretaryReminders: 1 } })
    await cloud.fire(new Date(T.getTime() + 3600_000))
    const soon = cloud.sent().filter((e) => e.request.template_id === 'tmpl-soon')
    expect(soon.map((e) => [e.request.touser, e.request.data.thing1.value, e.request.data.date2.value])).toEqual([
      ['demo:m03', '赵永平等2名党员', '2031-10-24']
    ])
  })

  it('without template ids: greetings still written, nothing sent, nothing spent', async () => {
    delete process.env.BIRTHDAY_GREETING_TEMPLATE_ID
    await cloud.setJoined('m07', '2011-10-17')
    await cloud.grant('m07', 'birthdayGreeting', 1)
    expect(await cloud.fire(T)).toMatchObject({ data: { greetings: 1, messages: 0 } })
    expect(cloud.sent()).toEqual([])
    expect(await cloud.balance('m07', 'birthdayGreeting')).toBe(1)
  })
})
