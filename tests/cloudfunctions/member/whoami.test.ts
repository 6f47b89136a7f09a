import { politicalAge } from '@shared/member/politicalAge'
import { demoPhone } from '@localcloud/seed/demo'
import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('all')

describe('whoami', () => {
  it('answers bound:false for a WeChat user who is not bound', async () => {
    expect(expectOk(await cloud.call({ action: 'whoami' }, 'wx-new'))).toEqual({ bound: false })
  })

  it('gives the caller their own consents left per template (the demo: 孙丽娟 one greeting, 赵永平 used up)', async () => {
    const sun = expectOk(await cloud.call({ action: 'whoami' }, as(P.b1Member2)))
    expect(sun.consents).toEqual({
      assessmentRate: 0,
      assessmentTalk: 0,
      birthdayGreeting: 1,
      birthdayUpcoming: 0,
      studyTask: 0,
      studyReturned: 0,
      studyAnalysis: 0
    })
    const zhao = expectOk(await cloud.call({ action: 'whoami' }, as(P.b1Member)))
    expect(zhao.consents.birthdayGreeting).toBe(0)
  })

  it('tells the client the subscribe-message template ids that are set, by key (none set: none)', async () => {
    const saved = process.env.BIRTHDAY_GREETING_TEMPLATE_ID
    const savedRate = process.env.ASSESSMENT_RATE_TEMPLATE_ID
    try {
      process.env.BIRTHDAY_GREETING_TEMPLATE_ID = 'tmpl-birthday'
      delete process.env.ASSESSMENT_RATE_TEMPLATE_ID
      const sun = expectOk(await cloud.call({ action: 'whoami' }, as(P.b1Member2)))
      expect(sun.subscribeTemplates.birthdayGreeting).toBe('tmpl-birthday')
      expect('assessmentRate' in sun.subscribeTemplates).toBe(false)
      delete process.env.BIRTHDAY_GREETING_TEMPLATE_ID
      const again = expectOk(await cloud.call({ action: 'whoami' }, as(P.b1Member2)))
      expect('birthdayGreeting' in again.subscribeTemplates).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.BIRTHDAY_GREETING_TEMPLATE_ID
      else process.env.BIRTHDAY_GREETING_TEMPLATE_ID = saved
      if (savedRate !== undefined) process.env.ASSESSMENT_RATE_TEMPLATE_ID = savedRate
    }
  })

  it('gives the caller their own record with the phone, orgs, roles and political age', async () => {
    const data = expectOk(await cloud.call({ action: 'whoami' }, as(P.dispatchedLongnan)))
    expect(data.bound).toBe(true)
    expect(data.member).toMatchObject({
      _id: P.dispatchedLongnan,
      name: '杨国栋',
      phone: demoPhone(P.dispatchedLongnan),
      employment: 'dispatched',
      homeOrgId: 'org-v-longnan',
      activeOrgIds: ['org-b1'],
      assessingOrgId: 'org-b1',
      bound: true
    })
    expect(Object.keys(data.orgs).sort()).toEqual(['org-b1', 'org-b1-g1', 'org-v-longnan'])
    expect(data.orgs['org-v-longnan']).toMatchObject({ external: true, kind: 'branch' })
    // 党龄 from 转正日期: the demo's members became full a year after joining (2015-04-22).
    expect(data.member.fullAt).toBe('2016-04-21')
    expect(data.politicalAge).toBe(politicalAge(data.member, new Date()))
    expect(data.roles).toEqual([])
  })

  it('lists the roles and their orgs', async () => {
    const data = expectOk(await cloud.call({ action: 'whoami' }, as(P.b1CommitteeAndG1Leader)))
    expect(data.roles).toEqual([
      { orgId: 'org-b1', role: 'committeeMember' },
      { orgId: 'org-b1-g1', role: 'groupLeader' }
    ])
  })

  it('refuses any field', async () => {
    expectFail(await cloud.call({ action: 'whoami', x: 1 }, as(P.b1Member)), 'INVALID_INPUT')
  })

  it('without an OPENID → UNAUTHENTICATED', async () => {
    expectFail(await cloud.call({ action: 'whoami' }, ''), 'UNAUTHENTICATED')
  })
})

describe('card', () => {
  it('shows the own card with phone, orgs and political age (29 February joiner)', async () => {
    const data = expectOk(await cloud.call({ action: 'card' }, as(P.b1Member)))
    expect(data.member).toMatchObject({ _id: P.b1Member, joinedAt: '2004-02-29', phone: demoPhone(P.b1Member) })
    expect(data.member.fullAt).toBe('2005-02-28')
    expect(data.politicalAge).toBe(politicalAge(data.member, new Date()))
    expect(Object.keys(data.orgs).sort()).toEqual(['org-b1', 'org-b1-g1'])
  })

  it('shows a dispatched member their home and active orgs', async () => {
    const data = expectOk(await cloud.call({ action: 'card', memberId: P.dispatchedDingxi }, as(P.dispatchedDingxi)))
    expect(data.orgs['org-v-dingxi'].name).toBe('定西市安定区巉口镇杏园村党支部')
    expect(data.orgs['org-b1'].name).toBe('第一养护中心党支部')
  })

  it.each([
    ['B1 secretary → dispatched member of B1: with phone', P.b1Secretary, P.dispatchedLongnan, true],
    ['B1 deputy → B1 member: without phone', P.b1Deputy, P.b1Member, false],
    ['G1 leader → own group member: without phone', P.b1CommitteeAndG1Leader, P.b1Member, false],
    ['village secretary → their dispatched member: without phone', P.longnanSecretary, P.dispatchedLongnan, false],
    ['committee staff → anyone: without phone', P.staff, P.riderDingxi, false],
    ['community secretary → rider (双报到): with phone', P.communitySecretary, P.riderPlatform, true],
    ['platform secretary → courier: with phone', P.platformSecretary, P.courier, true]
  ])('%s', async (_label, viewer, memberId, phone) => {
    const data = expectOk(await cloud.call({ action: 'card', memberId }, as(viewer)))
    expect(data.member._id).toBe(memberId)
    if (phone) expect(data.member.phone).toBe(demoPhone(memberId))
    else expect(data.member).not.toHaveProperty('phone')
  })

  it.each([
    ['member → another member', P.b1Member, P.b1Member2],
    ['G2 leader → G1 member', P.b1G2Leader, P.b1Member],
    ['B2 secretary → B1 member', P.b2Secretary, P.b1Member],
    ['village secretary → B1 contract member', P.longnanSecretary, P.b1Member],
    ['rider → rider', P.riderPlatform, P.riderCommunity]
  ])('%s → NOT_FOUND, the same answer as an unknown id', async (_label, viewer, memberId) => {
    const hidden = await cloud.call({ action: 'card', memberId }, as(viewer))
    const unknown = await cloud.call({ action: 'card', memberId: 'nobody' }, as(viewer))
    expectFail(hidden, 'NOT_FOUND')
    // Member ids cannot be enumerated: an existing member one may not see looks like no member at all.
    expect(hidden).toEqual(unknown)
  })

  it.each([
    // m09 joined 53 years ago and became full a year later: 50 years of 党龄 by last year's 1 July.
    ['the 50-year member: 党龄 from 转正日期, 光荣在党50年', 'm09', { kind: 'fiftyYears' }],
    ['a probationary member: no 党龄 yet', 'm13', null]
  ])('%s', async (_label, memberId, honour) => {
    const data = expectOk(await cloud.call({ action: 'card', memberId }, as(P.b1Secretary)))
    if (memberId === 'm13') expect(data.politicalAge).toBeNull()
    else expect(data.politicalAge).toBeGreaterThanOrEqual(50)
    expect(data.honour).toEqual(honour)
  })

  it('reports whether the member is bound', async () => {
    const data = expectOk(await cloud.call({ action: 'card', memberId: P.unboundLongnan }, as(P.b1Secretary)))
    expect(data.member.bound).toBe(false)
  })

  it.each([
    ['memberId not a string', { memberId: 5 }],
    ['memberId empty', { memberId: '' }],
    ['memberId 10 KB', { memberId: 'x'.repeat(10 * 1024) }],
    ['extra field', { memberId: P.b1Member, phone: true }]
  ])('%s → INVALID_INPUT', async (_label, fields) => {
    expectFail(await cloud.call({ action: 'card', ...fields }, as(P.b1Secretary)), 'INVALID_INPUT')
  })
})
