// The quarterly self-check: only inside its window (the window's dates in the refusal), against the
// approved version; accepted or returned by a reviewer; an accepted one is final.
import { approvedCard, expectOk, IN_Q2_WINDOW, NO_WINDOW, P, setNow, submitFull, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()
const M = P.b1Member
const entries = (card: any, progress = 'done') => card.items.map((x: any) => ({ itemId: x.id, progress, note: '按计划推进', photos: [] }))
const file = (card: any, over: Record<string, unknown> = {}) => ({
  action: 'submitCheck',
  year: 2026,
  quarter: 2,
  entries: entries(card),
  ...over
})

describe('submitCheck', () => {
  it('files the quarter’s check inside the window; refiles at its rev while waiting', async () => {
    const card = await approvedCard(cloud, M)
    const { check } = await cloud.ok(file(card), M)
    expect(check).toMatchObject({ _id: 'm07:2026:q2', status: 'submitted', version: 1, rev: 1, quarter: 2 })
    const again = (await cloud.ok(file(card, { entries: entries(card, 'doing'), rev: 1 }), M)).check
    expect(again).toMatchObject({ rev: 2, status: 'submitted' })
    await cloud.refused(file(card), M, 'CONFLICT')
  })

  it('outside the window: refused with the window’s dates', async () => {
    const card = await approvedCard(cloud, M)
    setNow(NO_WINDOW)
    const r = await cloud.refused(file(card), M, 'CHECK_WINDOW_CLOSED')
    expect(r.message).toBe('不在自查时间内：2026年第二季度自查（2026-06-16 至 2026-07-15）')
    const q1 = await cloud.refused(file(card, { quarter: 1 }), M, 'CHECK_WINDOW_CLOSED')
    expect(q1.message).toContain('2026-03-17 至 2026-04-15')
    setNow(IN_Q2_WINDOW)
  })

  it('Q4’s window crosses the year: open on 10 January for last year’s card', async () => {
    const card = await approvedCard(cloud, M)
    setNow('2027-01-10T02:00:00Z')
    expectOk(await cloud.call(file(card, { quarter: 4 }), M))
  })

  it.each<[string, (card: any) => Record<string, unknown>, string]>([
    ['an item left out', (c) => ({ entries: entries(c).slice(1) }), 'CHECK_INVALID'],
    [
      'an item not on the card',
      (c) => ({ entries: [...entries(c), { itemId: 'zzz', progress: 'done', note: '', photos: [] }] }),
      'CHECK_INVALID'
    ],
    ['an unknown progress', (c) => ({ entries: entries(c, 'finished') }), 'INVALID_INPUT'],
    ['a 201-character note', (c) => ({ entries: entries(c).map((e: any) => ({ ...e, note: '长'.repeat(201) })) }), 'INVALID_INPUT'],
    [
      'a photo that is not a cloud file',
      (c) => ({ entries: entries(c).map((e: any) => ({ ...e, photos: ['http://x/y.jpg'] })) }),
      'INVALID_INPUT'
    ],
    ['quarter 5', () => ({ quarter: 5 }), 'INVALID_INPUT']
  ])('refuses %s', async (_l, over, code) => {
    const card = await approvedCard(cloud, M)
    await cloud.refused(file(card, over(card)), M, code)
  })

  it('refuses a card not approved yet (CARD_NOT_APPROVED)', async () => {
    const card = await submitFull(cloud, M)
    await cloud.refused(file(card), M, 'CARD_NOT_APPROVED')
  })
})

describe('reviewCheck', () => {
  it('accept: the wall shows the progress; an accepted check is final', async () => {
    const card = await approvedCard(cloud, M)
    const { check } = await cloud.ok(file(card), M)
    const accepted = (await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, P.b1Deputy)).check
    expect(accepted).toMatchObject({ status: 'accepted', reviewedBy: 'm04', rev: 2 })
    const wall = await cloud.ok({ action: 'wall' }, P.b1Member2)
    expect(wall.cards[0]).toMatchObject({ progressQuarter: 2 })
    expect(wall.cards[0].items.every((x: any) => x.progress === 'done')).toBe(true)
    await cloud.refused(file(card, { rev: 2 }), M, 'CHECK_STATE')
    const q = await cloud.ok({ action: 'reviewQueue', orgId: 'org-b1' }, P.b1Secretary)
    expect(q.checkCounts).toMatchObject({ accepted: 1 })
  })

  it('return with a reason; the member refiles', async () => {
    const card = await approvedCard(cloud, M)
    const { check } = await cloud.ok(file(card), M)
    const r = (
      await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'return', reason: '请补充说明' }, P.b1Secretary)
    ).check
    expect(r).toMatchObject({ status: 'returned', returnReason: '请补充说明' })
    expect((await cloud.ok(file(card, { rev: r.rev }), M)).check.status).toBe('submitted')
  })

  it.each<[string, string, (c: any) => Record<string, unknown>, string]>([
    ['the owner', P.b1Member, (c) => ({ rev: c.rev, decision: 'accept' }), 'FORBIDDEN'],
    ['another member', P.b1Member2, (c) => ({ rev: c.rev, decision: 'accept' }), 'FORBIDDEN'],
    ['the home village’s secretary', P.longnanSecretary, (c) => ({ rev: c.rev, decision: 'accept' }), 'FORBIDDEN'],
    ['a return without a reason', P.b1Secretary, (c) => ({ rev: c.rev, decision: 'return' }), 'INVALID_INPUT'],
    ['a stale rev', P.b1Secretary, (c) => ({ rev: c.rev + 1, decision: 'accept' }), 'CONFLICT'],
    ['an unknown check', P.b1Secretary, (c) => ({ checkId: 'm07:2026:q1', rev: c.rev, decision: 'accept' }), 'NOT_FOUND']
  ])('refuses %s', async (_l, who, over, code) => {
    const card = await approvedCard(cloud, M)
    const { check } = await cloud.ok(file(card), M)
    await cloud.refused({ action: 'reviewCheck', checkId: check._id, ...over(check) }, who, code)
  })

  it('two reviewers at once: one wins, the other CONFLICT', async () => {
    const card = await approvedCard(cloud, M)
    const { check } = await cloud.ok(file(card), M)
    const replies = await Promise.all(
      [P.b1Secretary, P.b1Deputy].map((who) =>
        cloud.call({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, who)
      )
    )
    expect(replies.map((r) => r.ok).sort()).toEqual([false, true])
    expect(replies.find((r) => !r.ok).code).toBe('CONFLICT')
  })
})
