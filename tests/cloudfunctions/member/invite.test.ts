import crypto from 'node:crypto'
import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const invite = async (memberId: string, by: string = P.b1Secretary) =>
  expectOk(await cloud.call({ action: 'createInvite', memberId }, as(by)))
const bindCode = (openid: string, inviteCode: string) => cloud.call({ action: 'bind', inviteCode }, openid)

describe('createInvite', () => {
  it('gives the secretary a one-time code valid for 7 days; only its hash is stored', async () => {
    const before = Date.now()
    const { code, expiresAt } = await invite(P.unboundLongnan)
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    const ttl = new Date(expiresAt).getTime() - before
    expect(ttl).toBeGreaterThan(7 * 86_400_000 - 60_000)
    expect(ttl).toBeLessThanOrEqual(7 * 86_400_000 + 60_000)
    const docs = await cloud.all('invites')
    expect(docs).toHaveLength(1)
    expect(JSON.stringify(docs)).not.toContain(code)
    expect(docs[0]).toMatchObject({ memberId: P.unboundLongnan, orgId: 'org-b1', createdBy: P.b1Secretary, usedAt: null })
  })

  it.each([
    ['B1 deputy', P.b1Deputy, P.unboundLongnan],
    ['G2 leader', P.b1G2Leader, P.unboundLongnan],
    ['home (village) secretary', P.longnanSecretary, P.unboundLongnan],
    ['committee staff', P.staff, P.unboundLongnan],
    ['B1 secretary for a B2 member', P.b1Secretary, P.unboundGannan],
    ['a plain member', P.b1Member, P.unboundLongnan]
  ])('%s → FORBIDDEN', async (_label, by, memberId) => {
    expectFail(await cloud.call({ action: 'createInvite', memberId }, as(by)), 'FORBIDDEN')
    expect(await cloud.count('invites')).toBe(0)
  })

  it('for a member already bound → ALREADY_BOUND', async () => {
    expectFail(await cloud.call({ action: 'createInvite', memberId: P.b1Member }, as(P.b1Secretary)), 'ALREADY_BOUND')
  })

  it('unknown member → NOT_FOUND; unbound caller → NOT_BOUND', async () => {
    expectFail(await cloud.call({ action: 'createInvite', memberId: 'nobody' }, as(P.b1Secretary)), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'createInvite', memberId: P.unboundLongnan }, 'wx-new'), 'NOT_BOUND')
  })

  it.each([
    ['no memberId', {}],
    ['memberId a number', { memberId: 11 }],
    ['extra field', { memberId: P.unboundLongnan, days: 30 }]
  ])('%s → INVALID_INPUT', async (_label, fields) => {
    expectFail(await cloud.call({ action: 'createInvite', ...fields }, as(P.b1Secretary)), 'INVALID_INPUT')
  })
})

describe('bind with an invitation code', () => {
  it('binds (code typed in lower case with a dash) and spends the code', async () => {
    const { code } = await invite(P.unboundLongnan)
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase()
    expect(expectOk(await bindCode('wx-new', typed)).member._id).toBe(P.unboundLongnan)
    expect(await cloud.all('bindings', { _id: 'wx-new' })).toEqual([expect.objectContaining({ memberId: P.unboundLongnan, via: 'invite' })])
    expect((await cloud.all('invites'))[0]).toMatchObject({ usedBy: 'wx-new' })
    expectFail(await bindCode('wx-other', code), 'INVITE_INVALID')
  })

  it('works while the roster entry is locked by guesses', async () => {
    for (let i = 0; i < 5; i++) await cloud.call({ action: 'bind', name: '何小军', phoneLast4: '0000' }, `wx-guess-${i}`)
    const { code } = await invite(P.unboundLongnan)
    expectOk(await bindCode('wx-real', code))
  })

  it('an expired code → INVITE_INVALID', async () => {
    const { code } = await invite(P.unboundLongnan)
    const [doc] = await cloud.all('invites')
    await cloud.tc.db
      .collection('invites')
      .doc(doc._id)
      .update({ data: { expiresAt: new Date(Date.now() - 1000) } })
    expectFail(await bindCode('wx-new', code), 'INVITE_INVALID')
    expect(await cloud.count('bindings', { _id: 'wx-new' })).toBe(0)
  })

  it('a new code revokes the older one', async () => {
    const first = await invite(P.unboundLongnan)
    const second = await invite(P.unboundLongnan)
    expectFail(await bindCode('wx-new', first.code), 'INVITE_INVALID')
    expectOk(await bindCode('wx-new', second.code))
  })

  it('wrong codes count: INVITE_INVALID with remaining tries, then BIND_LOCKED', async () => {
    const { code } = await invite(P.unboundLongnan)
    const wrong = ['ZZZZZZZZ', 'short', 'ABCD0000', 'YYYYYYYY']
    for (const [i, w] of wrong.entries())
      expect(expectFail(await bindCode('wx-guesser', w), 'INVITE_INVALID').details).toEqual({ remainingTries: 4 - i })
    expectFail(await bindCode('wx-guesser', 'XXXXXXXX'), 'BIND_LOCKED')
    expectFail(await bindCode('wx-guesser', code), 'BIND_LOCKED')
    expectOk(await bindCode('wx-real', code))
  })

  it('two WeChat users with the same code at once: exactly one binds', async () => {
    const { code } = await invite(P.unboundLongnan)
    const results = await Promise.all(['wx-a', 'wx-b'].map((o) => bindCode(o, code)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(await cloud.count('bindings', { memberId: P.unboundLongnan })).toBe(1)
  })

  it('the code of an already-bound WeChat user → ALREADY_BOUND, code not spent', async () => {
    const { code } = await invite(P.unboundLongnan)
    expectFail(await bindCode(as(P.b1Member), code), 'ALREADY_BOUND')
    expectOk(await bindCode('wx-new', code))
  })

  it('stores sha256, so a leaked invites collection does not reveal codes', async () => {
    const { code } = await invite(P.unboundLongnan)
    const [doc] = await cloud.all('invites')
    expect(doc._id).toBe(crypto.createHash('sha256').update(`tongxin-invite:${code}`).digest('hex'))
  })
})
