// Reviewers: the queue, reading a card (who may), approve and return (reason, per-item comments), one
// winner when two act at once, approve-while-editing, group leaders where the template allows, withdraw.
import { DEFAULT_TEMPLATE_INPUT } from '@shared/commitment/template'
import { approvedCard, expectFail, expectOk, fullItems, P, submitFull, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()
const M = P.b1Member

describe('reviewQueue', () => {
  it('counts every member of the branch, who is behind first', async () => {
    await submitFull(cloud, 'm07')
    await approvedCard(cloud, 'm08')
    await cloud.ok({ action: 'saveDraft', year: 2026, items: [], rev: 0 }, 'm09')
    const q = await cloud.ok({ action: 'reviewQueue', orgId: 'org-b1' }, P.b1Secretary)
    expect(q.counts).toEqual({ missing: 8, draft: 1, submitted: 1, returned: 0, approved: 1 })
    expect(q.rows).toHaveLength(11)
    expect(q.rows[0].status).toBe('missing')
    expect(q.rows.at(-1)).toMatchObject({ memberId: 'm08', status: 'approved', check: 'missing' })
    expect(q.window).toMatchObject({ quarter: 2 })
    expect(q.checkCounts).toEqual({ missing: 1, submitted: 0, accepted: 0, returned: 0 })
    expect(JSON.stringify(q)).not.toContain('1390931')
  })

  it.each([
    ['the deputy', P.b1Deputy, true],
    ['a committee member', P.b1CommitteeAndG1Leader, true],
    ['committee staff', P.staff, true],
    ['a member', M, false],
    ['a group leader (not allowed by the default template)', P.b1G2Leader, false],
    ['another branch’s secretary', P.b2Secretary, false],
    ['the home village’s secretary', P.longnanSecretary, false]
  ])('%s may read it: %s', async (_l, who, ok) => {
    const r = await cloud.call({ action: 'reviewQueue', orgId: 'org-b1' }, who)
    if (ok) expectOk(r)
    else expectFail(r, 'FORBIDDEN')
  })

  it('refuses an unknown org (NOT_FOUND) and a bad org id (INVALID_INPUT)', async () => {
    await cloud.refused({ action: 'reviewQueue', orgId: 'org-nope' }, P.b1Secretary, 'NOT_FOUND')
    await cloud.refused({ action: 'reviewQueue', orgId: '../x' }, P.b1Secretary, 'INVALID_INPUT')
  })
})

describe('getCard', () => {
  it.each([
    ['the owner', M, true],
    ['the secretary', P.b1Secretary, true],
    ['committee staff', P.staff, true],
    ['another member', P.b1Member2, false],
    ['the g1 leader (group review off)', P.b1G2Leader, false],
    ['another branch’s secretary', P.b2Secretary, false]
  ])('%s may read m07’s card: %s', async (_l, who, ok) => {
    const card = await submitFull(cloud, M)
    const r = await cloud.call({ action: 'getCard', cardId: card._id }, who)
    if (ok) expect(expectOk(r)).toMatchObject({ card: { _id: 'm07:2026' }, versions: [{ version: 1 }] })
    else expectFail(r, 'FORBIDDEN')
  })

  it('the home village’s secretary reads a dispatched member’s card (双重管理), not others’', async () => {
    const m10 = await submitFull(cloud, P.dispatchedLongnan)
    expectOk(await cloud.call({ action: 'getCard', cardId: m10._id }, P.longnanSecretary))
    const m07 = await submitFull(cloud, M)
    expectFail(await cloud.call({ action: 'getCard', cardId: m07._id }, P.longnanSecretary), 'FORBIDDEN')
    // Reading is all: the home org does not review.
    await cloud.refused({ action: 'reviewCard', cardId: m10._id, rev: m10.rev, decision: 'approve' }, P.longnanSecretary, 'FORBIDDEN')
  })

  it('an unknown card → NOT_FOUND', async () => {
    await cloud.refused({ action: 'getCard', cardId: 'm07:2020' }, P.b1Secretary, 'NOT_FOUND')
  })
})

describe('reviewCard', () => {
  it('return with a reason and per-item comments → the member fixes one item → resubmits → approved (version 2)', async () => {
    const card = await submitFull(cloud, M)
    const returned = (
      await cloud.ok(
        {
          action: 'reviewCard',
          cardId: card._id,
          rev: card.rev,
          decision: 'return',
          reason: '学习目标不够具体',
          itemComments: { 'study-1': '请写明学习篇目和次数' }
        },
        P.b1Deputy
      )
    ).card
    expect(returned).toMatchObject({
      status: 'returned',
      returnNote: { reason: '学习目标不够具体', itemComments: { 'study-1': '请写明学习篇目和次数' }, by: 'm04', byName: '李红梅' }
    })
    const items = fullItems()
    items[3] = { ...items[3], target: '学习党章 12 次，写心得 4 篇' }
    const fixed = (await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: returned.rev }, M)).card
    expect(fixed.status).toBe('returned')
    const resubmitted = (await cloud.ok({ action: 'submitCard', year: 2026, rev: fixed.rev }, M)).card
    expect(resubmitted).toMatchObject({ status: 'submitted', lastVersion: 2, returnNote: null })
    const approved = (await cloud.ok({ action: 'reviewCard', cardId: card._id, rev: resubmitted.rev, decision: 'approve' }, P.b1Secretary))
      .card
    expect(approved).toMatchObject({ status: 'approved', approvedVersion: 2 })
    const { versions } = await cloud.ok({ action: 'getCard', cardId: card._id }, M)
    expect(versions.map((v: any) => [v.version, v.decision])).toEqual([
      [2, 'approved'],
      [1, 'returned']
    ])
    expect(versions[1].returnNote.itemComments).toEqual({ 'study-1': '请写明学习篇目和次数' })
  })

  it('two reviewers at once: one wins, the other gets CONFLICT', async () => {
    const card = await submitFull(cloud, M)
    const [a, b] = await Promise.all([
      cloud.call({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'approve' }, P.b1Secretary),
      cloud.call({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'return', reason: '再完善' }, P.b1Deputy)
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    const loser = a.ok ? b : a
    expect(loser.code).toBe('CONFLICT')
    expect(await cloud.count('commitmentVersions')).toBe(1)
  })

  it('approve while the member edits: the member’s save wins, the approval naming the old rev gets CONFLICT', async () => {
    const card = await submitFull(cloud, M)
    await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems('改'), rev: card.rev }, M)
    const r = await cloud.refused({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'approve' }, P.b1Secretary, 'CONFLICT')
    expect(r.message).toContain('刷新')
  })

  it('an approved card edited again stays on the wall until the new version is approved', async () => {
    const card = await approvedCard(cloud, M)
    const draft = (await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems('新'), rev: card.rev }, M)).card
    expect(draft).toMatchObject({ status: 'draft', approvedVersion: 1 })
    const wall = await cloud.ok({ action: 'wall' }, P.b1Member2)
    expect(wall.cards.map((c: any) => c.items[0].what)).toEqual(['工作目标承诺1'])
    const sub = (await cloud.ok({ action: 'submitCard', year: 2026, rev: draft.rev }, M)).card
    await cloud.ok({ action: 'reviewCard', cardId: card._id, rev: sub.rev, decision: 'approve' }, P.b1Secretary)
    const after = await cloud.ok({ action: 'wall' }, P.b1Member2)
    expect(after.cards.map((c: any) => c.items[0].what)).toEqual(['工作目标承诺新1'])
  })

  it.each<[string, string, (card: any) => Record<string, unknown>, string]>([
    ['a member', P.b1Member2, (c) => ({ rev: c.rev, decision: 'approve' }), 'FORBIDDEN'],
    ['the owner on their own card', P.b1Secretary, (c) => ({ rev: c.rev, decision: 'approve' }), 'FORBIDDEN'],
    ['another branch’s secretary', P.b2Secretary, (c) => ({ rev: c.rev, decision: 'approve' }), 'FORBIDDEN'],
    ['a return without a reason', P.b1Deputy, (c) => ({ rev: c.rev, decision: 'return' }), 'INVALID_INPUT'],
    ['an approval with a reason', P.b1Deputy, (c) => ({ rev: c.rev, decision: 'approve', reason: '好' }), 'INVALID_INPUT'],
    [
      'a comment on an item not on the card',
      P.b1Deputy,
      (c) => ({ rev: c.rev, decision: 'return', reason: 'r', itemComments: { nope: 'x' } }),
      'INVALID_INPUT'
    ],
    [
      'an empty comment',
      P.b1Deputy,
      (c) => ({ rev: c.rev, decision: 'return', reason: 'r', itemComments: { 'goals-1': ' ' } }),
      'INVALID_INPUT'
    ],
    ['an unknown decision', P.b1Deputy, (c) => ({ rev: c.rev, decision: 'maybe' }), 'INVALID_INPUT'],
    ['a stale rev', P.b1Deputy, (c) => ({ rev: c.rev - 1, decision: 'approve' }), 'CONFLICT']
  ])('refuses %s', async (_l, who, over, code) => {
    const card = await submitFull(cloud, who === P.b1Secretary ? P.b1Secretary : M)
    await cloud.refused({ action: 'reviewCard', cardId: card._id, ...over(card) }, who, code)
  })

  it('refuses to review a draft (CARD_STATE)', async () => {
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems(), rev: 0 }, M)
    await cloud.refused({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'approve' }, P.b1Secretary, 'CARD_STATE')
  })

  it('a group leader reviews their own group’s cards once the committee’s template allows it', async () => {
    // m08 is in g2 (led by m06); m07 is in g1.
    await cloud.ok({ action: 'saveTemplate', template: { ...DEFAULT_TEMPLATE_INPUT, groupLeadersReview: true } }, P.staff)
    const m08 = await submitFull(cloud, P.b1Member2)
    const m07 = await submitFull(cloud, M)
    expect((await cloud.ok({ action: 'reviewCard', cardId: m08._id, rev: m08.rev, decision: 'approve' }, P.b1G2Leader)).card.status).toBe(
      'approved'
    )
    await cloud.refused({ action: 'reviewCard', cardId: m07._id, rev: m07.rev, decision: 'approve' }, P.b1G2Leader, 'FORBIDDEN')
    const q = await cloud.ok({ action: 'reviewQueue', orgId: 'org-b1' }, P.b1G2Leader)
    expect(q.rows.map((r: any) => r.groupId)).toEqual(q.rows.map(() => 'org-b1-g2'))
  })
})

describe('withdrawCard', () => {
  it('the secretary withdraws a card from the wall with a reason, audited', async () => {
    const card = await approvedCard(cloud, M)
    const r = (await cloud.ok({ action: 'withdrawCard', cardId: card._id, reason: '内容与岗位不符，待修改' }, P.b1Secretary)).card
    expect(r).toMatchObject({ status: 'approved', withdrawn: { reason: '内容与岗位不符，待修改', by: 'm03' } })
    expect((await cloud.ok({ action: 'wall' }, P.b1Member2)).cards).toEqual([])
    const audit = (await cloud.tc.db.collection('commitmentAudit').get()).data
    expect(audit).toEqual([
      expect.objectContaining({ action: 'withdraw', by: 'm03', cardId: 'm07:2026', reason: '内容与岗位不符，待修改' })
    ])
  })

  it.each([
    ['the deputy', P.b1Deputy, 'FORBIDDEN', '理由'],
    ['a member', P.b1Member2, 'FORBIDDEN', '理由'],
    ['no reason', P.b1Secretary, 'INVALID_INPUT', '']
  ])('refuses %s', async (_l, who, code, reason) => {
    const card = await approvedCard(cloud, M)
    await cloud.refused({ action: 'withdrawCard', cardId: card._id, reason }, who, code)
  })

  it('refuses a card not on the wall, and a second withdrawal (CARD_STATE)', async () => {
    const sub = await submitFull(cloud, P.b1Member2)
    await cloud.refused({ action: 'withdrawCard', cardId: sub._id, reason: 'x' }, P.b1Secretary, 'CARD_STATE')
    const card = await approvedCard(cloud, M)
    await cloud.ok({ action: 'withdrawCard', cardId: card._id, reason: 'x' }, P.b1Secretary)
    await cloud.refused({ action: 'withdrawCard', cardId: card._id, reason: 'y' }, P.b1Secretary, 'CARD_STATE')
  })
})
