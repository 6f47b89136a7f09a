// Publishing after a reopen: talks follow the new flags; and publish refuses ratings that changed
// after compute read them (a rating racing compute).
import { B1_ORG_RATERS, expectFail, openB1, orgRateAll, P, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()
const half = (x: number) => Math.round(x * 2) / 2

/** Org-only shares (see flow.test.ts: 0.95 → 97.4 red, 0.85 → 87.8 yellow, 0.7 → 70.5 blue, 0.6 → 60.3 grey). */
const FIRST: Record<string, number> = { m09: 0.85, m10: 0.6, m11: 0.7 }

async function publishedB1() {
  const { _id: id } = await openB1(cloud)
  await orgRateAll(cloud, id, (m) => FIRST[m] ?? 0.95)
  await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
  await cloud.ok({ action: 'compute', periodId: id }, 'm03')
  await cloud.ok({ action: 'publish', periodId: id }, 'm03')
  return id
}

const orgRate = async (id: string, memberId: string, share: number) => {
  for (const rater of B1_ORG_RATERS)
    await cloud.ok({ action: 'rate', periodId: id, source: 'org', memberId, scores: scores('org', (m) => half(m * share)) }, rater)
}

const talkOf = async (id: string, memberId: string) => (await cloud.all('talks', { periodId: id, memberId }))[0] ?? null

describe('talks after reopen → recompute → publish again', () => {
  it('cancels open talks of members now red, updates flag and total of those still below, creates new ones, keeps recorded ones; audits each', async () => {
    const id = await publishedB1()
    expect((await cloud.all('talks', { periodId: id })).map((t) => [t.memberId, t.flag, t.total]).sort()).toEqual([
      ['m09', 'yellow', 87.8],
      ['m10', 'grey', 60.3],
      ['m11', 'blue', 70.5]
    ])
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    await cloud.ok(
      { action: 'recordTalk', talkId: `${id}:m09`, date: today, problems: '学习不够', shortfalls: '发言少', plan: '每月一篇心得' },
      'm03'
    )

    await cloud.ok({ action: 'reopenPeriod', periodId: id, reason: '组织考评录入有误' }, P.staff)
    await orgRate(id, 'm09', 0.95) // yellow → red, talk already recorded: kept as it happened
    await orgRate(id, 'm10', 0.7) // grey → blue: the open talk follows
    await orgRate(id, 'm11', 0.95) // blue → red: the open talk is cancelled
    await orgRate(id, 'm12', 0.6) // red → grey: a new talk
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const pub = await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    expect(pub.talks).toBe(1)

    expect(await talkOf(id, 'm09')).toMatchObject({ status: 'recorded', flag: 'yellow', total: 87.8 })
    expect(await talkOf(id, 'm10')).toMatchObject({ status: 'assigned', flag: 'blue', total: 70.5 })
    expect(await talkOf(id, 'm11')).toBeNull()
    expect(await talkOf(id, 'm12')).toMatchObject({ status: 'assigned', flag: 'grey', total: 60.3 })
    // What the member sees follows too.
    expect((await cloud.ok({ action: 'memberResult', periodId: id }, 'm10')).talk).toMatchObject({ flag: 'blue', total: 70.5 })
    expect((await cloud.ok({ action: 'memberResult', periodId: id }, 'm12')).talk).toMatchObject({ flag: 'grey', status: 'assigned' })

    const entries = (await cloud.ok({ action: 'auditLog', periodId: id }, 'm03')).entries
    const talkEntries = entries.filter((e: any) => e.target.startsWith('talk:') && e.action !== 'recordTalk')
    const last = talkEntries.slice(3) // the first three are the first publish's createTalk
    expect(last.map((e: any) => [e.action, e.target, e.before, e.after && { flag: e.after.flag, total: e.after.total }]).sort()).toEqual(
      [
        ['cancelTalk', `talk:${id}:m11`, { status: 'assigned', flag: 'blue', total: 70.5 }, null],
        ['createTalk', `talk:${id}:m12`, null, { flag: 'grey', total: 60.3 }],
        ['updateTalk', `talk:${id}:m10`, { flag: 'grey', total: 60.3 }, { flag: 'blue', total: 70.5 }]
      ].sort()
    )
  })

  it('a publish with nothing changed leaves the talks as they are (no audit entries for them)', async () => {
    const id = await publishedB1()
    await cloud.ok({ action: 'reopenPeriod', periodId: id, reason: '复核' }, P.staff)
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const actions = (await cloud.ok({ action: 'auditLog', periodId: id }, 'm03')).entries.map((e: any) => e.action)
    expect(actions.filter((a: string) => /Talk$/.test(a))).toEqual(['createTalk', 'createTalk', 'createTalk'])
    expect(await cloud.count('talks', { periodId: id })).toBe(3)
  })
})

describe('a rating saved while compute ran', () => {
  it('publish refuses (PERIOD_STATE, 评分在计算后有变化) when a rating changed after compute read them, though computedAt is set; writes nothing', async () => {
    const { _id: id } = await openB1(cloud)
    await orgRateAll(cloud, id, () => 0.95)
    await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
    await cloud.ok({ action: 'reopenPeriod', periodId: id, reason: '更正' }, P.staff)
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    // The interleaving: the rating's write lands after compute read the ratings, its "stale" mark
    // (computedAt: null) before compute's own computedAt write, which overwrote it.
    const ratingId = `${id}:org:m03:m10`
    await cloud.tc.db
      .collection('ratings')
      .doc(ratingId)
      .update({ data: { scores: scores('org', () => 0), updatedAt: new Date() } })
    expect((await cloud.all('periods', { _id: id }))[0].computedAt).not.toBeNull()
    const before = await cloud.snapshot()
    const res = await cloud.call({ action: 'publish', periodId: id }, 'm03')
    expectFail(res, 'PERIOD_STATE')
    expect(res.message).toBe('评分在计算后有变化，请重新计算')
    expect(await cloud.snapshot()).toEqual(before)
    expect((await cloud.all('periods', { _id: id }))[0].status).toBe('closed')

    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
  })

  it('a rating added after compute (a new doc) is caught too', async () => {
    const { _id: id } = await openB1(cloud)
    await orgRateAll(cloud, id, () => 0.95)
    await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const now = new Date()
    await cloud.tc.db.collection('ratings').add({
      data: {
        _id: `${id}:self:m07:m07`,
        periodId: id,
        orgId: 'org-b1',
        memberId: 'm07',
        source: 'self',
        rater: 'm07',
        scores: scores('self'),
        createdAt: now,
        updatedAt: now
      }
    })
    expectFail(await cloud.call({ action: 'publish', periodId: id }, 'm03'), 'PERIOD_STATE')
  })
})
