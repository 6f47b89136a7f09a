import type { AnalysisStatus, ReportStatus } from '@shared/study/api'
import { memberStudyTodo } from '@shared/study/todo'
import { analysisWindow } from '@shared/study/windows'

const NOW = new Date('2026-03-20T02:00:00Z')
const task = (id: string, deadline: string) => ({ _id: id, title: `任务${id}`, deadline })

describe('the member’s study to-dos', () => {
  it.each<[string, ReportStatus | null, boolean, string[]]>([
    ['nothing filed', null, false, ['taskOpen']],
    ['a draft', 'draft', false, ['taskOpen']],
    ['filed', 'submitted', false, []],
    ['returned', 'returned', false, ['reportReturned']],
    ['accepted', 'accepted', true, []],
    ['credited by a check-in, nothing filed', null, true, []]
  ])('%s', (_l, status, credited, kinds) => {
    const out = memberStudyTodo(
      [{ task: task('t1', '2026-03-31'), status, credited }],
      { window: analysisWindow(2025, 4), status: 'passed' },
      NOW
    )
    expect(out.map((x) => x.kind)).toEqual(kinds)
  })

  it('returned reports first, then by deadline; overdue tasks marked', () => {
    const out = memberStudyTodo(
      [
        { task: task('t1', '2026-03-31'), status: null, credited: false },
        { task: task('t2', '2026-03-10'), status: null, credited: false },
        { task: task('t3', '2026-04-30'), status: 'returned', credited: false }
      ],
      { window: analysisWindow(2025, 4), status: 'passed' },
      NOW
    )
    expect(out.map((x) => [x.taskId, x.kind, x.overdue])).toEqual([
      ['t3', 'reportReturned', undefined],
      ['t2', 'taskOpen', true],
      ['t1', 'taskOpen', false]
    ])
  })

  it.each<[AnalysisStatus | null, string | null]>([
    [null, 'analysisOpen'],
    ['draft', 'analysisOpen'],
    ['submitted', null],
    ['returned', 'analysisReturned'],
    ['passed', null]
  ])('the open quarter’s analysis %p → %p', (status, kind) => {
    const out = memberStudyTodo([], { window: analysisWindow(2026, 1), status }, NOW)
    expect(out.map((x) => x.kind)).toEqual(kind ? [kind] : [])
  })

  it('a window not yet open asks nothing', () => {
    expect(memberStudyTodo([], { window: analysisWindow(2026, 2), status: null }, NOW)).toEqual([])
  })
})
