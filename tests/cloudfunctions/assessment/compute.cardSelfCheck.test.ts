// The derived item cardSelfCheck (承诺卡自查) from the commitment cards: items accepted as done in a
// self-check / items due by the period's end, for members with an approved card; "no data" otherwise.
import { as, approvedCard, expectOk, P, useCommitmentCloud } from '@tests/cloudfunctions/commitment/helpers'
import { type AssessmentCloud, orgRateAll, SECRET } from './helpers'

const cloud = useCommitmentCloud()
process.env.ASSESSMENT_SECRET = SECRET
const assessment = {
  ok: async (event: Record<string, unknown>, who = '') => expectOk(await cloud.tc.call('assessment', event, who ? as(who) : ''))
} as AssessmentCloud

it('counts m07’s accepted Q2 check against the items due by 06-30; m08 without a card has no data', async () => {
  // Due by 06-30: goals (03-30), measures (06-30), service (03-30); pledges (09-30) and study (12-30) are not yet.
  const card = await approvedCard(cloud, P.b1Member)
  const done = new Set(['goals-1', 'measures-1', 'pledges-1'])
  const entries = card.items.map((x: any) => ({ itemId: x.id, progress: done.has(x.id) ? 'done' : 'doing', note: '', photos: [] }))
  const { check } = await cloud.ok({ action: 'submitCheck', year: 2026, quarter: 2, entries }, P.b1Member)
  await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, P.b1Secretary)

  const { period } = await assessment.ok(
    {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: '2026年上半年',
      from: '2026-01-01',
      to: '2026-06-30',
      ratingDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString()
    },
    'm03'
  )
  await orgRateAll(assessment, period._id, () => 1)
  await assessment.ok({ action: 'closePeriod', periodId: period._id }, 'm03')
  const { results } = await assessment.ok({ action: 'compute', periodId: period._id }, 'm03')
  const item = (m: string) => results.find((r: any) => r.memberId === m).items.find((i: any) => i.itemId === 'card-self-check')
  expect(item('m07')).toMatchObject({ basis: 'derived', ratio: 0.6667, score: 4 })
  expect(item('m07').note).toContain('2/3')
  expect(item('m08')).toMatchObject({ basis: 'noData' })
})
