process.env.CHECKIN_SECRET = 'checkin-integration-test-secret-0123456789'
import { awayFromRotation, codeBack, codeNow, createActivity, expectFail, expectOk, P, SECRET, shortNow, useCheckinCloud } from './helpers'
import { holdDate } from '@tests/helpers/clock'

const cloud = useCheckinCloud()
const scan = (who: string, fields: Record<string, unknown>) => cloud.call({ action: 'checkin', ...fields }, who)
const refusals = () => cloud.all('checkinRefusals')

beforeAll(() => expect(process.env.CHECKIN_SECRET).toBe(SECRET))

/** Waits, when the fixed 10-minute period of the refusal caps ends within 10 s, until the next one starts. */
async function awayFromPeriodEdge(): Promise<void> {
  const left = 600_000 - (Date.now() % 600_000)
  if (left < 10_000) await new Promise((r) => setTimeout(r, left + 20))
}
const wrongShort = (activityId: string) => (shortNow(activityId) === '000000' ? '000001' : '000000')

describe('stationCode', () => {
  it('gives the organiser the current code, its short code, the countdown and the live list', async () => {
    const a = await createActivity(cloud)
    const s = expectOk(await cloud.call({ action: 'stationCode', activityId: a._id }, P.b1Secretary))
    expect(s.code.length).toBeLessThanOrEqual(32)
    expect(s.code).toMatch(/^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/)
    expect(s.code.startsWith(`${a._id}.`)).toBe(true)
    expect(s.shortCode).toMatch(/^\d{6}$/)
    expect(s.rotateSeconds).toBe(30)
    expect(s.secondsLeft).toBeGreaterThanOrEqual(1)
    expect(s.secondsLeft).toBeLessThanOrEqual(30)
    expect(s).toMatchObject({ count: 0, checkins: [], activity: { _id: a._id, phase: 'open' } })

    expectOk(await scan(P.dispatchedLongnan, { code: s.code }))
    expectOk(await scan(P.b1Member, { code: s.code }))
    const after = expectOk(await cloud.call({ action: 'stationCode', activityId: a._id }, P.b1Deputy))
    expect(after.count).toBe(2)
    expect(after.checkins.map((c: any) => c.name)).toEqual(['杨国栋', '赵永平'])
    expect(after.checkins[0]).toMatchObject({
      memberId: P.dispatchedLongnan,
      late: false,
      makeup: false,
      clock: expect.stringMatching(/^\d\d:\d\d$/)
    })
  })

  it.each([
    ['a plain member', P.b1Member, 'FORBIDDEN'],
    ['the secretary of another branch', P.b2Secretary, 'FORBIDDEN'],
    ['committee staff', P.staff, 'FORBIDDEN'],
    ['an unbound user', 'wx-stranger', 'NOT_BOUND']
  ])('%s → %s', async (_l, who, code) => {
    const a = await createActivity(cloud)
    expectFail(await cloud.call({ action: 'stationCode', activityId: a._id }, who), code)
  })

  it('unknown activity → NOT_FOUND; a 10 KB id → INVALID_INPUT', async () => {
    expectFail(await cloud.call({ action: 'stationCode', activityId: 'anope' }, P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'stationCode', activityId: 'a'.repeat(10_240) }, P.b1Secretary), 'INVALID_INPUT')
  })

  it('without CHECKIN_SECRET → CONFIG_MISSING (a short one too), never a crash', async () => {
    const a = await createActivity(cloud)
    const saved = process.env.CHECKIN_SECRET
    try {
      delete process.env.CHECKIN_SECRET
      const res = expectFail(await cloud.call({ action: 'stationCode', activityId: a._id }, P.b1Secretary), 'CONFIG_MISSING')
      expect(res.message).toContain('CHECKIN_SECRET')
      process.env.CHECKIN_SECRET = 'short'
      expectFail(await cloud.call({ action: 'stationCode', activityId: a._id }, P.b1Secretary), 'CONFIG_MISSING')
      expectFail(await scan(P.b1Member, { code: `${a._id}.abc.0123456789` }), 'CONFIG_MISSING')
      expectFail(await scan(P.b1Member, { code: 'junk' }), 'CONFIG_MISSING')
      expect(await cloud.count('checkins')).toBe(0)
      expect(await cloud.count('checkinRefusals')).toBe(0)
    } finally {
      process.env.CHECKIN_SECRET = saved
    }
  })
})

describe('checkin', () => {
  it('a dispatched member checks in at their active branch: time, activity, not late', async () => {
    const a = await createActivity(cloud)
    const res = expectOk(await scan(P.dispatchedLongnan, { code: codeNow(a._id) }))
    expect(res).toMatchObject({ late: false, activity: { _id: a._id, title: a.title, orgName: '第一养护中心党支部' } })
    expect(res.clock).toMatch(/^\d\d:\d\d$/)
    expect(Math.abs(new Date(res.checkedInAt).getTime() - Date.now())).toBeLessThan(5000)
    expect(await cloud.all('checkins')).toEqual([
      expect.objectContaining({
        _id: `${a._id}:${P.dispatchedLongnan}`,
        activityId: a._id,
        memberId: P.dispatchedLongnan,
        orgId: 'org-b1',
        late: false,
        makeup: false,
        via: 'code'
      })
    ])
    expect(await refusals()).toEqual([])
  })

  it('after the start → late', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    expect(expectOk(await scan(P.b1Member, { code: codeNow(a._id) })).late).toBe(true)
  })

  it('a code of the previous window still works', async () => {
    const a = await createActivity(cloud)
    await awayFromRotation()
    expectOk(await scan(P.b1Member, { code: codeBack(a._id, 1) }))
  })

  it('a second scan → ALREADY_CHECKED_IN "已于 HH:mm 签到", nothing written', async () => {
    const a = await createActivity(cloud)
    const first = expectOk(await scan(P.b1Member, { code: codeNow(a._id) }))
    const again = expectFail(await scan(P.b1Member, { code: codeNow(a._id) }), 'ALREADY_CHECKED_IN')
    expect(again.message).toBe(`已于 ${first.clock} 签到`)
    expect(again.details).toMatchObject({ checkedInAt: first.checkedInAt, clock: first.clock })
    // Even with a stale code, the answer is the same (the member is checked in).
    expectFail(await scan(P.b1Member, { code: codeBack(a._id, 5) }), 'ALREADY_CHECKED_IN')
    expect(await cloud.count('checkins')).toBe(1)
    expect(await refusals()).toEqual([])
  })

  it('20 parallel scans of one member → exactly one record, the others ALREADY_CHECKED_IN', async () => {
    const a = await createActivity(cloud)
    const code = codeNow(a._id)
    const results = await Promise.all(Array.from({ length: 20 }, () => scan(P.dispatchedDingxi, { code })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(Array(19).fill('ALREADY_CHECKED_IN'))
    expect(await cloud.count('checkins')).toBe(1)
    expect(await refusals()).toEqual([])
  })

  it('members of the branch scanning at once are all recorded', async () => {
    const a = await createActivity(cloud)
    const code = codeNow(a._id)
    const who = ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm12', 'm13']
    const results = await Promise.all(who.map((m) => scan(m, { code })))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await cloud.count('checkins', { activityId: a._id })).toBe(10)
  })

  describe('refused codes are recorded with who, when and why', () => {
    const tamper = (c: string) => c.slice(0, -1) + (c.endsWith('A') ? 'B' : 'A')
    it.each([
      ['two windows old', (id: string) => codeBack(id, 2), 'CODE_EXPIRED'],
      ['a photo from ten minutes ago', (id: string) => codeBack(id, 20), 'CODE_REPLAYED'],
      ['an altered code', (id: string) => tamper(codeNow(id)), 'CODE_FORGED'],
      [
        'a code signed with another secret',
        (id: string) => require('@shared/checkin/code').currentCode('another-secret-0123456789', id, Date.now()).code,
        'CODE_FORGED'
      ],
      ['a code of a window not issued yet', (id: string) => codeBack(id, -2), 'CODE_FORGED'],
      ['not a code', () => 'hello', 'CODE_MALFORMED'],
      ['a URL', () => 'https://example.com/?a=1', 'CODE_MALFORMED']
    ])('%s → %s', async (_l, make, code) => {
      const a = await createActivity(cloud)
      const before = Date.now()
      const res = expectFail(await scan(P.b1Member, { code: make(a._id) }), code)
      expect(res.message).toMatch(/签到码/)
      const [r] = await refusals()
      expect(r).toMatchObject({ memberId: P.b1Member, openid: 'demo:m07', code, via: 'code' })
      expect(r.activityId === a._id || (code === 'CODE_MALFORMED' && r.activityId === null)).toBe(true)
      expect(new Date(r.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(await cloud.count('checkins')).toBe(0)
    })

    it('a genuine-looking code of an unknown activity → CODE_FORGED', async () => {
      expectFail(await scan(P.b1Member, { code: codeNow('aunknown01') }), 'CODE_FORGED')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_FORGED', activityId: null })])
    })

    it('a malformed code with a picked activity that does not exist → recorded with no activity', async () => {
      expectFail(await scan(P.b1Member, { code: 'hello', activityId: 'anope00001' }), 'CODE_MALFORMED')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_MALFORMED', activityId: null })])
    })

    it('checked in at X, scanning X’s code on Y’s page → CODE_OTHER_ACTIVITY (not ALREADY_CHECKED_IN), recorded against Y', async () => {
      const x = await createActivity(cloud, { title: 'X' })
      const y = await createActivity(cloud, { title: 'Y' })
      expectOk(await scan(P.b1Member, { code: codeNow(x._id) }))
      expectFail(await scan(P.b1Member, { code: codeNow(x._id), activityId: y._id }), 'CODE_OTHER_ACTIVITY')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_OTHER_ACTIVITY', activityId: y._id, memberId: P.b1Member })])
      // Without a picked activity the answer stays: already checked in at X.
      expectFail(await scan(P.b1Member, { code: codeNow(x._id) }), 'ALREADY_CHECKED_IN')
    })

    it('an altered code of X on Y’s page → CODE_FORGED, recorded against X', async () => {
      const x = await createActivity(cloud, { title: 'X' })
      const y = await createActivity(cloud, { title: 'Y' })
      expectFail(await scan(P.b1Member, { code: tamper(codeNow(x._id)), activityId: y._id }), 'CODE_FORGED')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_FORGED', activityId: x._id })])
    })

    it('the code of another activity than the one picked → CODE_OTHER_ACTIVITY, recorded against the picked one', async () => {
      const a = await createActivity(cloud, { title: 'A' })
      const b = await createActivity(cloud, { title: 'B' })
      expectFail(await scan(P.b1Member, { code: codeNow(b._id), activityId: a._id }), 'CODE_OTHER_ACTIVITY')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_OTHER_ACTIVITY', activityId: a._id })])
      expectOk(await scan(P.b1Member, { code: codeNow(a._id), activityId: a._id }))
    })
  })

  describe('the short code (H5, typed)', () => {
    it('checks in with the activity picked', async () => {
      const a = await createActivity(cloud)
      expectOk(await scan(P.b1Member, { activityId: a._id, shortCode: shortNow(a._id) }))
      expect((await cloud.all('checkins'))[0]).toMatchObject({ via: 'shortCode' })
    })

    it('a wrong number → CODE_FORGED, recorded', async () => {
      const a = await createActivity(cloud)
      const right = shortNow(a._id)
      const wrong = right === '000000' ? '000001' : '000000'
      expectFail(await scan(P.b1Member, { activityId: a._id, shortCode: wrong }), 'CODE_FORGED')
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'CODE_FORGED', via: 'shortCode', activityId: a._id })])
    })

    it('a wrong number says so for typing', async () => {
      const a = await createActivity(cloud)
      expect(expectFail(await scan(P.b1Member, { activityId: a._id, shortCode: wrongShort(a._id) }), 'CODE_FORGED').message).toContain(
        '数字签到码不正确'
      )
    })

    it('unknown activity → NOT_FOUND, recorded with no activity', async () => {
      const before = Date.now()
      expectFail(await scan(P.b1Member, { activityId: 'anope', shortCode: '123456' }), 'NOT_FOUND')
      const [r] = await refusals()
      expect(r).toMatchObject({ memberId: P.b1Member, openid: 'demo:m07', code: 'NOT_FOUND', activityId: null, via: 'shortCode' })
      expect(new Date(r.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(await refusals()).toHaveLength(1)
    })

    it('10 refused attempts in 10 minutes → TOO_MANY_ATTEMPTS (even with the right code), recorded once', async () => {
      await awayFromPeriodEdge()
      const a = await createActivity(cloud)
      const right = shortNow(a._id)
      for (let i = 0; i < 10; i++) expectFail(await scan(P.b1Member, { activityId: a._id, shortCode: wrongShort(a._id) }), 'CODE_FORGED')
      expectFail(await scan(P.b1Member, { activityId: a._id, shortCode: right }), 'TOO_MANY_ATTEMPTS')
      expectFail(await scan(P.b1Member, { code: codeNow(a._id) }), 'TOO_MANY_ATTEMPTS')
      expectFail(await scan(P.b1Member, { code: 'junk' }), 'TOO_MANY_ATTEMPTS')
      const all = await refusals()
      expect(all).toHaveLength(11)
      expect(all.filter((r) => r.code === 'TOO_MANY_ATTEMPTS')).toEqual([
        expect.objectContaining({ memberId: P.b1Member, activityId: a._id, via: 'shortCode' })
      ])
      expect(await cloud.count('checkins')).toBe(0)
      // Another member is not affected.
      expectOk(await scan(P.b1Member2, { activityId: a._id, shortCode: shortNow(a._id) }))
    })

    it('guessing unknown activities counts towards the limit too', async () => {
      await awayFromPeriodEdge()
      for (let i = 0; i < 10; i++) expectFail(await scan(P.b1Member, { activityId: `anope0000${i}`, shortCode: '123456' }), 'NOT_FOUND')
      expectFail(await scan(P.b1Member, { activityId: 'anope00010', shortCode: '123456' }), 'TOO_MANY_ATTEMPTS')
      expect(await refusals()).toHaveLength(11)
      expect((await refusals()).every((r) => r.activityId === null)).toBe(true)
    })

    it('30 parallel forged scans cannot add more than 10 records', async () => {
      await awayFromPeriodEdge()
      const a = await createActivity(cloud)
      const results = await Promise.all(
        Array.from({ length: 30 }, () => scan(P.b1Member, { activityId: a._id, shortCode: wrongShort(a._id) }))
      )
      expect(results.every((r) => !r.ok && (r.code === 'CODE_FORGED' || r.code === 'TOO_MANY_ATTEMPTS'))).toBe(true)
      expect(await cloud.count('checkinRefusals', { code: 'CODE_FORGED' })).toBe(10)
      expect(await cloud.count('checkinRefusals', { code: 'TOO_MANY_ATTEMPTS' })).toBeLessThanOrEqual(1)
    })
  })

  describe('parallel short-code guesses', () => {
    it('50 parallel wrong short codes → at most 10 checked, the rest TOO_MANY_ATTEMPTS; the right code is refused until the period passes', async () => {
      await awayFromPeriodEdge()
      const a = await createActivity(cloud)
      const results = await Promise.all(
        Array.from({ length: 50 }, () => scan(P.b1Member, { activityId: a._id, shortCode: wrongShort(a._id) }))
      )
      const checked = results.filter((r) => !r.ok && r.code === 'CODE_FORGED').length
      expect(checked).toBeGreaterThanOrEqual(1)
      expect(checked).toBeLessThanOrEqual(10)
      expect(results.filter((r) => !r.ok && r.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(50 - checked)
      expect(await cloud.count('checkinRefusals', { code: 'CODE_FORGED' })).toBe(checked)
      expectFail(await scan(P.b1Member, { activityId: a._id, shortCode: shortNow(a._id) }), 'TOO_MANY_ATTEMPTS')
      expect(await cloud.count('checkins')).toBe(0)

      // Ten minutes later (only Date is faked: the store's I/O keeps its real timers) the member may type again.
      holdDate(Date.now() + 10 * 60_000 + 1000)
      try {
        expectOk(await scan(P.b1Member, { activityId: a._id, shortCode: shortNow(a._id) }))
      } finally {
        jest.useRealTimers()
      }
    })

    it('a right short code releases its slot: ten wrong ones after a check-in elsewhere are still checked', async () => {
      await awayFromPeriodEdge()
      const x = await createActivity(cloud, { title: 'X' })
      const y = await createActivity(cloud, { title: 'Y' })
      expectOk(await scan(P.b1Member, { activityId: x._id, shortCode: shortNow(x._id) }))
      for (let i = 0; i < 10; i++) expectFail(await scan(P.b1Member, { activityId: y._id, shortCode: wrongShort(y._id) }), 'CODE_FORGED')
      expect(await refusals()).toHaveLength(10)
      expectFail(await scan(P.b1Member, { activityId: y._id, shortCode: shortNow(y._id) }), 'TOO_MANY_ATTEMPTS')
    })
  })

  describe('whose list a refusal lands on', () => {
    it('a member of another branch guessing at our activity is recorded with no activity', async () => {
      const a = await createActivity(cloud)
      expectFail(await scan('m17', { activityId: a._id, shortCode: wrongShort(a._id) }), 'CODE_FORGED')
      expectFail(await scan('m17', { code: 'hello', activityId: a._id }), 'CODE_MALFORMED')
      expectFail(await scan('m17', { code: codeBack(a._id, 3) }), 'CODE_EXPIRED')
      const all = await refusals()
      expect(all).toHaveLength(3)
      expect(all.every((r) => r.memberId === 'm17' && r.activityId === null)).toBe(true)
      const att = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
      expect(att.refusals).toEqual([])
    })

    it('an open activity takes anyone’s refusals', async () => {
      const a = await createActivity(cloud, { open: true })
      expectFail(await scan('m17', { activityId: a._id, shortCode: wrongShort(a._id) }), 'CODE_FORGED')
      expect(await refusals()).toEqual([expect.objectContaining({ memberId: 'm17', activityId: a._id })])
    })
  })

  describe('eligibility (dual management)', () => {
    it('a member of another branch → NOT_ELIGIBLE, recorded with no activity (not on our list)', async () => {
      const a = await createActivity(cloud)
      const res = expectFail(await scan('m17', { code: codeNow(a._id) }), 'NOT_ELIGIBLE')
      expect(res.message).toContain('第一养护中心党支部')
      expect(await refusals()).toEqual([expect.objectContaining({ memberId: 'm17', code: 'NOT_ELIGIBLE', activityId: null })])
      expect(await cloud.count('checkins')).toBe(0)
    })

    it('the home village secretary cannot check in at the branch where their member works', async () => {
      const a = await createActivity(cloud)
      expectFail(await scan(P.longnanSecretary, { code: codeNow(a._id) }), 'NOT_ELIGIBLE')
    })

    it('an open activity accepts a member of another org as a guest', async () => {
      const a = await createActivity(cloud, { type: 'volunteer', open: true })
      expectOk(await scan('m17', { code: codeNow(a._id) }))
      expectOk(await scan(P.riderPlatform, { code: codeNow(a._id) }))
    })

    it('a rider checks in at both the platform and the community branch (双报到)', async () => {
      const p = await createActivity(cloud, { orgId: 'org-platform', title: '平台支部主题党日' }, P.platformSecretary)
      const c = await createActivity(cloud, { orgId: 'org-community', title: '社区志愿服务', type: 'volunteer' }, P.communitySecretary)
      expectOk(await scan(P.riderDingxi, { code: codeNow(p._id) }))
      expectOk(await scan(P.riderDingxi, { code: codeNow(c._id) }))
      // Not at our branch, where the rider does no org life.
      const b1 = await createActivity(cloud)
      expectFail(await scan(P.riderDingxi, { code: codeNow(b1._id) }), 'NOT_ELIGIBLE')
    })

    it('a party-group meeting: the group’s members only', async () => {
      const g = await createActivity(cloud, { orgId: 'org-b1-g2', type: 'groupMeeting' }, P.b1G2Leader)
      expectOk(await scan(P.dispatchedDingxi, { code: codeNow(g._id) })) // m12 is in 桥隧养护党小组
      expectFail(await scan(P.dispatchedLongnan, { code: codeNow(g._id) }), 'NOT_ELIGIBLE') // m10 is in 路面养护党小组
    })
  })

  describe('the check-in window', () => {
    it('before it opens → WINDOW_NOT_OPEN with the opening time', async () => {
      const a = await createActivity(cloud, {}, P.b1Secretary, 120)
      const res = expectFail(await scan(P.b1Member, { code: codeNow(a._id) }), 'WINDOW_NOT_OPEN')
      expect(res.details.opensAt).toBe(a.opensAt)
      expect(res.message).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d 开放/)
      expect(await refusals()).toEqual([expect.objectContaining({ code: 'WINDOW_NOT_OPEN' })])
    })

    it('scanning too early does not lock the member out: 12 scans → 12 × WINDOW_NOT_OPEN, at most 10 records', async () => {
      await awayFromPeriodEdge()
      const early = await createActivity(cloud, {}, P.b1Secretary, 120)
      for (let i = 0; i < 12; i++) expectFail(await scan(P.b1Member, { code: codeNow(early._id) }), 'WINDOW_NOT_OPEN')
      expect(await cloud.count('checkinRefusals', { code: 'WINDOW_NOT_OPEN' })).toBe(10)
      // The check-in of an open activity still works.
      const open = await createActivity(cloud)
      expectOk(await scan(P.b1Member, { code: codeNow(open._id) }))
    })

    it('opened early by the window override', async () => {
      const a = await createActivity(cloud, { window: { opensMinutesBefore: 180 } }, P.b1Secretary, 120)
      expectOk(await scan(P.b1Member, { code: codeNow(a._id) }))
    })

    it('after it closes → WINDOW_CLOSED', async () => {
      const a = await createActivity(cloud, {}, P.b1Secretary, -120)
      expectFail(await scan(P.b1Member, { code: codeNow(a._id) }), 'WINDOW_CLOSED')
    })

    it('kept open after the end by the override (late)', async () => {
      const a = await createActivity(cloud, { window: { closesMinutesAfter: 90 } }, P.b1Secretary, -120)
      expect(expectOk(await scan(P.b1Member, { code: codeNow(a._id) })).late).toBe(true)
    })
  })

  describe('the venue radius', () => {
    const venue = { lat: 36.0611, lng: 103.8343, radiusM: 300 }
    it.each([
      ['at the venue', { lat: 36.0611, lng: 103.8343 }, null],
      ['200 m away', { lat: 36.0611 + 200 / 111_195, lng: 103.8343 }, null],
      ['2 km away', { lat: 36.0611 + 2000 / 111_195, lng: 103.8343 }, 'OUT_OF_RANGE'],
      ['no location', undefined, 'LOCATION_REQUIRED']
    ])('%s', async (_l, location, code) => {
      const a = await createActivity(cloud, { venue })
      const res = await scan(P.b1Member, { code: codeNow(a._id), ...(location ? { location } : {}) })
      if (code === null) {
        expectOk(res)
        expect((await cloud.all('checkins'))[0].distanceM).toBeLessThanOrEqual(201)
      } else {
        expectFail(res, code)
        if (code === 'OUT_OF_RANGE') expect(res.details).toEqual({ distanceM: 2000, radiusM: 300 })
        expect(await refusals()).toEqual([expect.objectContaining({ code })])
      }
    })

    it('no venue: a location is not needed', async () => {
      const a = await createActivity(cloud)
      expectOk(await scan(P.b1Member, { code: codeNow(a._id), location: { lat: 0, lng: 0 } }))
    })
  })

  describe('bad input: a clear error and nothing written (not even a refusal)', () => {
    it.each([
      ['no code', {}],
      ['both code and short code', { code: 'x', shortCode: '123456', activityId: 'a1' }],
      ['a short code without an activity', { shortCode: '123456' }],
      ['a 10 KB code', { code: 'x'.repeat(10_240) }],
      ['a code as a number', { code: 123456 }],
      ['an extra field', { code: 'abc', memberId: 'm03' }],
      ['openid in the event', { code: 'abc', openid: 'demo:m03' }],
      ['a location as a string', { code: 'abc', location: '36,103' }],
      ['a location without lng', { code: 'abc', location: { lat: 36 } }],
      ['NaN latitude', { code: 'abc', location: { lat: Number.NaN, lng: 1 } }],
      ['an activity id with spaces', { code: 'abc', activityId: 'a 1' }]
    ])('%s → INVALID_INPUT', async (_l, fields) => {
      expectFail(await scan(P.b1Member, fields), 'INVALID_INPUT')
      expect(await cloud.count('checkins')).toBe(0)
      expect(await cloud.count('checkinRefusals')).toBe(0)
    })

    it('unbound → NOT_BOUND; no OPENID → UNAUTHENTICATED; nothing written', async () => {
      const a = await createActivity(cloud)
      expectFail(await scan('wx-stranger', { code: codeNow(a._id) }), 'NOT_BOUND')
      expectFail(await cloud.call({ action: 'checkin', code: codeNow(a._id) }), 'UNAUTHENTICATED')
      expect(await cloud.count('checkins')).toBe(0)
      expect(await cloud.count('checkinRefusals')).toBe(0)
    })
  })
})
