// The study function's daily timer (cloudfunctions/study/timer.ts): catch-up of missed days (bounded to 7 back,
// one message per task and member in a run, idempotent by id — a run that died before marking its day is
// redone without sending twice), the quarterly analysis due reminder (once per member and quarter, only
// members not filed and holding a consent), the 返单 reminder of an analysis and the 集中重学 task's.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { filed, GOOD_ANALYSIS, P, pushed, useStudyCloud } from './helpers'

const cloud = useStudyCloud()
const TEMPLATES = {
  STUDY_TASK_TEMPLATE_ID: 'tmpl-study-task',
  STUDY_RETURNED_TEMPLATE_ID: 'tmpl-study-returned',
  STUDY_ANALYSIS_TEMPLATE_ID: 'tmpl-study-analysis'
}
const sent = (template?: string) =>
  (
    cloud.tc.local.outbox
      .list(10_000)
      .filter((e: any) => e.api === 'subscribeMessage.send')
      .reverse() as any[]
  ).filter((e) => !template || e.request.template_id === template)
const grant = (memberId: string, templateKey: string, balance: number) =>
  cloud.tc.db
    .collection('consents')
    .doc(`${memberId}:${templateKey}`)
    .set({ data: { memberId, templateKey, balance, updatedAt: new Date() } })
/** Fires the study timer at an instant (the scheduler's clock; actions keep the test's clock). */
const fire = async (at: string) => (await new Scheduler(cloud.tc.local, () => new Date(at)).fire('study')).result as any
/** 08:00 CST of a CST day. */
const at8 = (day: string) => `${day}T00:00:00Z`

beforeEach(() => {
  Object.assign(process.env, TEMPLATES)
})
afterEach(() => {
  for (const k of Object.keys(TEMPLATES)) delete process.env[k]
})

describe('catch-up of missed days (deadline near)', () => {
  it('a first run ever handles only today', async () => {
    expect(await fire(at8('2026-03-25'))).toMatchObject({ ok: true, data: { days: ['2026-03-25'] } })
  })

  it('after an outage, a member near on several missed days gets one message, under the newest day', async () => {
    await grant('m07', 'studyTask', 9)
    await fire(at8('2026-03-25')) // done: 03-25
    const task = await pushed(cloud, undefined, '2026-04-02')
    const before = sent('tmpl-study-task').length
    // Down 03-26 … 03-30; the run of 03-31 handles them all.
    const r = await fire(at8('2026-03-31'))
    expect(r.data.days).toEqual(['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'])
    expect(r.data).toMatchObject({ tasks: 1, sent: 1 })
    const mine = sent('tmpl-study-task').slice(before)
    expect(mine.map((m) => m.request.touser)).toEqual(['demo:m07'])
    expect(JSON.stringify(mine[0])).toContain('截止日期临近')
    expect((await cloud.all('reminders', { kind: 'studyDue', memberId: 'm07' })).map((c) => c._id)).toEqual([
      `studyDue:2026-03-31:${task._id}:m07`
    ])
  })

  it('a deadline that fell on a missed day is still reminded once, as past its deadline', async () => {
    await grant('m07', 'studyTask', 9)
    await grant('m08', 'studyTask', 9)
    await fire(at8('2026-03-25'))
    const task = await pushed(cloud, undefined, '2026-03-27')
    await filed(cloud, task._id, 'm08')
    const before = sent('tmpl-study-task').length
    const r = await fire(at8('2026-03-30'))
    expect(r.data).toMatchObject({ days: ['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'], sent: 1 })
    const mine = sent('tmpl-study-task').slice(before)
    expect(mine.map((m) => m.request.touser)).toEqual(['demo:m07'])
    expect(JSON.stringify(mine[0])).toContain('已过截止日期')
    expect((await cloud.all('reminders', { kind: 'studyDue', memberId: 'm07' }))[0]._id).toBe(`studyDue:2026-03-27:${task._id}:m07`)
  })

  it('goes at most 7 days back', async () => {
    await grant('m07', 'studyTask', 9)
    await fire(at8('2026-03-01'))
    await pushed(cloud, undefined, '2026-03-20') // near 03-17 … 03-20: beyond 7 days back on 03-31
    const before = sent().length
    const r = await fire(at8('2026-03-31'))
    expect(r.data.days[0]).toBe('2026-03-24')
    expect(r.data.days).toHaveLength(8)
    expect(r.data).toMatchObject({ tasks: 0, reminders: 0 })
    expect(sent().length).toBe(before)
  })

  it('a run that died before marking its day is redone without sending twice', async () => {
    await grant('m07', 'studyTask', 9)
    await pushed(cloud, undefined, '2026-03-31')
    await fire(at8('2026-03-29'))
    expect(sent('tmpl-study-task').filter((m) => m.request.data.thing3.value.includes('临近'))).toHaveLength(1)
    const claims = (await cloud.all('reminders', { kind: 'studyDue' })).length
    // As if the run had died after sending, before marking 03-29 done.
    await cloud.tc.db
      .collection('timerRuns')
      .doc('study:daily')
      .set({ data: { lastDone: '2026-03-28', at: new Date() } })
    const again = await fire(at8('2026-03-29'))
    expect(again.data).toMatchObject({ days: ['2026-03-29'], tasks: 1, sent: 0 })
    expect(await cloud.all('reminders', { kind: 'studyDue' })).toHaveLength(claims)
    expect(sent('tmpl-study-task').filter((m) => m.request.data.thing3.value.includes('临近'))).toHaveLength(1)
    expect(await cloud.all('reminders', { kind: 'studyDue', memberId: 'm07' })).toHaveLength(1)
  })
})

describe('the analysis due reminder', () => {
  const save = async (who: string, submit: boolean) =>
    (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit }, who)).analysis

  it('from 04-10, once per quarter, each member not filed who holds a consent; none before', async () => {
    for (const m of ['m07', 'm08', 'm09', 'm10']) await grant(m, 'studyAnalysis', 3)
    await save('m08', true) // filed: not reminded
    await save('m09', false) // a draft: reminded
    const before = sent('tmpl-study-analysis').length
    expect(await fire(at8('2026-04-09'))).toMatchObject({ data: { analysisQuarters: [], analysisReminders: 0 } })
    const r = await fire(at8('2026-04-10'))
    expect(r.data).toMatchObject({ analysisQuarters: ['2026q1'], analysisSent: 3 })
    const mine = sent('tmpl-study-analysis').slice(before)
    expect(mine.map((m) => m.request.touser).sort()).toEqual(['demo:m07', 'demo:m09', 'demo:m10'])
    expect(mine[0].request.data).toMatchObject({
      thing1: { value: '2026年第一季度党性分析' },
      date2: { value: '2026-04-15' },
      thing3: { value: '请在截止日前提交本季度党性分析' }
    })
    expect(mine[0].request.page).toBe('study/pages/analysis/index')
    // The next days of the window: the quarter's id is taken.
    await fire(at8('2026-04-11'))
    await fire(at8('2026-04-15'))
    expect(sent('tmpl-study-analysis').length).toBe(before + 3)
    expect((await cloud.all('reminders', { kind: 'studyAnalysis', memberId: 'm07' })).map((c) => c._id)).toEqual([
      'studyAnalysis:2026-04-15:m07:2026q1'
    ])
    // Members without a consent are neither read nor claimed.
    expect(await cloud.all('reminders', { kind: 'studyAnalysis', memberId: 'm12' })).toEqual([])
  })

  it('a member who consents during the window is still reminded on a later day', async () => {
    await fire(at8('2026-04-10'))
    await grant('m07', 'studyAnalysis', 1)
    const before = sent('tmpl-study-analysis').length
    expect(await fire(at8('2026-04-12'))).toMatchObject({ data: { analysisSent: 1 } })
    expect(sent('tmpl-study-analysis').slice(before)[0].request.touser).toBe('demo:m07')
  })

  it('a member assessed by no branch is not reminded', async () => {
    await grant('m07', 'studyAnalysis', 1)
    await cloud.tc.db
      .collection('members')
      .doc('m07')
      .update({ data: { assessingOrgId: null } })
    expect(await fire(at8('2026-04-10'))).toMatchObject({ data: { analysisQuarters: ['2026q1'], analysisReminders: 0 } })
  })

  it('a catch-up after the due day reminds once, as late', async () => {
    await grant('m07', 'studyAnalysis', 2)
    await fire(at8('2026-04-08'))
    const r = await fire(at8('2026-04-17'))
    expect(r.data).toMatchObject({ analysisQuarters: ['2026q1'], analysisSent: 1 })
    expect(sent('tmpl-study-analysis').at(-1).request.data.thing3.value).toBe('已过截止日期，请尽快补交党性分析')
  })

  it('without a template id nothing is sent and the claim says why', async () => {
    delete process.env.STUDY_ANALYSIS_TEMPLATE_ID
    await grant('m07', 'studyAnalysis', 1)
    const before = sent().length
    await fire(at8('2026-04-10'))
    expect(sent().length).toBe(before)
    expect((await cloud.all('reminders', { kind: 'studyAnalysis', memberId: 'm07' }))[0].status).toBe('noTemplate')
    expect((await cloud.all('consents', { _id: 'm07:studyAnalysis' }))[0].balance).toBe(1)
  })
})

describe('an analysis returned (返单)', () => {
  it('reminds its member with the reason; other verdicts send nothing', async () => {
    await grant('m07', 'studyAnalysis', 5)
    await grant('m09', 'studyAnalysis', 5)
    const file = async (who: string) =>
      (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: true }, who)).analysis
    const comment = async (a: any) =>
      (await cloud.ok({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '查找问题较深刻' }, P.b1CommitteeAndG1Leader))
        .analysis
    const a7 = await comment(await file('m07'))
    const a9 = await comment(await file('m09'))
    const before = sent('tmpl-study-analysis').length
    const returned = (
      await cloud.ok(
        { action: 'decideAnalysis', analysisId: a7._id, rev: a7.rev, verdict: 'return', reason: '原因分析不具体' },
        P.b1Secretary
      )
    ).analysis
    await cloud.ok({ action: 'decideAnalysis', analysisId: a9._id, rev: a9.rev, verdict: 'pass' }, P.b1Secretary)
    const mine = sent('tmpl-study-analysis').slice(before)
    expect(mine).toHaveLength(1)
    expect(mine[0].request.touser).toBe('demo:m07')
    expect(mine[0].request.data).toMatchObject({
      thing1: { value: '2026年第一季度党性分析返单' },
      date2: { value: '2026-04-15' },
      thing3: { value: '原因分析不具体' }
    })
    expect((await cloud.all('reminders', { kind: 'studyAnalysisReturned' })).map((c) => c._id)).toEqual([
      `studyAnalysisReturned:2026-03-20:${returned._id}:r${returned.rev}`
    ])
  })
})

describe('集中重学', () => {
  it('tells the member of the relearn task they were added to (学习任务提醒), once', async () => {
    await grant('m07', 'studyTask', 2)
    const a = (await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: true }, 'm07'))
      .analysis
    const c = (
      await cloud.ok({ action: 'commentAnalysis', analysisId: a._id, rev: a.rev, text: '查找问题不够深入' }, P.b1CommitteeAndG1Leader)
    ).analysis
    const before = sent('tmpl-study-task').length
    const d = (
      await cloud.ok({ action: 'decideAnalysis', analysisId: c._id, rev: c.rev, verdict: 'relearn', reason: '学习不够深入' }, P.b1Secretary)
    ).analysis
    const mine = sent('tmpl-study-task').slice(before)
    expect(mine.map((m) => m.request.touser)).toEqual(['demo:m07'])
    expect(mine[0].request.data.thing1.value).toBe('2026年第一季度党性分析集中重学')
    expect((await cloud.all('reminders', { kind: 'studyTask', memberId: 'm07' })).map((r) => r._id)).toEqual([
      `studyTask:2026-03-20:${d.verdict.taskId}:m07`
    ])
  })
})
