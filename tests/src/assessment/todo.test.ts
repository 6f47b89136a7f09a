/** @jest-environment node */
import { periodTodo, todoLine } from '@/assessment/todo'
import type { TodoItem } from '@shared/member/api'

const base = { periodId: 'p0', periodName: '2026年第三季度' }

describe('todoLine: a to-do as a line, to the page where it is done', () => {
  it.each<[string, TodoItem, Partial<ReturnType<typeof todoLine>>]>([
    [
      'a talk to confirm → my result',
      { ...base, kind: 'ackTalk', memberId: 'm1', name: '王芳' },
      {
        title: '确认谈话记录',
        detail: '2026年第三季度 · 谈话已记录，请查看并确认',
        url: '/assessment/pages/result/index?periodId=p0',
        overdue: false
      }
    ],
    [
      'a talk to record, due (CST) → the desk',
      { ...base, kind: 'recordTalk', memberId: 'r2', name: '赵敏', dueAt: '2026-12-31T16:30:00.000Z', overdue: false },
      {
        title: '记录谈话：赵敏',
        detail: '2026年第三季度 · 应于 2027-01-01 00:30 前完成',
        url: '/assessment/pages/period/index?periodId=p0',
        overdue: false
      }
    ],
    [
      'a talk to record, overdue',
      { ...base, kind: 'recordTalk', memberId: 'r2', name: '赵敏', dueAt: '2026-10-20T10:00:00.000Z', overdue: true },
      { detail: '2026年第三季度 · 已逾期，应于 2026-10-20 18:00 前完成', overdue: true }
    ],
    [
      'an objection to answer → the desk',
      { ...base, kind: 'answerObjection', memberId: 'r3', name: '孙强' },
      { title: '答复异议：孙强', url: '/assessment/pages/period/index?periodId=p0', key: 'answerObjection:p0:r3' }
    ]
  ])('%s', (_n, item, expected) => {
    expect(todoLine(item)).toMatchObject(expected)
  })

  it('keeps a period’s own lines', () => {
    const todo: TodoItem[] = [
      { ...base, kind: 'ackTalk', memberId: 'm1', name: '王芳' },
      { ...base, periodId: 'p9', kind: 'answerObjection', memberId: 'r3', name: '孙强' }
    ]
    expect(periodTodo(todo, 'p9').map((l) => l.title)).toEqual(['答复异议：孙强'])
    expect(periodTodo(undefined, 'p0')).toEqual([])
  })
})
