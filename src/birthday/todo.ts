// Political-birthday to-do items from whoami (a greeting to open; for a secretary, the birthdays of the
// week) as lines on home. Pure; table-tested. Its own file: home (main package) imports it.
import type { BirthdayTodo } from '@shared/birthday/todo'
import type { TodoEntry } from '@/core/components/TodoList'
import { greetingPage, upcomingPage } from './routes'
import { chineseDate } from './text'

export function birthdayTodoLine(item: BirthdayTodo): TodoEntry {
  switch (item.kind) {
    case 'openGreeting':
      return {
        key: `openGreeting:${item.greetingId}`,
        title: '政治生日快乐：请查看贺卡',
        detail: `入党 ${item.years} 周年 · ${chineseDate(item.date)}`,
        url: greetingPage(item.greetingId)
      }
    case 'birthdaysThisWeek':
      return {
        key: `birthdaysThisWeek:${item.orgId}`,
        title: `本周政治生日：${item.count}名党员`,
        detail: `${item.orgName} · ${item.names.join('、')}${item.count > item.names.length ? ' 等' : ''}`,
        url: upcomingPage(item.orgId)
      }
  }
}
