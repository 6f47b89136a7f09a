// reportConsent: bounded (≤ 3 known templates), idempotent per report id, the caller's own ledger only.
// stopConsent: the member's refusal, their balances to zero, idempotent.
import { expectFail, useBirthdayCloud } from './helpers'

const cloud = useBirthdayCloud()

describe('reportConsent', () => {
  it('adds one per accepted template; a retried report adds nothing', async () => {
    const r = await cloud.ok({ action: 'reportConsent', reportId: 'rep-0001', accepted: ['birthdayGreeting', 'assessmentRate'] }, 'm07')
    expect(r).toEqual({
      counted: true,
      balances: {
        assessmentRate: 1,
        assessmentTalk: 0,
        birthdayGreeting: 1,
        birthdayUpcoming: 0,
        studyTask: 0,
        studyReturned: 0,
        studyAnalysis: 0
      }
    })
    const again = await cloud.ok({ action: 'reportConsent', reportId: 'rep-0001', accepted: ['birthdayGreeting', 'assessmentRate'] }, 'm07')
    expect(again).toMatchObject({ counted: false, balances: { birthdayGreeting: 1 } })
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0002', accepted: ['birthdayGreeting'] }, 'm07')
    expect(await cloud.balance('m07', 'birthdayGreeting')).toBe(2)
    // Another member's report of the same id is theirs, and touches only their ledger.
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0001', accepted: ['birthdayUpcoming'] }, 'm03')
    expect([await cloud.balance('m03', 'birthdayUpcoming'), await cloud.balance('m07', 'birthdayUpcoming')]).toEqual([1, 0])
  })

  it('an empty report (the member declined all) is counted and adds nothing', async () => {
    const r = await cloud.ok({ action: 'reportConsent', reportId: 'rep-0003', accepted: [] }, 'm07')
    expect(r.balances.birthdayGreeting).toBe(0)
  })

  it.each([
    [{ reportId: 'rep-0004', accepted: ['birthdayGreeting', 'assessmentRate', 'assessmentTalk', 'birthdayUpcoming'] }, 'CONSENT_INVALID'],
    [{ reportId: 'rep-0005', accepted: ['tmpl-abc'] }, 'CONSENT_INVALID'],
    [{ reportId: 'short', accepted: ['birthdayGreeting'] }, 'INVALID_INPUT'],
    [{ reportId: 'rep 0006', accepted: ['birthdayGreeting'] }, 'INVALID_INPUT'],
    [{ reportId: 'rep-0007', accepted: 'birthdayGreeting' }, 'INVALID_INPUT'],
    [{ reportId: 'rep-0008', accepted: ['birthdayGreeting'], memberId: 'm08' }, 'INVALID_INPUT']
  ])('refuses %j with %s, writing nothing', async (event, code) => {
    const before = await cloud.snapshot()
    expectFail(await cloud.call({ action: 'reportConsent', ...event }, 'm07'), code)
    expect(await cloud.snapshot()).toEqual(before)
  })

  it('refuses an unbound caller', async () => {
    expectFail(await cloud.tc.call('birthday', { action: 'reportConsent', reportId: 'rep-0009', accepted: [] }, 'stranger'), 'NOT_BOUND')
  })
})

describe('stopConsent (the member’s refusal, 不再接收)', () => {
  it('sets the named balances to zero, leaves the others and other members; twice is the same', async () => {
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0101', accepted: ['birthdayGreeting', 'assessmentRate'] }, 'm07')
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0102', accepted: ['birthdayGreeting'] }, 'm07')
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0103', accepted: ['birthdayGreeting'] }, 'm03')
    const r = await cloud.ok({ action: 'stopConsent', keys: ['birthdayGreeting'] }, 'm07')
    expect(r.balances).toEqual({
      assessmentRate: 1,
      assessmentTalk: 0,
      birthdayGreeting: 0,
      birthdayUpcoming: 0,
      studyTask: 0,
      studyReturned: 0,
      studyAnalysis: 0
    })
    expect(await cloud.balance('m03', 'birthdayGreeting')).toBe(1)
    const before = await cloud.snapshot()
    expect(
      (await cloud.ok({ action: 'stopConsent', keys: ['birthdayGreeting', 'birthdayUpcoming'] }, 'm07')).balances.birthdayGreeting
    ).toBe(0)
    expect(await cloud.snapshot()).toEqual(before)
    // Accepting again after a refusal counts again.
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0104', accepted: ['birthdayGreeting'] }, 'm07')
    expect(await cloud.balance('m07', 'birthdayGreeting')).toBe(1)
  })

  it.each([
    [{ keys: [] }, 'CONSENT_INVALID'],
    [{ keys: ['birthdayGreeting', 'tmpl-x'] }, 'CONSENT_INVALID'],
    [{ keys: 'birthdayGreeting' }, 'INVALID_INPUT'],
    [{ keys: ['birthdayGreeting'], memberId: 'm08' }, 'INVALID_INPUT']
  ])('refuses %j with %s, writing nothing', async (event, code) => {
    await cloud.ok({ action: 'reportConsent', reportId: 'rep-0105', accepted: ['birthdayGreeting'] }, 'm07')
    const before = await cloud.snapshot()
    expectFail(await cloud.call({ action: 'stopConsent', ...event }, 'm07'), code)
    expect(await cloud.snapshot()).toEqual(before)
  })

  it('refuses an unbound caller', async () => {
    expectFail(await cloud.tc.call('birthday', { action: 'stopConsent', keys: ['birthdayGreeting'] }, 'stranger'), 'NOT_BOUND')
  })
})
