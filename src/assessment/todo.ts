// A to-do item from whoami (a talk to confirm or record, an objection to answer) as a line on home
// and 我的考评: what to do, about whom, and the page where it is done. Pure; table-tested. Kept out of
// the rest of the assessment helpers: home (main package) imports it.
import type { TodoItem } from '@shared/member/api'
import { cstDateTime } from '@shared/core/time'
import { periodPage } from './orgRoutes'
import { resultPage } from './routes'

export interface TodoLine {
  key: string
  title: string
  detail: string
  url: string
  overdue: boolean
}

export function todoLine(item: TodoItem): TodoLine {
  const key = `${item.kind}:${item.periodId}:${item.memberId}`
  switch (item.kind) {
    case 'ackTalk':
      return {
        key,
        title: '确认谈话记录',
        detail: `${item.periodName} · 谈话已记录，请查看并确认`,
        url: resultPage(item.periodId),
        overdue: false
      }
    case 'recordTalk':
      return {
        key,
        title: `记录谈话：${item.name}`,
        detail: `${item.periodName} · ${item.overdue ? '已逾期，' : ''}应于 ${cstDateTime(item.dueAt)} 前完成`,
        url: periodPage(item.periodId),
        overdue: !!item.overdue
      }
    case 'answerObjection':
      return {
        key,
        title: `答复异议：${item.name}`,
        detail: `${item.periodName} · 公示期内请及时答复`,
        url: periodPage(item.periodId),
        overdue: false
      }
  }
}

/** The lines of one period (我的考评 shows them on the period's card). */
export function periodTodo(todo: readonly TodoItem[] | null | undefined, periodId: string): TodoLine[] {
  return (todo ?? []).filter((t) => t.periodId === periodId).map(todoLine)
}
