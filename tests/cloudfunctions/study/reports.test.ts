// The member's tasks and reports: drafts, filing (minimum lengths, late after the deadline), review
// (accept credits the hours, return with a reason → refile), who may read and review, bad input.
import { expectFail, expectOk, filed, GOOD_REPORT, item, P, pushed, setNow, useStudyCloud } from './helpers'

const cloud = useStudyCloud()

describe('myStudy / getTask', () => {
  it('a member sees the tasks pushed to them, not who else has them; others see none', async () => {
    const task = await pushed(cloud, [item('g2', { audience: { kind: 'group', groupId: 'org-b1-g2' } })])
    const m08 = await cloud.ok({ action: 'myStudy' }, P.b1Member2)
    expect(m08).toMatchObject({ year: 2026, hours: 0, requiredDue: 0, requiredDone: 0, analysis: null, window: { year: 2026, quarter: 1 } })
    expect(m08.tasks).toHaveLength(1)
    expect(m08.tasks[0]).toMatchObject({ task: { _id: task._id, memberIds: [] }, report: null, overdue: false, hours: 0 })
    expect((await cloud.ok({ action: 'myStudy' }, P.b1Member)).tasks).toEqual([])
    await cloud.refused({ action: 'getTask', taskId: task._id }, P.b1Member, 'FORBIDDEN')
    await cloud.refused({ action: 'getTask', taskId: 'org-b1:2026:nope' }, P.b1Member, 'NOT_FOUND')
  })

  it('after the deadline a task with nothing filed is overdue and still fileable, marked late', async () => {
    const task = await pushed(cloud)
    setNow('2026-04-02T02:00:00Z')
    const t = await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)
    expect(t).toMatchObject({ overdue: true, report: null })
    expect((await cloud.ok({ action: 'myStudy' }, P.b1Member)).requiredDue).toBe(1)
    const report = await filed(cloud, task._id)
    expect(report).toMatchObject({ status: 'submitted', late: true })
    expect(await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)).toMatchObject({ overdue: false })
  })

  it('a check-in at the task’s collective-study activity credits the hours without a report', async () => {
    await cloud.tc.db.collection('activities').add({ data: { _id: 'astudy0001', type: 'study', orgId: 'org-b1', title: '集中学习' } })
    await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('a', { hours: 3 })], rev: 0 }, P.b1Secretary)
    const { task } = await cloud.ok(
      {
        action: 'pushTask',
        orgId: 'org-b1',
        year: 2026,
        itemId: 'a',
        material: { kind: 'activity', text: '', activityId: 'astudy0001' },
        deadline: '2026-03-31'
      },
      P.b1Secretary
    )
    await cloud.tc.db
      .collection('checkins')
      .add({ data: { _id: 'astudy0001:m07', activityId: 'astudy0001', memberId: 'm07', orgId: 'org-b1' } })
    expect(await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)).toMatchObject({ checkedIn: true, hours: 3 })
    expect(await cloud.ok({ action: 'myStudy' }, P.b1Member)).toMatchObject({ hours: 3, requiredDone: 1 })
    expect(await cloud.ok({ action: 'myStudy' }, P.b1Member2)).toMatchObject({ hours: 0, requiredDone: 0 })
  })
})

describe('saveReport / fileReport', () => {
  it('drafts as the member types (no length check), each save names the last rev; filing checks lengths', async () => {
    const task = await pushed(cloud)
    const d1 = (
      await cloud.ok({ action: 'saveReport', taskId: task._id, text: { studied: '二十', insights: '', changes: '' }, rev: 0 }, P.b1Member)
    ).report
    expect(d1).toMatchObject({ _id: `${task._id}:m07`, status: 'draft', rev: 1, hours: 0, submittedAt: null })
    const d2 = (await cloud.ok({ action: 'saveReport', taskId: task._id, text: { ...GOOD_REPORT, insights: '短' }, rev: 1 }, P.b1Member))
      .report
    expect(d2.rev).toBe(2)
    // A save from a stale screen (another phone) is refused.
    await cloud.refused({ action: 'saveReport', taskId: task._id, text: GOOD_REPORT, rev: 1 }, P.b1Member, 'CONFLICT')
    const tooShort = await cloud.refused(
      { action: 'fileReport', taskId: task._id, text: { ...GOOD_REPORT, insights: '短' }, rev: 2 },
      P.b1Member,
      'TOO_SHORT'
    )
    expect(tooShort.details.map((d: any) => d.path)).toEqual(['text.insights'])
    const report = await filed(cloud, task._id, 'm07', 2)
    expect(report).toMatchObject({ status: 'submitted', late: false, rev: 3, memberId: 'm07', groupId: 'org-b1-g1' })
    await cloud.refused({ action: 'saveReport', taskId: task._id, text: GOOD_REPORT, rev: 3 }, P.b1Member, 'REPORT_STATE')
    await cloud.refused({ action: 'fileReport', taskId: task._id, text: GOOD_REPORT, rev: 3 }, P.b1Member, 'REPORT_STATE')
  })

  it.each([
    ['a task not pushed to the caller', P.b2Secretary, {}, 'FORBIDDEN'],
    ['an unknown task', P.b1Member, { taskId: 'org-b1:2026:zzz' }, 'NOT_FOUND'],
    ['a malformed task id', P.b1Member, { taskId: '../x' }, 'INVALID_INPUT'],
    ['a missing part', P.b1Member, { text: { studied: 'x', insights: 'y' } }, 'INVALID_INPUT'],
    ['a part too long', P.b1Member, { text: { ...GOOD_REPORT, changes: '长'.repeat(2001) } }, 'INVALID_INPUT'],
    ['a text that is not text', P.b1Member, { text: { ...GOOD_REPORT, studied: 5 } }, 'INVALID_INPUT'],
    ['a negative rev', P.b1Member, { rev: -1 }, 'INVALID_INPUT'],
    ['an identity in the event', P.b1Member, { memberId: 'm08' }, 'INVALID_INPUT']
  ])('fileReport refuses %s', async (_l, who, patch, code) => {
    const task = await pushed(cloud)
    await cloud.refused({ action: 'fileReport', taskId: task._id, text: GOOD_REPORT, rev: 0, ...patch }, who, code)
  })

  it('an unbound caller is NOT_BOUND; nobody is UNAUTHENTICATED', async () => {
    const task = await pushed(cloud)
    expectFail(await cloud.call({ action: 'fileReport', taskId: task._id, text: GOOD_REPORT, rev: 0 }, 'openid-nobody'), 'NOT_BOUND')
    expectFail(await cloud.call({ action: 'fileReport', taskId: task._id, text: GOOD_REPORT, rev: 0 }, ''), 'UNAUTHENTICATED')
  })
})

describe('reportQueue / reviewReport', () => {
  it('filed → returned with a reason → refiled → accepted: the hours are credited', async () => {
    const task = await pushed(cloud)
    const r1 = await filed(cloud, task._id)
    const q = await cloud.ok({ action: 'reportQueue', orgId: 'org-b1' }, P.b1Secretary)
    expect(q.reports.map((r: any) => r._id)).toEqual([r1._id])
    expect(q.tasks).toEqual([{ _id: task._id, title: task.title, deadline: '2026-03-31', hours: 2 }])
    await cloud.refused({ action: 'reviewReport', reportId: r1._id, rev: r1.rev, decision: 'return' }, P.b1Secretary, 'INVALID_INPUT')
    const back = (
      await cloud.ok(
        { action: 'reviewReport', reportId: r1._id, rev: r1.rev, decision: 'return', reason: '心得要结合本职工作' },
        P.b1Secretary
      )
    ).report
    expect(back).toMatchObject({ status: 'returned', returnReason: '心得要结合本职工作', reviewedBy: 'm03', hours: 0 })
    const mine = await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)
    expect(mine).toMatchObject({ report: { status: 'returned', returnReason: '心得要结合本职工作' }, hours: 0 })
    await cloud.refused({ action: 'reviewReport', reportId: r1._id, rev: back.rev, decision: 'accept' }, P.b1Secretary, 'REPORT_STATE')
    const again = await filed(cloud, task._id, 'm07', back.rev)
    expect(again).toMatchObject({ status: 'submitted', returnReason: null })
    const ok = (await cloud.ok({ action: 'reviewReport', reportId: r1._id, rev: again.rev, decision: 'accept' }, P.b1CommitteeAndG1Leader))
      .report
    expect(ok).toMatchObject({ status: 'accepted', hours: 2, reviewedBy: 'm05' })
    expect(await cloud.ok({ action: 'myStudy' }, P.b1Member)).toMatchObject({ hours: 2, requiredDue: 1, requiredDone: 1 })
    await cloud.refused(
      { action: 'reviewReport', reportId: r1._id, rev: ok.rev, decision: 'return', reason: 'x' },
      P.b1Secretary,
      'REPORT_STATE'
    )
  })

  it('two reviewers at once: one wins (rev)', async () => {
    const task = await pushed(cloud)
    const r = await filed(cloud, task._id)
    const [a, b] = await Promise.all([
      cloud.call({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, P.b1Secretary),
      cloud.call({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'return', reason: '重写' }, P.b1Deputy)
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((x) => !x.ok).code).toBe('CONFLICT')
  })

  it.each([
    ['the owner', P.b1Member, 'FORBIDDEN'],
    ['another member', P.b1Member2, 'FORBIDDEN'],
    ['the leader of another group', P.b1G2Leader, 'FORBIDDEN'],
    ['another branch’s secretary', P.b2Secretary, 'FORBIDDEN'],
    ['staff (they read, they do not review)', P.staff, 'FORBIDDEN']
  ])('%s may not review m07’s report', async (_l, who, code) => {
    const task = await pushed(cloud)
    const r = await filed(cloud, task._id)
    await cloud.refused({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, who, code)
  })

  it('a group leader sees and reviews only their group’s reports', async () => {
    const task = await pushed(cloud)
    const r07 = await filed(cloud, task._id, 'm07')
    const r08 = await filed(cloud, task._id, 'm08')
    const g2 = await cloud.ok({ action: 'reportQueue', orgId: 'org-b1' }, P.b1G2Leader)
    expect(g2.reports.map((r: any) => r.memberId)).toEqual(['m08'])
    expectOk(await cloud.call({ action: 'reviewReport', reportId: r08._id, rev: r08.rev, decision: 'accept' }, P.b1G2Leader))
    expectFail(await cloud.call({ action: 'reviewReport', reportId: r07._id, rev: r07.rev, decision: 'accept' }, P.b1G2Leader), 'FORBIDDEN')
  })

  it.each([
    ['a member', P.b1Member, {}, 'FORBIDDEN'],
    ['another branch’s secretary', P.b2Secretary, {}, 'FORBIDDEN'],
    ['another branch’s group leader', 'm16', {}, 'FORBIDDEN'],
    ['drafts (the member’s own)', P.b1Secretary, { status: 'draft' }, 'FORBIDDEN'],
    ['an unknown status', P.b1Secretary, { status: 'x' }, 'INVALID_INPUT'],
    ['an unknown org', P.b1Secretary, { orgId: 'org-nope' }, 'NOT_FOUND']
  ])('reportQueue refuses %s', async (_l, who, patch, code) => {
    expectFail(await cloud.call({ action: 'reportQueue', orgId: 'org-b1', ...patch }, who), code)
  })

  it('reviewReport refuses bad input', async () => {
    const task = await pushed(cloud)
    const r = await filed(cloud, task._id)
    await cloud.refused({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'maybe' }, P.b1Secretary, 'INVALID_INPUT')
    await cloud.refused(
      { action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept', reason: '好' },
      P.b1Secretary,
      'INVALID_INPUT'
    )
    await cloud.refused({ action: 'reviewReport', reportId: `${task._id}:m99`, rev: 0, decision: 'accept' }, P.b1Secretary, 'NOT_FOUND')
    await cloud.refused({ action: 'reviewReport', reportId: 'x', rev: 0, decision: 'accept' }, P.b1Secretary, 'INVALID_INPUT')
  })
})
