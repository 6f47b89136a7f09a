/** @jest-environment node */
import { birthdayTodoLine } from '@/birthday/todo'
import type { BirthdayTodo } from '@shared/birthday/todo'

describe('birthdayTodoLine', () => {
  it.each<[string, BirthdayTodo, { title: string; detail: string; url: string }]>([
    [
      'a greeting to open',
      { kind: 'openGreeting', greetingId: 'm1:2026', date: '2026-07-01', years: 14 },
      {
        title: '政治生日快乐：请查看贺卡',
        detail: '入党 14 周年 · 2026年7月1日',
        url: '/birthday/pages/greeting/index?greetingId=m1%3A2026'
      }
    ],
    [
      'this week’s birthdays, all named',
      { kind: 'birthdaysThisWeek', orgId: 'b1', orgName: '第一党支部', count: 2, names: ['李红梅', '赵永平'] },
      { title: '本周政治生日：2名党员', detail: '第一党支部 · 李红梅、赵永平', url: '/birthday/pages/upcoming/index?orgId=b1' }
    ],
    [
      'more than the five named',
      { kind: 'birthdaysThisWeek', orgId: 'b1', orgName: '第一党支部', count: 6, names: ['甲', '乙', '丙', '丁', '戊'] },
      { title: '本周政治生日：6名党员', detail: '第一党支部 · 甲、乙、丙、丁、戊 等', url: '/birthday/pages/upcoming/index?orgId=b1' }
    ]
  ])('%s', (_n, item, line) => expect(birthdayTodoLine(item)).toMatchObject(line))
})
