// A study to-do from whoami (`studyTodo`) as a line on home: what to do and the page where it is done.
// Pure; table-tested. Kept small: home (main package) imports it.
import type { StudyTodo } from '@shared/study/api'
import { analysesPage, reportPage, reportsPage, STUDY_PAGES } from './routes'

export interface StudyTodoLine {
  key: string
  title: string
  detail: string
  url: string
  overdue: boolean
}

const monthDay = (ymd: string | undefined) => {
  const [, m, d] = (ymd ?? '').split('-')
  return m && d ? `${Number(m)}月${Number(d)}日` : ''
}
const QUARTER = ['一', '二', '三', '四']

export function studyTodoLine(t: StudyTodo): StudyTodoLine {
  const key = `study:${t.kind}:${t.taskId ?? ''}:${t.year ?? ''}:${t.quarter ?? ''}:${t.orgId ?? ''}`
  const line = (title: string, detail: string, url: string, overdue = false) => ({ key, title, detail, url, overdue })
  switch (t.kind) {
    case 'taskOpen':
      return line(
        `学习：${t.title ?? ''}`,
        t.overdue ? `已过截止日期（${monthDay(t.deadline)}），仍可提交学习报告` : `请于 ${monthDay(t.deadline)} 前提交学习报告`,
        reportPage(t.taskId ?? ''),
        !!t.overdue
      )
    case 'reportReturned':
      return line(`修改学习报告：${t.title ?? ''}`, '学习报告已退回，请按意见修改后重新提交', reportPage(t.taskId ?? ''), true)
    case 'analysisOpen':
      return line(`第${QUARTER[(t.quarter ?? 1) - 1]}季度党性分析`, '请填写本季度党性分析报告', STUDY_PAGES.analysis)
    case 'analysisReturned':
      return line(`修改第${QUARTER[(t.quarter ?? 1) - 1]}季度党性分析`, '党性分析已返单，请查看意见后重新提交', STUDY_PAGES.analysis, true)
    case 'reviewReports':
      return line(`审核学习报告：${t.count ?? 0} 份`, '等待审核', reportsPage(t.orgId))
    case 'reviewAnalyses':
      return line(`党性分析评议：${t.count ?? 0} 份`, '等待评议或评定', analysesPage(t.orgId))
  }
}
