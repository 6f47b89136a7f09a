// The committee's side of study: its plan's reach (getPlan on a committee: how many branches hold each
// pushed item) and the stats across its branches in one call (committeeStats, exportCommitteeStats) —
// the same per-branch figures as each branch's own branchStats, plus reports waiting and the quarter's
// analyses by status; who may read them.
import readXlsxFile from 'read-excel-file/node'
import { expectFail, filed, GOOD_ANALYSIS, item, P, pushed, useStudyCloud } from './helpers'

const cloud = useStudyCloud()
const BRANCHES = ['org-b1', 'org-b2', 'org-b3', 'org-jb']

describe('getPlan of a committee: how far each item reached', () => {
  it('shows staff, per item, the branches holding it and whether they hold it as it is now', async () => {
    const k1 = item('k1', { month: 4, content: '党纪学习教育' })
    const k2 = item('k2', { month: 5, content: '学习全会精神' })
    await cloud.ok({ action: 'savePlan', orgId: 'org-committee', year: 2026, items: [k1, k2], rev: 0 }, P.staff)
    const before = await cloud.ok({ action: 'getPlan', orgId: 'org-committee', year: 2026 }, P.staff)
    expect(before.committeePush).toEqual({ branches: 4, items: { k1: { reached: 0, current: 0 }, k2: { reached: 0, current: 0 } } })
    await cloud.ok({ action: 'pushPlanItem', committeeId: 'org-committee', year: 2026, itemId: 'k1' }, P.staff)
    const after = await cloud.ok({ action: 'getPlan', orgId: 'org-committee', year: 2026 }, P.staff)
    expect(after.committeePush.items).toEqual({ k1: { reached: 4, current: 4 }, k2: { reached: 0, current: 0 } })
    // The committee changes k1 after pushing it: the branches hold the old one until it is pushed again.
    await cloud.ok(
      { action: 'savePlan', orgId: 'org-committee', year: 2026, items: [{ ...k1, hours: 3 }, k2], rev: after.plan.rev },
      P.staff
    )
    const edited = await cloud.ok({ action: 'getPlan', orgId: 'org-committee', year: 2026 }, P.staff2)
    expect(edited.committeePush.items.k1).toEqual({ reached: 4, current: 0 })
    await cloud.ok({ action: 'pushPlanItem', committeeId: 'org-committee', year: 2026, itemId: 'k1' }, P.staff)
    expect((await cloud.ok({ action: 'getPlan', orgId: 'org-committee', year: 2026 }, P.staff)).committeePush.items.k1).toEqual({
      reached: 4,
      current: 4
    })
  })

  it('a branch’s plan carries no reach', async () => {
    const plan = await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.staff)
    expect(plan).not.toHaveProperty('committeePush')
  })

  it.each([
    ['a branch secretary', P.b1Secretary],
    ['a member', P.b1Member]
  ])('%s cannot read the committee’s plan', async (_l, who) => {
    expectFail(await cloud.call({ action: 'getPlan', orgId: 'org-committee' }, who), 'FORBIDDEN')
  })
})

/** A second committee (no branches) whose staff is org-b2's secretary. */
async function otherCommittee() {
  const db = cloud.tc.db
  await db.collection('orgs').add({ data: { _id: 'org-c2', name: '另一党委', kind: 'committee', parentId: null, external: false } })
  const m14 = (await db.collection('members').doc(P.b2Secretary).get()).data as { roles: unknown[] }
  await db
    .collection('members')
    .doc(P.b2Secretary)
    .update({ data: { roles: [...m14.roles, { orgId: 'org-c2', role: 'staff' }] } })
}

/** org-b1: a task with m07 accepted and m09 filed; m07's Q1 analysis filed. org-b2: a task with one accepted report. */
async function someStudy() {
  const t1 = await pushed(cloud, [item('a', { hours: 2 })], '2026-03-25')
  const r = await filed(cloud, t1._id, 'm07')
  await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, P.b1Secretary)
  await filed(cloud, t1._id, 'm09')
  await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: true }, 'm07')
  await cloud.ok({ action: 'savePlan', orgId: 'org-b2', year: 2026, items: [item('b', { hours: 1.5 })], rev: 0 }, P.b2Secretary)
  const { task: t2 } = await cloud.ok(
    { action: 'pushTask', orgId: 'org-b2', year: 2026, itemId: 'b', material: { kind: 'text', text: '请学习' }, deadline: '2026-04-30' },
    P.b2Secretary
  )
  const who = t2.memberIds.find((m: string) => m !== P.b2Secretary)
  const r2 = await filed(cloud, t2._id, who)
  await cloud.ok({ action: 'reviewReport', reportId: r2._id, rev: r2.rev, decision: 'accept' }, P.b2Secretary)
}

describe('committeeStats', () => {
  it('answers every branch with the figures of its own branchStats, the reports waiting and the quarter’s analyses', async () => {
    await someStudy()
    const s = await cloud.ok({ action: 'committeeStats', committeeId: 'org-committee' }, P.staff)
    expect(s).toMatchObject({ committeeId: 'org-committee', year: 2026, quarter: 1, asOf: '2026-03-20' })
    expect(s.branches.map((b: any) => b.id)).toEqual(BRANCHES)
    for (const id of BRANCHES) {
      const own = await cloud.ok({ action: 'branchStats', orgId: id }, P.staff)
      const b = s.branches.find((x: any) => x.id === id)
      expect({ ...b, reportsWaiting: undefined, analyses: undefined }).toEqual({
        ...own.branch,
        reportsWaiting: undefined,
        analyses: undefined
      })
      const members = (await cloud.all('members', { assessingOrgId: id })).length
      expect(b.members).toBe(members)
    }
    const b1 = s.branches[0]
    // The deadline (03-25) is still ahead: only the done task counts as due (m09's filed report waits).
    expect(b1).toMatchObject({ hours: 2, requiredDue: 1, requiredDone: 1, completion: 1, reportsWaiting: 1 })
    expect(b1.analyses).toEqual({ notFiled: b1.members - 1, submitted: 1, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0 })
    expect(s.branches[1]).toMatchObject({ hours: 1.5, requiredDue: 1, requiredDone: 1, reportsWaiting: 0 })
    expect(s.total).toMatchObject({
      members: s.branches.reduce((n: number, b: any) => n + b.members, 0),
      hours: 3.5,
      requiredDue: 2,
      requiredDone: 2,
      reportsWaiting: 1
    })
    // Nothing private: no report or analysis text, no member names.
    const text = JSON.stringify(s)
    expect(text).not.toContain('二十大')
    expect(text).not.toContain('党章')
  })

  it('a check-in at a task’s collective-study activity credits its hours, in branchStats and committeeStats alike', async () => {
    const db = cloud.tc.db
    await db.collection('activities').add({ data: { _id: 'astudy0001', type: 'study', orgId: 'org-b1', title: '集中学习' } })
    await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('a', { hours: 3 })], rev: 0 }, P.b1Secretary)
    await cloud.ok(
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
    for (const m of ['m07', 'm08'])
      await db.collection('checkins').add({ data: { _id: `astudy0001:${m}`, activityId: 'astudy0001', memberId: m, orgId: 'org-b1' } })
    const s = await cloud.ok({ action: 'committeeStats', committeeId: 'org-committee' }, P.staff)
    const own = await cloud.ok({ action: 'branchStats', orgId: 'org-b1' }, P.staff)
    expect(s.branches[0]).toMatchObject({ hours: 6, requiredDue: 2, requiredDone: 2 })
    expect(own.branch).toMatchObject({ hours: 6, requiredDue: 2, requiredDone: 2 })
  })

  it('a quarter or a year asked for: Q2 has no analyses yet, 2025 has no tasks', async () => {
    await someStudy()
    const q2 = await cloud.ok({ action: 'committeeStats', committeeId: 'org-committee', quarter: 2 }, P.staff)
    expect(q2.quarter).toBe(2)
    expect(q2.branches[0].analyses.submitted).toBe(0)
    expect(q2.branches[0].analyses.notFiled).toBe(q2.branches[0].members)
    const y25 = await cloud.ok({ action: 'committeeStats', committeeId: 'org-committee', year: 2025 }, P.staff)
    expect(y25).toMatchObject({ year: 2025, quarter: 4, asOf: '2025-12-31' })
    expect(y25.total).toMatchObject({ hours: 0, requiredDue: 0, completion: null })
  })

  it.each([
    ['another committee member of staff', P.staff2, true],
    ['a branch secretary', P.b1Secretary, false],
    ['a branch committee member and group leader', P.b1CommitteeAndG1Leader, false],
    ['a member', P.b1Member, false],
    ['another committee’s staff', P.b2Secretary, false]
  ])('%s may read them: %p', async (_l, who, ok) => {
    await otherCommittee()
    for (const action of ['committeeStats', 'exportCommitteeStats']) {
      if (ok) expect((await cloud.call({ action, committeeId: 'org-committee' }, who)).ok).toBe(true)
      else await cloud.refused({ action, committeeId: 'org-committee' }, who, 'FORBIDDEN')
    }
  })

  it('another committee’s staff read their own committee (no branches: empty rows)', async () => {
    await otherCommittee()
    const s = await cloud.ok({ action: 'committeeStats', committeeId: 'org-c2' }, P.b2Secretary)
    expect(s.branches).toEqual([])
    expect(s.total).toMatchObject({ members: 0, hours: 0, completion: null, reportsWaiting: 0 })
  })

  it.each([
    ['an unknown committee', { committeeId: 'org-nope' }, 'NOT_FOUND'],
    ['a branch as committee', { committeeId: 'org-b1' }, 'INVALID_INPUT'],
    ['no committee', {}, 'INVALID_INPUT'],
    ['a bad id', { committeeId: 'org committee' }, 'INVALID_INPUT'],
    ['year 1999', { committeeId: 'org-committee', year: 1999 }, 'INVALID_INPUT'],
    ['quarter 5', { committeeId: 'org-committee', quarter: 5 }, 'INVALID_INPUT'],
    ['quarter 1.5', { committeeId: 'org-committee', quarter: 1.5 }, 'INVALID_INPUT'],
    ['an unknown field', { committeeId: 'org-committee', orgId: 'org-b1' }, 'INVALID_INPUT']
  ])('refuses %s and writes nothing', async (_l, event, code) => {
    for (const action of ['committeeStats', 'exportCommitteeStats']) await cloud.refused({ action, ...event }, P.staff, code)
  })
})

describe('pushPlanItem: who may push', () => {
  it.each([
    ['a member', P.b1Member],
    ['a group leader', P.b1G2Leader],
    ['a branch secretary', P.b1Secretary],
    ['another committee’s staff', P.b2Secretary]
  ])('%s is refused and nothing is written', async (_l, who) => {
    await otherCommittee()
    await cloud.ok({ action: 'savePlan', orgId: 'org-committee', year: 2026, items: [item('k1')], rev: 0 }, P.staff)
    await cloud.refused({ action: 'pushPlanItem', committeeId: 'org-committee', year: 2026, itemId: 'k1' }, who, 'FORBIDDEN')
  })

  it('another committee’s staff push their own committee’s item to its branches (none)', async () => {
    await otherCommittee()
    await cloud.ok({ action: 'savePlan', orgId: 'org-c2', year: 2026, items: [item('z1')], rev: 0 }, P.b2Secretary)
    expect(await cloud.ok({ action: 'pushPlanItem', committeeId: 'org-c2', year: 2026, itemId: 'z1' }, P.b2Secretary)).toEqual({
      branches: 0
    })
    expect((await cloud.ok({ action: 'getPlan', orgId: 'org-b2' }, P.b2Secretary)).plan.items).toEqual([])
  })
})

describe('exportCommitteeStats', () => {
  it('one sheet: a row per branch, then the committee’s total', async () => {
    await someStudy()
    const s = await cloud.ok({ action: 'committeeStats', committeeId: 'org-committee' }, P.staff)
    const x = await cloud.ok({ action: 'exportCommitteeStats', committeeId: 'org-committee' }, P.staff)
    expect(x).toMatchObject({ fileName: `${s.committeeName}2026年各支部学习统计.xlsx`, rowCount: BRANCHES.length + 1 })
    expect(x.bytes).toBe(Buffer.from(x.base64, 'base64').length)
    const [sheet, ...others] = await readXlsxFile(Buffer.from(x.base64, 'base64'))
    expect(others).toEqual([])
    expect(sheet.sheet).toBe('2026年各支部学习统计')
    const rows = sheet.data
    expect(rows[0]).toEqual([
      '支部',
      '人数',
      '学时',
      '应完成必学任务',
      '已完成',
      '完成率',
      '待审核学习报告',
      '党性分析未提交',
      '党性分析待小组评议',
      '党性分析待支部评定',
      '党性分析合格',
      '党性分析已返单',
      '党性分析集中重学',
      '党性分析个别谈话'
    ])
    const b1 = s.branches[0]
    expect(rows[1]).toEqual(['第一养护中心党支部', b1.members, 2, 1, 1, '100%', 1, b1.members - 1, 1, 0, 0, 0, 0, 0])
    expect(rows[rows.length - 1].slice(0, 3)).toEqual([`${s.committeeName}合计`, s.total.members, 3.5])
    expect(rows).toHaveLength(1 + BRANCHES.length + 1)
  })
})
