// myGreeting / openGreeting: a member reads and opens only their own greetings.
import { expectFail, T, useBirthdayCloud } from './helpers'

const cloud = useBirthdayCloud()

describe('greetings', () => {
  beforeEach(async () => {
    await cloud.setJoined('m07', '2011-10-17')
    await cloud.setJoined('m08', '2012-10-17')
    await cloud.fire(T)
  })

  it('answers the caller’s own greeting with the oath; opening it stamps openedAt once', async () => {
    const { greetings } = await cloud.ok({ action: 'myGreeting' }, 'm07')
    expect(greetings).toHaveLength(1)
    expect(greetings[0]).toMatchObject({
      _id: 'm07:2031',
      name: '赵永平',
      years: 20,
      round: true,
      orgName: '第一养护中心党支部',
      openedAt: null
    })
    expect(greetings[0].oath).toMatch(/^我志愿加入中国共产党/)
    const opened = await cloud.ok({ action: 'openGreeting', greetingId: 'm07:2031' }, 'm07')
    expect(opened.greeting.openedAt).toEqual(expect.any(String))
    const again = await cloud.ok({ action: 'openGreeting', greetingId: 'm07:2031' }, 'm07')
    expect(again.greeting.openedAt).toBe(opened.greeting.openedAt)
  })

  it('a member without a greeting gets none; another’s greeting is NOT_FOUND and stays unopened', async () => {
    expect((await cloud.ok({ action: 'myGreeting' }, 'm09')).greetings).toEqual([])
    expectFail(await cloud.call({ action: 'openGreeting', greetingId: 'm07:2031' }, 'm08'), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'openGreeting', greetingId: 'm07:2031' }, 'm03'), 'NOT_FOUND') // even their secretary
    expect((await cloud.all('birthdayGreetings', { _id: 'm07:2031' }))[0].openedAt).toBeNull()
  })

  it.each([
    [{ action: 'openGreeting' }, 'INVALID_INPUT'],
    [{ action: 'openGreeting', greetingId: 'm07' }, 'INVALID_INPUT'],
    [{ action: 'myGreeting', memberId: 'm08' }, 'INVALID_INPUT']
  ])('refuses %j with %s', async (event, code) => {
    expectFail(await cloud.call(event, 'm07'), code)
  })

  it('refuses callers who are not signed in or not bound', async () => {
    expectFail(await cloud.tc.call('birthday', { action: 'myGreeting' }, ''), 'UNAUTHENTICATED')
    expectFail(await cloud.tc.call('birthday', { action: 'myGreeting' }, 'stranger'), 'NOT_BOUND')
  })
})
