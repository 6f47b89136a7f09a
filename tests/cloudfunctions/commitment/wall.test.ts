// The wall 亮承诺: members of the org read it in the app; anyone holding the org's public link reads it
// with no account — name, post, commitments and progress, and nothing private.
import { demoPhone } from '@localcloud/seed/demo'
import { approvedCard, expectFail, expectOk, fullItems, P, submitFull, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()

describe('wall (members of the org, in the app)', () => {
  it('shows approved, not withdrawn cards with name and post; drafts, submitted and returned cards are not on it', async () => {
    await approvedCard(cloud, P.b1Secretary, P.b1Deputy)
    await approvedCard(cloud, P.b1Member)
    await submitFull(cloud, P.b1Member2)
    const w = await cloud.ok({ action: 'wall' }, P.b1Member2)
    expect(w).toMatchObject({ orgId: 'org-b1', orgName: '第一养护中心党支部', year: 2026 })
    expect(w.cards.map((c: any) => [c.name, c.post])).toEqual([
      ['王建军', '支部书记'],
      ['赵永平', '党员']
    ])
    expect(w.sections.map((s: any) => s.id)).toEqual(['goals', 'measures', 'pledges', 'study', 'service', 'x'])
  })

  it.each([
    ['a member of the branch', P.b1Member, true],
    ['a dispatched member active there', P.dispatchedLongnan, true],
    ['committee staff', P.staff, true],
    ['another branch’s member', 'm17', false],
    ['the home village’s secretary', P.longnanSecretary, false]
  ])('%s: %s', async (_l, who, ok) => {
    const r = await cloud.call({ action: 'wall', orgId: 'org-b1' }, who)
    if (ok) expectOk(r)
    else expectFail(r, 'FORBIDDEN')
  })

  it('refuses nobody signed in', async () => {
    await cloud.refused({ action: 'wall', orgId: 'org-b1' }, '', 'UNAUTHENTICATED')
  })
})

describe('wallLink and publicWall (no account)', () => {
  it('the committee gets one stable link; the same token for everyone of the committee', async () => {
    const a = await cloud.ok({ action: 'wallLink', orgId: 'org-b1' }, P.b1Secretary)
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(a.path).toBe(`commitment/pages/public/index?token=${a.token}`)
    expect(await cloud.ok({ action: 'wallLink', orgId: 'org-b1' }, P.b1Deputy)).toEqual(a)
  })

  it.each([
    ['a member', P.b1Member],
    ['another branch’s secretary', P.b2Secretary],
    ['committee staff', P.staff]
  ])('refuses %s a link (FORBIDDEN)', async (_l, who) => {
    await cloud.refused({ action: 'wallLink', orgId: 'org-b1' }, who, 'FORBIDDEN')
  })

  it('opens with no account and reveals name, post, commitments and progress — never phone, ID number, home village, notes or comments', async () => {
    // A dispatched member from 石门村 (home village), with a returned-then-approved history and an accepted check with a note.
    const sub = await submitFull(cloud, P.dispatchedLongnan)
    const ret = (
      await cloud.ok(
        {
          action: 'reviewCard',
          cardId: sub._id,
          rev: sub.rev,
          decision: 'return',
          reason: '退回原因-私密',
          itemComments: { 'goals-1': '逐项意见-私密' }
        },
        P.b1Secretary
      )
    ).card
    const resub = (await cloud.ok({ action: 'submitCard', year: 2026, rev: ret.rev }, P.dispatchedLongnan)).card
    const card = (await cloud.ok({ action: 'reviewCard', cardId: sub._id, rev: resub.rev, decision: 'approve' }, P.b1Secretary)).card
    const entries = card.items.map((x: any) => ({
      itemId: x.id,
      progress: 'doing',
      note: '自查说明-私密',
      photos: ['cloud://env/evidence-private.jpg']
    }))
    const { check } = await cloud.ok({ action: 'submitCheck', year: 2026, quarter: 2, entries }, P.dispatchedLongnan)
    await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, P.b1Secretary)
    const { token } = await cloud.ok({ action: 'wallLink', orgId: 'org-b1' }, P.b1Secretary)

    const reply = await cloud.call({ action: 'publicWall', token }, '')
    const w = expectOk(reply)
    expect(w.cards).toHaveLength(1)
    expect(w.cards[0]).toMatchObject({ cardId: 'c1', name: '杨国栋', post: '党员', progressQuarter: 2 })
    expect(w.cards[0].items[0]).toEqual({ ...fullItems()[0], progress: 'doing' })
    const text = JSON.stringify(reply)
    for (const secret of [
      demoPhone('m10'),
      demoPhone('m10').slice(-4),
      'org-v-longnan',
      '石门村',
      '陇南',
      'homeOrgId',
      'phone',
      'joinedAt',
      'partyStatus',
      '自查说明-私密',
      'evidence-private',
      '退回原因-私密',
      '逐项意见-私密',
      'm03',
      'm10',
      '王建军'
    ]) {
      expect(text).not.toContain(secret)
    }
    // Exactly these fields, at every level.
    expect(Object.keys(w).sort()).toEqual(['cards', 'orgId', 'orgName', 'sections', 'year'])
    expect(Object.keys(w.cards[0]).sort()).toEqual(['approvedAt', 'cardId', 'items', 'name', 'post', 'progressQuarter'])
    expect(Object.keys(w.cards[0].items[0]).sort()).toEqual(['deadline', 'id', 'progress', 'section', 'target', 'what'])
  })

  it.each([
    ['an unknown token', 'AAAAAAAAAAAAAAAAAAAAAAAA', 'NOT_FOUND'],
    ['a short token', 'abc', 'INVALID_INPUT'],
    ['a token with a slash', 'AAAAAAAAAAAAAAAAAAAA/AAA', 'INVALID_INPUT']
  ])('refuses %s', async (_l, token, code) => {
    await cloud.refused({ action: 'publicWall', token }, '', code)
  })

  it('a withdrawn card leaves the public wall too', async () => {
    const card = await approvedCard(cloud, P.b1Member)
    const { token } = await cloud.ok({ action: 'wallLink', orgId: 'org-b1' }, P.b1Secretary)
    expect(expectOk(await cloud.call({ action: 'publicWall', token }, '')).cards).toHaveLength(1)
    await cloud.ok({ action: 'withdrawCard', cardId: card._id, reason: '待核实' }, P.b1Secretary)
    expect(expectOk(await cloud.call({ action: 'publicWall', token }, '')).cards).toHaveLength(0)
  })
})
