/** @jest-environment node */
import type { StudyTodo } from '@shared/study/api'
import { studyTodoLine } from '@/study/todo'

describe('study to-do lines on home', () => {
  it.each<[StudyTodo, string, string, string, boolean]>([
    [
      { kind: 'taskOpen', taskId: 'b1:2026:mar-1', title: '学习党章', deadline: '2026-03-31', overdue: false },
      '学习：学习党章',
      '请于 3月31日 前提交学习报告',
      '/study/pages/report/index?taskId=b1%3A2026%3Amar-1',
      false
    ],
    [
      { kind: 'taskOpen', taskId: 'b1:2026:mar-1', title: '学习党章', deadline: '2026-03-31', overdue: true },
      '学习：学习党章',
      '已过截止日期（3月31日），仍可提交学习报告',
      '/study/pages/report/index?taskId=b1%3A2026%3Amar-1',
      true
    ],
    [
      { kind: 'reportReturned', taskId: 't', title: '学习党章' },
      '修改学习报告：学习党章',
      '学习报告已退回，请按意见修改后重新提交',
      '/study/pages/report/index?taskId=t',
      true
    ],
    [
      { kind: 'analysisOpen', year: 2026, quarter: 1 },
      '第一季度党性分析',
      '请填写本季度党性分析报告',
      '/study/pages/analysis/index',
      false
    ],
    [
      { kind: 'analysisReturned', year: 2026, quarter: 4 },
      '修改第四季度党性分析',
      '党性分析已返单，请查看意见后重新提交',
      '/study/pages/analysis/index',
      true
    ],
    [{ kind: 'reviewReports', orgId: 'b1', count: 3 }, '审核学习报告：3 份', '等待审核', '/study/pages/reports/index?orgId=b1', false],
    [{ kind: 'reviewAnalyses', count: 2 }, '党性分析评议：2 份', '等待评议或评定', '/study/pages/analyses/index', false]
  ])('%j', (t, title, detail, url, overdue) => {
    expect(studyTodoLine(t)).toMatchObject({ title, detail, url, overdue })
  })

  it('gives each line its own key', () => {
    const a = studyTodoLine({ kind: 'taskOpen', taskId: 'a' })
    const b = studyTodoLine({ kind: 'taskOpen', taskId: 'b' })
    expect(a.key).not.toBe(b.key)
  })
})
