// whoami's studyTodo (cloudfunctions/member/studyTodo.ts): the member's open and returned tasks and the
// quarter's analysis; the reports and analyses waiting for a reviewer.
import { as, expectOk, filed, GOOD_ANALYSIS, P, pushed, useStudyCloud } from './helpers'

const cloud = useStudyCloud()
const todo = async (who: string) => expectOk(await cloud.tc.call('member', { action: 'whoami' }, as(who))).studyTodo

it('a member: the task to file and the open analysis; filed → gone; returned → back as returned', async () => {
  const task = await pushed(cloud)
  expect(await todo(P.b1Member)).toEqual([
    { kind: 'taskOpen', taskId: task._id, title: task.title, deadline: '2026-03-31', overdue: false },
    { kind: 'analysisOpen', year: 2026, quarter: 1 }
  ])
  const r = await filed(cloud, task._id)
  await cloud.ok({ action: 'saveAnalysis', year: 2026, quarter: 1, text: GOOD_ANALYSIS, rev: 0, submit: true }, P.b1Member)
  expect(await todo(P.b1Member)).toEqual([])
  expect(await todo(P.b1Secretary)).toEqual(expect.arrayContaining([{ kind: 'reviewReports', orgId: 'org-b1', count: 1 }]))
  // The g1 leader comments first: the secretary has no analysis to decide yet.
  expect((await todo(P.b1Secretary)).some((t: any) => t.kind === 'reviewAnalyses')).toBe(false)
  expect(await todo(P.b1CommitteeAndG1Leader)).toEqual(expect.arrayContaining([{ kind: 'reviewAnalyses', count: 1 }]))
  await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'return', reason: '再具体些' }, P.b1Secretary)
  expect(await todo(P.b1Member)).toEqual([{ kind: 'reportReturned', taskId: task._id, title: task.title, deadline: '2026-03-31' }])
})
