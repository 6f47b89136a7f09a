// The quarterly Party-spirit analysis: the window, org-life pre-fill, member → group leader → secretary,
// the verdicts (合格, 返单, 集中重学 creates the relearn task, 个别谈话 creates a talk), privacy, bad input.
import { as, expectFail, expectOk, GOOD_ANALYSIS, P, setNow, useStudyCloud } from './helpers'

const cloud = useStudyCloud()

async function filedAnalysis(who: string = P.b1Member) {
  return (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: true }, who)).analysis
}
async function commented(who: string = P.b1Member, filed?: { _id: string; rev: number }) {
  const a = filed ?? (await filedAnalysis(who))
  return (await cloud.ok({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '查找问题较深刻' }, P.b1CommitteeAndG1Leader))
    .analysis
}

describe('myAnalysis / saveAnalysis', () => {
  it('pre-fills org-life participation from the quarter’s check-ins', async () => {
    const db = cloud.tc.db
    // The demo's own meetings of the quarter count too: what this test adds comes on top.
    const base = (await cloud.ok({ action: 'myAnalysis' }, P.b1Member)).prefill.orgLifeCount
    const at = (d: string) => new Date(`${d}T02:00:00Z`)
    for (const [id, day] of [
      ['aq1meet001', '2026-01-10'],
      ['aq1meet002', '2026-02-10'],
      ['aq1meet003', '2026-03-10']
    ])
      await db.collection('activities').add({
        data: { _id: id, type: 'branchMeeting', orgId: 'org-b1', startAt: at(day), endAt: at(day), expectedMemberIds: ['m07', 'm08'] }
      })
    // Still to come: not counted.
    await db.collection('activities').add({
      data: {
        _id: 'aq1meet004',
        type: 'themeDay',
        orgId: 'org-b1',
        startAt: at('2026-03-28'),
        endAt: at('2026-03-28'),
        expectedMemberIds: ['m07']
      }
    })
    for (const a of ['aq1meet001', 'aq1meet003'])
      await db.collection('checkins').add({ data: { _id: `${a}:m07`, activityId: a, memberId: 'm07' } })
    const r = await cloud.ok({ action: 'myAnalysis' }, P.b1Member)
    expect(r).toMatchObject({
      analysis: null,
      window: { year: 2026, quarter: 1, from: '2026-03-01', due: '2026-04-15' },
      prefill: {
        orgLife: `本季度应参加组织生活 ${base.expected + 3} 次，实际签到 ${base.present + 2} 次。`,
        orgLifeCount: { present: base.present + 2, expected: base.expected + 3 }
      }
    })
    const saved = (
      await cloud.ok(
        { action: 'saveAnalysis', year: 2026, quarter: 1, text: { ...GOOD_ANALYSIS, orgLife: r.prefill.orgLife }, rev: 0, submit: false },
        P.b1Member
      )
    ).analysis
    expect(saved).toMatchObject({
      _id: 'm07:2026q1',
      status: 'draft',
      orgLifeCount: r.prefill.orgLifeCount,
      orgId: 'org-b1',
      groupId: 'org-b1-g1'
    })
  })

  it('a quarter not yet open is refused; after the due date it is filed late', async () => {
    await cloud.refused(
      { action: 'saveAnalysis', year: 2026, quarter: 2, text: GOOD_ANALYSIS, rev: 0, submit: false },
      P.b1Member,
      'ANALYSIS_WINDOW'
    )
    setNow('2026-04-20T02:00:00Z')
    expect(await filedAnalysis()).toMatchObject({ status: 'submitted', late: true })
  })

  it('filing checks the minimum lengths; a draft does not', async () => {
    const short = { ...GOOD_ANALYSIS, problems: '无' }
    const r = await cloud.refused(
      { action: 'saveAnalysis', year: 2026, quarter: 1, text: short, rev: 0, submit: true },
      P.b1Member,
      'TOO_SHORT'
    )
    expect(r.details.map((d: any) => d.path)).toEqual(['text.problems'])
    expectOk(await cloud.call({ action: 'saveAnalysis', year: 2026, quarter: 1, text: short, rev: 0, submit: false }, P.b1Member))
  })

  it.each([
    ['quarter 5', { quarter: 5 }],
    ['a missing part', { text: { learned: 'x' } }],
    ['an unknown part', { text: { ...GOOD_ANALYSIS, secret: 'x' } }],
    ['submit not a boolean', { submit: 'yes' }],
    ['a member id', { memberId: 'm08' }]
  ])('refuses %s (INVALID_INPUT)', async (_l, patch) => {
    await cloud.refused(
      { action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: false, ...patch },
      P.b1Member,
      'INVALID_INPUT'
    )
  })
})

describe('member → group leader → secretary', () => {
  it('合格 after the group leader’s comment', async () => {
    const a = await filedAnalysis()
    await cloud.refused({ action: 'decideAnalysis', analysisId: a._id, rev: a.rev, verdict: 'pass' }, P.b1Secretary, 'ANALYSIS_STATE')
    const c = await commented(P.b1Member, a)
    expect(c).toMatchObject({ status: 'commented', groupComment: { text: '查找问题较深刻', by: 'm05' } })
    const d = (await cloud.ok({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'pass' }, P.b1Secretary)).analysis
    expect(d).toMatchObject({ status: 'passed', verdict: { kind: 'pass', by: 'm03', taskId: null, talkId: null } })
    await cloud.refused(
      { action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: d.rev, submit: true },
      P.b1Member,
      'ANALYSIS_STATE'
    )
  })

  it('返单 with a reason → the member fixes and refiles → a fresh round', async () => {
    const c = await commented()
    await cloud.refused({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'return' }, P.b1Secretary, 'INVALID_INPUT')
    const back = (
      await cloud.ok({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'return', reason: '原因分析不具体' }, P.b1Deputy)
    ).analysis
    expect(back).toMatchObject({ status: 'returned', verdict: { kind: 'return', reason: '原因分析不具体' } })
    const again = (
      await cloud.ok(
        {
          action: 'saveAnalysis',
          year: 2026,
          quarter: 1,
          text: { ...GOOD_ANALYSIS, causes: '对理论学习重要性认识不足' },
          rev: back.rev,
          submit: true
        },
        P.b1Member
      )
    ).analysis
    expect(again).toMatchObject({ status: 'submitted', groupComment: null, verdict: null })
  })

  it('集中重学 creates the quarter’s relearn task (one task, each member added once)', async () => {
    const c7 = await commented('m07')
    const c9 = await commented('m09')
    const d7 = (
      await cloud.ok({ action: 'decideAnalysis', analysisId: c7._id, rev: c7.rev, verdict: 'relearn', reason: '学习不深入' }, P.b1Secretary)
    ).analysis
    expect(d7).toMatchObject({ status: 'relearn', verdict: { taskId: 'org-b1:2026:relearn-q1' } })
    await cloud.ok({ action: 'decideAnalysis', analysisId: c9._id, rev: c9.rev, verdict: 'relearn', reason: '问题查找不准' }, P.b1Secretary)
    const [task] = await cloud.all('studyTasks')
    expect(task).toMatchObject({
      _id: 'org-b1:2026:relearn-q1',
      origin: 'relearn',
      title: '2026年第一季度党性分析集中重学',
      required: true,
      hours: 2,
      memberIds: ['m07', 'm09'],
      deadline: '2026-04-03'
    })
    // The reasons stay private: the task's material names no one's problems.
    expect(JSON.stringify(task)).not.toMatch(/学习不深入|问题查找不准/)
    const mine = await cloud.ok({ action: 'myStudy' }, P.b1Member)
    expect(mine.tasks.map((t: any) => t.task._id)).toEqual(['org-b1:2026:relearn-q1'])
  })

  it('a Q4 analysis decided 集中重学 in January: the relearn task (of the analysis year) shows in the new year’s list and to-dos', async () => {
    setNow('2027-01-10T02:00:00Z')
    const a = (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 4, text: GOOD_ANALYSIS, rev: 0, submit: true }, P.b1Member))
      .analysis
    const c = (await cloud.ok({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '好' }, P.b1CommitteeAndG1Leader)).analysis
    await cloud.ok({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'relearn', reason: '重学' }, P.b1Secretary)
    const mine = await cloud.ok({ action: 'myStudy' }, P.b1Member)
    expect(mine.year).toBe(2027)
    expect(mine.tasks.map((t: any) => [t.task._id, t.task.deadline])).toEqual([['org-b1:2026:relearn-q4', '2027-01-24']])
    const who = expectOk(await cloud.tc.call('member', { action: 'whoami' }, as('m07')))
    expect(who.studyTodo.map((t: any) => t.taskId)).toContain('org-b1:2026:relearn-q4')
  })

  it('个别谈话 creates a talk among the assessment’s talks, which the talker records', async () => {
    const c = await commented()
    const d = (
      await cloud.ok(
        { action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'talk', reason: '整改措施落实不到位' },
        P.b1Secretary
      )
    ).analysis
    expect(d).toMatchObject({ status: 'talk', verdict: { talkId: 'study:m07:2026q1' } })
    const { talks } = expectOk(await cloud.tc.call('assessment', { action: 'listTalks' }, as('m07')))
    expect(talks).toEqual([
      expect.objectContaining({
        _id: 'study:m07:2026q1',
        periodName: '2026年第一季度党性分析',
        memberId: 'm07',
        flag: null,
        total: null,
        topic: '整改措施落实不到位',
        talkerId: 'm03',
        status: 'assigned'
      })
    ])
    const rec = await cloud.tc.call(
      'assessment',
      {
        action: 'recordTalk',
        talkId: 'study:m07:2026q1',
        date: '2026-03-20',
        problems: '措施不实',
        shortfalls: '跟踪不够',
        plan: '每月对照检查'
      },
      as('m03')
    )
    expect(expectOk(rec).talk.status).toBe('recorded')
  })

  it('a member without a party group goes straight to the secretary', async () => {
    const db = cloud.tc.db
    await db
      .collection('members')
      .doc('m13')
      .update({ data: { groupId: null } })
    const a = await filedAnalysis('m13')
    expectOk(await cloud.call({ action: 'decideAnalysis', analysisId: a._id, rev: a.rev, verdict: 'pass' }, P.b1Secretary))
  })
})

describe('privacy and roles', () => {
  it.each([
    ['the member', P.b1Member, true],
    ['their group leader', P.b1CommitteeAndG1Leader, true],
    ['the secretary', P.b1Secretary, true],
    ['committee staff', P.staff, true],
    ['another member of the branch', P.b1Member2, false],
    ['another group’s leader', P.b1G2Leader, false],
    ['another branch’s secretary', P.b2Secretary, false],
    ['the home village’s secretary', P.longnanSecretary, false]
  ])('%s may read m07’s analysis: %p', async (_l, who, ok) => {
    const a = await filedAnalysis()
    const r = await cloud.call({ action: 'getAnalysis', analysisId: a._id }, who)
    if (ok) expect(expectOk(r).analysis.problems).toBe(GOOD_ANALYSIS.problems)
    else expectFail(r, 'FORBIDDEN')
  })

  it('a draft is the member’s own until filed', async () => {
    const a = (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: false }, P.b1Member))
      .analysis
    expectFail(await cloud.call({ action: 'getAnalysis', analysisId: a._id }, P.b1Secretary), 'FORBIDDEN')
    expect((await cloud.ok({ action: 'analysisQueue', orgId: 'org-b1', year: 2026, quarter: 1 }, P.b1Secretary)).analyses).toEqual([])
  })

  it('the queue: the committee sees the branch, a group leader their group, others nothing', async () => {
    await filedAnalysis('m07')
    await filedAnalysis('m08')
    const all = await cloud.ok({ action: 'analysisQueue', orgId: 'org-b1', year: 2026, quarter: 1 }, P.b1Deputy)
    expect(all.analyses.map((a: any) => a.memberId).sort()).toEqual(['m07', 'm08'])
    const g2 = await cloud.ok({ action: 'analysisQueue', orgId: 'org-b1', year: 2026, quarter: 1 }, P.b1G2Leader)
    expect(g2.analyses.map((a: any) => a.memberId)).toEqual(['m08'])
    expectFail(await cloud.call({ action: 'analysisQueue', orgId: 'org-b1', year: 2026, quarter: 1 }, P.b1Member), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'analysisQueue', orgId: 'org-b1', year: 2026, quarter: 1 }, P.b2Secretary), 'FORBIDDEN')
  })

  it.each([
    ['the member themself', P.b1Member, 'FORBIDDEN'],
    ['the secretary (not the group leader)', P.b1Secretary, 'FORBIDDEN'],
    ['another group’s leader', P.b1G2Leader, 'FORBIDDEN']
  ])('commentAnalysis refuses %s', async (_l, who, code) => {
    const a = await filedAnalysis()
    await cloud.refused({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '好' }, who, code)
  })

  it.each([
    ['a committee member (not secretary or deputy)', P.b1CommitteeAndG1Leader, 'FORBIDDEN'],
    ['staff', P.staff, 'FORBIDDEN'],
    ['another branch’s secretary', P.b2Secretary, 'FORBIDDEN']
  ])('decideAnalysis refuses %s', async (_l, who, code) => {
    const c = await commented()
    await cloud.refused({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'pass' }, who, code)
  })

  it('the secretary cannot decide their own analysis; bad input is refused', async () => {
    const a = await filedAnalysis(P.b1Secretary)
    const c = (await cloud.ok({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '好' }, P.b1CommitteeAndG1Leader)).analysis
    await cloud.refused({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'pass' }, P.b1Secretary, 'FORBIDDEN')
    expectOk(await cloud.call({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'pass' }, P.b1Deputy))
    await cloud.refused({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'great' }, P.b1Deputy, 'INVALID_INPUT')
    await cloud.refused({ action: 'decideAnalysis', analysisId: 'm03:2026q9', rev: 0, verdict: 'pass' }, P.b1Deputy, 'INVALID_INPUT')
    await cloud.refused({ action: 'decideAnalysis', analysisId: 'm03:2026q2', rev: 0, verdict: 'pass' }, P.b1Deputy, 'NOT_FOUND')
    await cloud.refused({ action: 'commentAnalysis', analysisId: c._id, rev: 0, text: '' }, P.b1CommitteeAndG1Leader, 'INVALID_INPUT')
  })
})
