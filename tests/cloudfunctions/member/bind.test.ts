import { as, expectFail, expectOk, last4, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const bindAs = (openid: string, name: string, phoneLast4: string) => cloud.call({ action: 'bind', name, phoneLast4 }, openid)

describe('bind by name + last 4 phone digits', () => {
  it('binds the caller to the roster entry and answers whoami', async () => {
    const data = expectOk(await bindAs('wx-new', '何小军', last4(P.unboundLongnan)))
    expect(data).toMatchObject({ bound: true, member: { _id: P.unboundLongnan, bound: true, homeOrgId: 'org-v-longnan' } })
    expect(await cloud.all('bindings', { _id: 'wx-new' })).toEqual([expect.objectContaining({ memberId: P.unboundLongnan, via: 'phone' })])
    expect(expectOk(await cloud.call({ action: 'whoami' }, 'wx-new')).member._id).toBe(P.unboundLongnan)
  })

  it('trims the name', async () => {
    expectOk(await bindAs('wx-new', ' 卓玛草 ', last4(P.unboundGannan)))
  })

  it('wrong digits: BIND_MISMATCH with remaining tries, nothing bound', async () => {
    const res = expectFail(await bindAs('wx-new', '何小军', '0000'), 'BIND_MISMATCH')
    expect(res.details).toEqual({ remainingTries: 4 })
    expect(await cloud.count('bindings', { _id: 'wx-new' })).toBe(0)
    expect(await cloud.count('bindings', { memberId: P.unboundLongnan })).toBe(0)
  })

  it('unknown name: BIND_MISMATCH (counted against the WeChat user)', async () => {
    expect(expectFail(await bindAs('wx-new', '查无此人', '1234'), 'BIND_MISMATCH').details).toEqual({ remainingTries: 4 })
    expect(expectFail(await bindAs('wx-new', '何小军', '0000'), 'BIND_MISMATCH').details).toEqual({ remainingTries: 3 })
  })

  it('5 failures lock the roster entry for 15 minutes, even for the right details from another WeChat user', async () => {
    for (let i = 1; i <= 4; i++) {
      expect(expectFail(await bindAs(`wx-guess-${i}`, '何小军', '0000'), 'BIND_MISMATCH').details.remainingTries).toBe(5 - i)
    }
    const locked = expectFail(await bindAs('wx-guess-5', '何小军', '0000'), 'BIND_LOCKED')
    expect(locked.details.retryAfterSeconds).toBeGreaterThan(14 * 60)
    expect(locked.details.retryAfterSeconds).toBeLessThanOrEqual(15 * 60)
    expect(new Date(locked.details.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    expectFail(await bindAs('wx-real', '何小军', last4(P.unboundLongnan)), 'BIND_LOCKED')
    expect(await cloud.count('bindings', { memberId: P.unboundLongnan })).toBe(0)
    // Another entry is unaffected.
    expectOk(await bindAs('wx-other', '卓玛草', last4(P.unboundGannan)))
  })

  it('5 failures from one WeChat user lock that user too, whatever names they try', async () => {
    const names = ['甲', '乙', '丙', '丁']
    for (const n of names) expectFail(await bindAs('wx-prober', n, '0000'), 'BIND_MISMATCH')
    expectFail(await bindAs('wx-prober', '戊', '0000'), 'BIND_LOCKED')
    expectFail(await bindAs('wx-prober', '卓玛草', last4(P.unboundGannan)), 'BIND_LOCKED')
    expectOk(await bindAs('wx-someone-else', '卓玛草', last4(P.unboundGannan)))
  })

  it('the lock ends after 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await bindAs('wx-guess', '何小军', '0000')
    expectFail(await bindAs('wx-real', '何小军', last4(P.unboundLongnan)), 'BIND_LOCKED')
    // Let the clock pass: move the stored lock into the past.
    const past = new Date(Date.now() - 1000)
    await cloud.tc.db
      .collection('bindAttempts')
      .doc(`member:${P.unboundLongnan}`)
      .update({ data: { lockedUntil: past } })
    expectOk(await bindAs('wx-real', '何小军', last4(P.unboundLongnan)))
    expect(await cloud.count('bindAttempts', { _id: `member:${P.unboundLongnan}` })).toBe(0)
  })

  it('an already-bound WeChat user → ALREADY_BOUND', async () => {
    expectFail(await bindAs(as(P.b1Member), '何小军', last4(P.unboundLongnan)), 'ALREADY_BOUND')
    expect(await cloud.count('bindings', { memberId: P.unboundLongnan })).toBe(0)
  })

  it('an already-bound member → ALREADY_BOUND, nothing changes', async () => {
    expectFail(await bindAs('wx-new', '赵永平', last4(P.b1Member)), 'ALREADY_BOUND')
    expect(await cloud.all('bindings', { memberId: P.b1Member })).toEqual([expect.objectContaining({ _id: as(P.b1Member) })])
    expect(await cloud.count('bindings', { _id: 'wx-new' })).toBe(0)
  })

  it('two WeChat users binding the same member at once: exactly one wins', async () => {
    const results = await Promise.all(['wx-a', 'wx-b', 'wx-c'].map((o) => bindAs(o, '何小军', last4(P.unboundLongnan))))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(r.code).toBe('ALREADY_BOUND')
    expect(await cloud.count('bindings', { memberId: P.unboundLongnan })).toBe(1)
  })

  it('one WeChat user binding two members at once: exactly one wins', async () => {
    const results = await Promise.all([bindAs('wx-a', '何小军', last4(P.unboundLongnan)), bindAs('wx-a', '卓玛草', last4(P.unboundGannan))])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok).code).toBe('ALREADY_BOUND')
    expect(await cloud.count('bindings', { _id: 'wx-a' })).toBe(1)
  })

  it('namesakes with the same last 4 digits → BIND_AMBIGUOUS (use an invitation)', async () => {
    const twin = {
      name: '何小军',
      phone: `1380000${last4(P.unboundLongnan)}`,
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: 'org-b2',
      activeOrgIds: ['org-b2'],
      assessingOrgId: 'org-b2',
      groupId: null,
      joinedAt: '2010-01-01',
      fullAt: null,
      roles: []
    }
    await cloud.tc.db.collection('members').add({ data: { _id: 'twin', ...twin } })
    expectFail(await bindAs('wx-new', '何小军', last4(P.unboundLongnan)), 'BIND_AMBIGUOUS')
    expect(await cloud.count('bindings', { _id: 'wx-new' })).toBe(0)
  })

  it('without an OPENID → UNAUTHENTICATED, nothing counted', async () => {
    expectFail(await bindAs('', '何小军', last4(P.unboundLongnan)), 'UNAUTHENTICATED')
    expect(await cloud.count('bindAttempts')).toBe(0)
  })

  it.each([
    ['nothing', {}],
    ['name only', { name: '何小军' }],
    ['digits only', { phoneLast4: '1011' }],
    ['both modes', { name: '何小军', phoneLast4: '1011', inviteCode: 'ABCDEFGH' }],
    ['3 digits', { name: '何小军', phoneLast4: '101' }],
    ['5 digits', { name: '何小军', phoneLast4: '10111' }],
    ['letters', { name: '何小军', phoneLast4: '10a1' }],
    ['digits as a number', { name: '何小军', phoneLast4: 1011 }],
    ['empty name', { name: '  ', phoneLast4: '1011' }],
    ['name too long', { name: '何'.repeat(21), phoneLast4: '1011' }],
    ['10 KB name', { name: '何'.repeat(10 * 1024), phoneLast4: '1011' }],
    ['name not a string', { name: ['何小军'], phoneLast4: '1011' }],
    ['invite code too long', { inviteCode: 'A'.repeat(21) }],
    ['invite code empty', { inviteCode: '' }],
    ['memberId smuggled in', { name: '何小军', phoneLast4: '1011', memberId: P.unboundLongnan }],
    ['openid smuggled in', { name: '何小军', phoneLast4: '1011', openid: 'wx-victim' }]
  ])('%s → INVALID_INPUT, nothing written', async (_label, fields) => {
    expectFail(await cloud.call({ action: 'bind', ...fields }, 'wx-new'), 'INVALID_INPUT')
    expect(await cloud.count('bindings', { _id: 'wx-new' })).toBe(0)
    expect(await cloud.count('bindAttempts')).toBe(0)
  })
})
