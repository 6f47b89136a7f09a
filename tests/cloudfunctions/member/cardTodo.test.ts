// whoami carries the commitment card's to-dos (cardTodo) so the home screen needs one call: the
// member's card missing / draft / returned, the self-check window open and not filed, and for the
// branch committee how many cards and checks wait for review.
import { approvedCard, expectOk, NO_WINDOW, P, setNow, submitFull, useCommitmentCloud } from '@tests/cloudfunctions/commitment/helpers'

const cloud = useCommitmentCloud()
const cardTodo = async (who: string) => expectOk(await cloud.tc.call('member', { action: 'whoami' }, `demo:${who}`)).cardTodo

describe('whoami: the commitment card’s to-dos', () => {
  it('card missing, then a draft, then nothing while it waits for review', async () => {
    expect(await cardTodo(P.b1Member)).toEqual([{ kind: 'cardMissing', year: 2026 }])
    await cloud.ok({ action: 'saveDraft', year: 2026, items: [], rev: 0 }, P.b1Member)
    expect(await cardTodo(P.b1Member)).toEqual([{ kind: 'cardDraft', year: 2026 }])
  })

  it('the reviewers see how many cards and checks wait; the member sees the card returned', async () => {
    const card = await submitFull(cloud, P.b1Member)
    expect(await cardTodo(P.b1Member)).toEqual([])
    expect(await cardTodo(P.b1Deputy)).toContainEqual({
      kind: 'reviewCards',
      year: 2026,
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      count: 1
    })
    expect((await cardTodo(P.b1Member2)).map((t: any) => t.kind)).toEqual(['cardMissing'])
    await cloud.ok({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'return', reason: '请具体一些' }, P.b1Secretary)
    expect(await cardTodo(P.b1Member)).toEqual([{ kind: 'cardReturned', year: 2026 }])
  })

  it('the self-check window open and not filed; filed → gone, waiting for the reviewers', async () => {
    const card = await approvedCard(cloud, P.b1Member)
    expect(await cardTodo(P.b1Member)).toEqual([{ kind: 'checkOpen', year: 2026, quarter: 2, until: '2026-07-15' }])
    const entries = card.items.map((x: any) => ({ itemId: x.id, progress: 'doing', note: '', photos: [] }))
    await cloud.ok({ action: 'submitCheck', year: 2026, quarter: 2, entries }, P.b1Member)
    expect(await cardTodo(P.b1Member)).toEqual([])
    expect(await cardTodo(P.b1Secretary)).toContainEqual(expect.objectContaining({ kind: 'reviewChecks', count: 1 }))
  })

  it('no window open: no self-check to-do', async () => {
    await approvedCard(cloud, P.b1Member)
    setNow(NO_WINDOW)
    expect(await cardTodo(P.b1Member)).toEqual([])
  })

  it('early January: last year’s Q4 window still asks for the check', async () => {
    await approvedCard(cloud, P.b1Member)
    setNow('2027-01-10T02:00:00Z')
    expect(await cardTodo(P.b1Member)).toEqual([
      { kind: 'cardMissing', year: 2027 },
      { kind: 'checkOpen', year: 2026, quarter: 4, until: '2027-01-15' }
    ])
  })
})
