// The derived item studyCompletion (学习任务完成) from the study tasks: required tasks credited (report
// accepted, or a check-in at their collective study) / required tasks due in the period; "no data" for a
// member with none due. Before this, the item was always "no data".
import { expectOk, filed, item, P, useStudyCloud } from '@tests/cloudfunctions/study/helpers'
import { as } from '@tests/cloudfunctions/member/helpers'
import { type AssessmentCloud, orgRateAll, SECRET } from './helpers'

const cloud = useStudyCloud('2026-06-20T02:00:00Z')
process.env.ASSESSMENT_SECRET = SECRET
const assessment = {
  ok: async (event: Record<string, unknown>, who = '') => expectOk(await cloud.tc.call('assessment', event, who ? as(who) : ''))
} as AssessmentCloud

it('m07: 2 of 3 required g1 tasks due by 06-30 accepted (optional and later ones aside); g2 members have no data', async () => {
  const g1 = { kind: 'group', groupId: 'org-b1-g1' } as const
  const items = [
    item('apr', { month: 4, audience: g1 }),
    item('may', { month: 5, audience: g1 }),
    item('jun', { month: 6, audience: g1 }),
    item('opt', { month: 6, audience: g1, required: false }),
    item('jul', { month: 7, audience: g1 })
  ]
  await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items, rev: 0 }, P.b1Secretary)
  const deadlines: Record<string, string> = {
    apr: '2026-06-21',
    may: '2026-06-22',
    jun: '2026-06-23',
    opt: '2026-06-23',
    jul: '2026-07-31'
  }
  const tasks: Record<string, any> = {}
  for (const x of items) {
    tasks[x.id] = (
      await cloud.ok(
        {
          action: 'pushTask',
          orgId: 'org-b1',
          year: 2026,
          itemId: x.id,
          material: { kind: 'text', text: '材料' },
          deadline: deadlines[x.id]
        },
        P.b1Secretary
      )
    ).task
  }
  for (const id of ['apr', 'may', 'opt', 'jul']) {
    const r = await filed(cloud, tasks[id]._id, 'm07')
    await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, P.b1Secretary)
  }
  // Filed, not accepted: not credited.
  await filed(cloud, tasks.jun._id, 'm07')
  // The period is computed after every deadline in it has passed.
  jest.setSystemTime(new Date('2026-07-01T02:00:00Z'))
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
  const study = (m: string) => results.find((r: any) => r.memberId === m).items.find((i: any) => i.itemId === 'study-completion')
  expect(study('m07')).toMatchObject({ basis: 'derived', ratio: 0.6667 })
  expect(study('m07').note).toContain('2/3')
  // m09 (g1) filed nothing: 0 of 3.
  expect(study('m09')).toMatchObject({ basis: 'derived', ratio: 0 })
  expect(study('m08')).toMatchObject({ basis: 'noData' })
})
