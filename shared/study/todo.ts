// The member's own study to-dos (whoami's studyTodo): open tasks (nothing filed yet, overdue ones too),
// returned reports, the quarter's analysis once open (not filed, or returned). Pure.
import type { AnalysisStatus, AnalysisWindow, ReportStatus, StudyTask, StudyTodo } from './api'
import { isAnalysisOpen, isOverdue } from './windows'

export function memberStudyTodo(
  tasks: ReadonlyArray<{ task: Pick<StudyTask, '_id' | 'title' | 'deadline'>; status: ReportStatus | null; credited: boolean }>,
  analysis: { window: AnalysisWindow; status: AnalysisStatus | null },
  now: Date
): StudyTodo[] {
  const out: StudyTodo[] = []
  for (const { task, status, credited } of tasks) {
    if (credited) continue
    if (status === 'returned') out.push({ kind: 'reportReturned', taskId: task._id, title: task.title, deadline: task.deadline })
    else if (status === null || status === 'draft')
      out.push({
        kind: 'taskOpen',
        taskId: task._id,
        title: task.title,
        deadline: task.deadline,
        overdue: isOverdue(task.deadline, status, now)
      })
  }
  out.sort(
    (a, b) =>
      Number(b.kind === 'reportReturned') - Number(a.kind === 'reportReturned') || (a.deadline ?? '').localeCompare(b.deadline ?? '')
  )
  const w = analysis.window
  if (isAnalysisOpen(w, now)) {
    if (analysis.status === null || analysis.status === 'draft') out.push({ kind: 'analysisOpen', year: w.year, quarter: w.quarter })
    else if (analysis.status === 'returned') out.push({ kind: 'analysisReturned', year: w.year, quarter: w.quarter })
  }
  return out
}
