// 不了解 through the function: a peer or masses rater marks an item null and is left out of that item for
// that member; self and the organisation may not; an item simply left out is still refused. And 同上期:
// rateTargets hands a rater their own rating of each member in the org's previous published period.
import { lastQuarter } from '@localcloud/seed/demo-assessment'
import { addDaysYmd, cstYmd, formatYmd } from '@shared/core/time'
import { raterKey, ratingId } from '@shared/assessment/anonymity'
import { expectFail, inDays, openB1, orgRateAll, SECRET, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

/** Calls, expects SCORE_INVALID at `path`, and checks that no assessment collection changed. */
async function refused(event: Record<string, unknown>, who: string, path: string) {
  const before = await cloud.snapshot()
  const res = expectFail(await cloud.call(event, who), 'SCORE_INVALID')
  expect(await cloud.snapshot()).toEqual(before)
  expect(res.details.map((d: any) => d.path)).toContain(path)
  return res
}

const withUnknown = (source: 'peer' | 'masses' | 'self' | 'org', ...ids: string[]) => ({
  ...scores(source),
  ...Object.fromEntries(ids.map((id) => [id, null]))
})
const without = (source: 'peer' | 'masses', id: string) => (({ [id]: _gone, ...rest }) => rest)(scores(source))

describe('不了解 (null) from a peer', () => {
  it('is stored as null, read back as the rater’s own rating, and counts the task as done', async () => {
    const p = await openB1(cloud)
    const input = withUnknown('peer', 'theory', 'skill')
    await cloud.ok({ action: 'rate', periodId: p._id, source: 'peer', memberId: 'm08', scores: input }, 'm07')
    const [doc] = await cloud.all('ratings', { periodId: p._id, source: 'peer' })
    expect(doc.scores).toEqual(input)
    const { targets } = await cloud.ok({ action: 'rateTargets', periodId: p._id }, 'm07')
    expect(targets.find((t: any) => t.memberId === 'm08' && t.source === 'peer').mine).toEqual({ scores: input })
    const { progress } = await cloud.ok({ action: 'getPeriod', periodId: p._id }, 'm03')
    expect(progress.find((x: any) => x.memberId === 'm08').peer).toBe(1)
  })

  it.each<[string, string, Record<string, unknown>, string]>([
    ['self answering 不了解', 'm07', { source: 'self', memberId: 'm07', scores: withUnknown('self', 'theory') }, 'scores.theory'],
    ['the organisation answering 不了解', 'm03', { source: 'org', memberId: 'm07', scores: withUnknown('org', 'skill') }, 'scores.skill'],
    [
      'a peer leaving an item out without 不了解',
      'm07',
      { source: 'peer', memberId: 'm08', scores: without('peer', 'theory') },
      'scores.theory'
    ],
    ['a peer’s 不了解 on an unknown item', 'm07', { source: 'peer', memberId: 'm08', scores: withUnknown('peer', 'bogus') }, 'scores.bogus']
  ])('%s → SCORE_INVALID, nothing written', async (_l, who, over, path) => {
    const p = await openB1(cloud)
    await refused({ action: 'rate', periodId: p._id, ...over }, who, path)
  })

  it('null in a bonus map stays a type error (INVALID_INPUT)', async () => {
    const p = await openB1(cloud)
    const res = expectFail(
      await cloud.call(
        { action: 'rate', periodId: p._id, source: 'org', memberId: 'm07', scores: scores('org'), bonus: { honours: null } },
        'm03'
      ),
      'INVALID_INPUT'
    )
    expect(res.details.map((d: any) => d.path)).toEqual(['bonus.honours'])
  })
})

describe('不了解 from the masses', () => {
  it('an item or a whole member marked 不了解 is accepted and stored; the code is used', async () => {
    const p = await openB1(cloud)
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: p._id, count: 1 }, 'm03')
    const nobody = Object.fromEntries(Object.keys(scores('masses')).map((id) => [id, null]))
    const ratings = [
      { memberId: 'm07', scores: withUnknown('masses', 'performance') },
      { memberId: 'm08', scores: nobody }
    ]
    expect(await cloud.ok({ action: 'massesRate', code: codes[0], ratings })).toEqual({ saved: 2 })
    const docs = await cloud.all('ratings', { periodId: p._id, source: 'masses' })
    expect(docs.map((d) => [d.memberId, d.scores]).sort()).toEqual(ratings.map((r) => [r.memberId, r.scores]))
    expect(await cloud.count('massesCodes', { usedAt: null })).toBe(0)
  })

  it('an item left out without 不了解 → SCORE_INVALID at its path; the code stays usable', async () => {
    const p = await openB1(cloud)
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: p._id, count: 1 }, 'm03')
    await refused(
      {
        action: 'massesRate',
        code: codes[0],
        ratings: [
          { memberId: 'm07', scores: withUnknown('masses', 'performance') },
          { memberId: 'm08', scores: without('masses', 'teamwork') }
        ]
      },
      '',
      'ratings.1.scores.teamwork'
    )
    expect(await cloud.count('massesCodes', { usedAt: null })).toBe(1)
  })
})

describe('compute with 不了解', () => {
  it('an item every peer and the masses said 不了解 to is computed over self and the organisation', async () => {
    const p = await openB1(cloud)
    // 孙丽娟 m08: three peers score every item but 理论学习 full and say 不了解 to 理论学习; the masses likewise to 工作业绩.
    for (const peer of ['m07', 'm09', 'm10'])
      await cloud.ok({ action: 'rate', periodId: p._id, source: 'peer', memberId: 'm08', scores: withUnknown('peer', 'theory') }, peer)
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: p._id, count: 3 }, 'm03')
    for (const code of codes)
      await cloud.ok({ action: 'massesRate', code, ratings: [{ memberId: 'm08', scores: withUnknown('masses', 'performance') }] })
    await cloud.ok({ action: 'rate', periodId: p._id, source: 'self', memberId: 'm08', scores: scores('self', (m) => m - 1) }, 'm08')
    await orgRateAll(cloud, p._id, () => 0.5)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    const { results } = await cloud.ok({ action: 'compute', periodId: p._id }, 'm03')
    const m08 = results.find((r: any) => r.memberId === 'm08')
    const item = (id: string) => m08.items.find((i: any) => i.itemId === id)
    // 理论学习 (max 5): self 4, org 2.5 → (10·4 + 40·2.5)/50 = 2.8; the peers are not counted as zeros.
    expect(item('theory')).toMatchObject({
      basis: 'rated',
      score: 2.8,
      sourceMeans: { self: 4, peer: null, org: 2.5 },
      sourceRaters: { self: 1, peer: 0, org: 3 }
    })
    // 工作业绩 (max 8): self 7, peers 8, masses 不了解, org 4 → (70 + 240 + 160)/80 = 5.875.
    expect(item('performance')).toMatchObject({ score: 5.88, sourceMeans: { self: 7, peer: 8, masses: null, org: 4 } })
    expect(item('performance').sourceRaters).toEqual({ self: 1, peer: 3, masses: 0, org: 3 })
    // 3 raters of each anonymous source, each item scored by 3 or none: nothing withheld.
    expect(m08.sources.peer).toMatchObject({ raters: 3, score: expect.any(Number) })
    expect(m08.sources.masses).toMatchObject({ raters: 3, score: expect.any(Number) })
  })
})

describe('同上期: the rater’s rating in the previous period', () => {
  it('rateTargets carries each member’s previous rating by this rater (the demo’s published quarter of org-b2)', async () => {
    const prev = lastQuarter(new Date())
    const from = formatYmd(cstYmd(new Date()))
    const p = (
      await cloud.ok(
        { action: 'openPeriod', orgId: 'org-b2', name: '本季度', from, to: addDaysYmd(from, 60), ratingDeadline: inDays(10) },
        'm14'
      )
    ).period
    const { targets } = await cloud.ok({ action: 'rateTargets', periodId: p._id }, 'm16')
    const old = await cloud.all('ratings', { periodId: `pdemo-b2-${prev.key}` })
    const self = targets.find((t: any) => t.source === 'self')
    expect(self.last).toEqual({ periodName: prev.name, scores: old.find((r) => r.source === 'self' && r.memberId === 'm16').scores })
    // Exactly this rater's: the stored rating under m16's key for m17 in that period.
    const prevId = `pdemo-b2-${prev.key}`
    const mine = old.find((r) => r._id === ratingId(prevId, 'peer', raterKey(SECRET, prevId, 'peer', 'm16', 'm17'), 'm17'))
    const peer = targets.find((t: any) => t.source === 'peer' && t.memberId === 'm17')
    expect(peer.last).toEqual({ periodName: prev.name, scores: mine.scores })
    // m16 rated every peer of the demo quarter (m20 included: unbound members are rated, they only do not rate).
    expect(targets.filter((t: any) => t.source === 'peer').every((t: any) => t.last !== null)).toBe(true)
  })

  it('no previous period: last is null', async () => {
    const p = await openB1(cloud)
    const { targets } = await cloud.ok({ action: 'rateTargets', periodId: p._id }, 'm07')
    expect(targets.every((t: any) => t.last === null)).toBe(true)
  })
})
