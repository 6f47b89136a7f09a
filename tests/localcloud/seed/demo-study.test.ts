// The study demo: the committee's pushed item in every branch plan, org-b1's twelve months, three months of
// tasks with reports in every state, the quarter's analyses with a relearn task and a talk — read back
// through the function, and the same after seeding twice.
import { seedDemo } from '@localcloud/seed'
import { seedDemoStudy } from '@localcloud/seed/demo-study'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { setNow } from '@tests/cloudfunctions/commitment/helpers'

let tc: TestCloud
afterEach(() => jest.useRealTimers())

const idsOf = (p: { plan: { items: Array<{ id: string }> } }) => p.plan.items.map((x) => x.id)

const call = async (event: Record<string, unknown>, who = '') => {
  const r = await tc.call('study', event, who ? `demo:${who}` : '')
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

// Three instants: mid-November (Q3's analysis is the latest opened), 1 December (Q4's opens that day), and
// January (the three months cross the year; Q4 of last year is the open analysis).
describe.each([
  ['2026-11-20T02:00:00Z', 2026, [9, 10, 11], 3],
  ['2026-12-01T02:00:00Z', 2026, [10, 11, 12], 4],
  ['2027-01-20T02:00:00Z', 2027, [11, 12, 1], 4]
])('the study demo at %s', (now, year, months, quarter) => {
  // One cloud per instant, seeded once at it; each test starts from that seed (resetTo restores it).
  beforeAll(async () => {
    tc = await startTestCloud()
  })
  afterAll(() => tc.close())
  beforeEach(async () => {
    setNow(now)
    await tc.resetTo(() => seedDemo(tc.db, new Date()).then(() => undefined))
  })

  it('plans: the committee’s item in every branch, org-b1’s twelve months', async () => {
    const p = await call({ action: 'getPlan', orgId: 'org-b1', year }, 'm03')
    expect(p.plan.items.map((x: any) => x.id)).toEqual(expect.arrayContaining(['m1', 'm12', 'opt-1', 'g2-1', 'c-k1']))
    expect(p.plan.items.find((x: any) => x.id === 'c-k1').fromCommittee).toBe('org-committee')
    expect(idsOf(await call({ action: 'getPlan', orgId: 'org-b3', year }, 'm23'))).toEqual(['c-k1'])
    expect(idsOf(await call({ action: 'getPlan', orgId: 'org-b2', year: months[1] > months[2] ? year - 1 : year }, 'm14'))).toContain(
      `m${months[1]}`
    )
    // The committee's plan: k1 pushed to its four branches, k2 not yet.
    const c = await call({ action: 'getPlan', orgId: 'org-committee', year }, 'm01')
    expect(c.plan.items.map((x: any) => x.id)).toEqual(['k1', 'k2'])
    expect(c.committeePush).toEqual({ branches: 4, items: { k1: { reached: 4, current: 4 }, k2: { reached: 0, current: 0 } } })
  })

  it('the committee’s stats show several branches with figures', async () => {
    const lastMonthYear = months[1] > months[2] ? year - 1 : year
    const s = await call({ action: 'committeeStats', committeeId: 'org-committee', year: lastMonthYear }, 'm01')
    expect(s.branches.map((b: any) => b.id)).toEqual(['org-b1', 'org-b2', 'org-b3', 'org-jb'])
    const b2 = s.branches.find((b: any) => b.id === 'org-b2')
    // Nine members, three accepted (2 学时 each), one waiting, one returned, four with nothing: all due once the
    // deadline has passed — a December task of a past year is counted to 12-31, its deadline day, so only done ones.
    const due = months[1] === 12 ? 3 : 9
    expect(b2).toMatchObject({ members: 9, hours: 6, requiredDue: due, requiredDone: 3, reportsWaiting: 1 })
    expect(s.branches.find((b: any) => b.id === 'org-b1').hours).toBeGreaterThan(0)
    const qYear = quarter === 4 && months[2] === 1 ? year - 1 : year
    const inQuarter = await call({ action: 'committeeStats', committeeId: 'org-committee', year: qYear, quarter }, 'm01')
    expect(inQuarter.branches.find((b: any) => b.id === 'org-b2').analyses).toMatchObject({ passed: 1, submitted: 1, notFiled: 7 })
    expect(inQuarter.branches.find((b: any) => b.id === 'org-b1').analyses).toMatchObject({ passed: 1, relearn: 1, talk: 1 })
  })

  it('three months of tasks with reports in every state; the stats count them', async () => {
    const all = (await tc.db.collection('studyReports').limit(1000).get()).data
    const statuses = new Set(all.map((r: any) => r.status))
    expect([...statuses].sort()).toEqual(['accepted', 'draft', 'returned', 'submitted'])
    expect(all.some((r: any) => r.late && r.status === 'accepted')).toBe(true)
    expect(all.some((r: any) => r.late && r.status === 'submitted')).toBe(true)
    expect(all.filter((r: any) => r.status === 'returned').every((r: any) => r.returnReason)).toBe(true)
    const tasks = (await tc.db.collection('studyTasks').where({ origin: 'plan', orgId: 'org-b1' }).get()).data
    expect(tasks.map((t: any) => Number(t.itemId.slice(1))).sort((a: number, b: number) => a - b)).toEqual(
      [...months].sort((a, b) => a - b)
    )
    const q = await call({ action: 'reportQueue', orgId: 'org-b1' }, 'm03')
    expect(q.reports.length).toBeGreaterThanOrEqual(3)
    // m07's report of last month came back with a reason.
    const mine = await call({ action: 'myStudy', year: months[1] > months[2] ? year - 1 : year }, 'm07')
    expect(mine.tasks.some((t: any) => t.report?.status === 'returned')).toBe(true)
    const stats = await call({ action: 'branchStats', orgId: 'org-b1', year: months[0] > months[2] ? year - 1 : year }, 'm03')
    expect(stats.branch.hours).toBeGreaterThan(0)
    expect(stats.members.find((m: any) => m.id === 'm11').hours).toBe(0)
  })

  it('the quarter’s analyses in every state, the relearn task and the talk', async () => {
    const { analyses } = await call(
      { action: 'analysisQueue', orgId: 'org-b1', year: quarter === 4 && months[2] === 1 ? year - 1 : year, quarter },
      'm03'
    )
    expect(analyses.map((a: any) => a.status).sort()).toEqual(['commented', 'passed', 'relearn', 'returned', 'submitted', 'talk'])
    const relearn = analyses.find((a: any) => a.status === 'relearn')
    const task = (await tc.db.collection('studyTasks').doc(relearn.verdict.taskId).get()).data
    expect(task).toMatchObject({ origin: 'relearn', memberIds: [relearn.memberId] })
    const talk = analyses.find((a: any) => a.status === 'talk')
    const t = (await tc.db.collection('talks').doc(talk.verdict.talkId).get()).data
    expect(t).toMatchObject({ memberId: talk.memberId, status: 'assigned', flag: null })
    expect(new Date(t.dueAt).getTime()).toBeGreaterThan(Date.now())
  })

  it('this month’s task carries a PDF the member opens; two members hold study reminder consents', async () => {
    const tasks = (await tc.db.collection('studyTasks').where({ origin: 'plan' }).get()).data
    const withFile = tasks.filter((t: any) => t.material.attachment)
    expect(withFile.map((t: any) => Number(t.itemId.slice(1)))).toEqual([months[2]])
    const mine = await call({ action: 'getTask', taskId: withFile[0]._id }, 'm07')
    expect(mine.attachment).toMatchObject({ name: '学习材料.pdf', kind: 'document', state: 'ready', url: expect.stringMatching(/^http/) })
    const file = tc.local.files.read(withFile[0].material.attachment.fileID.replace(/^cloud:\/\/[^/]+\//, ''))
    expect(file?.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const consents = (await tc.db.collection('consents').where({ templateKey: 'studyAnalysis' }).get()).data
    expect(consents.map((c: any) => [c.memberId, c.balance]).sort()).toEqual([
      ['m04', 1],
      ['m12', 1]
    ])
  })

  it('seeding twice leaves the same data', async () => {
    const read = async () => {
      const out: Record<string, unknown> = {}
      for (const c of ['studyPlans', 'studyTasks', 'studyReports', 'studyAnalyses'])
        out[c] = (await tc.db.collection(c).limit(1000).get()).data
      return out
    }
    const before = await read()
    await seedDemoStudy(tc.db, new Date())
    expect(await read()).toEqual(before)
  })
})
