// The care to-do line from whoami (a secretary: members the triggers name) on home. Pure; table-tested.
// Its own file: home (main package) imports it.
import type { CareTodoSummary } from '@shared/care/api'
import type { TodoEntry } from '@/core/components/TodoList'
import { careTodoPage } from './routes'

export function careTodoLine(item: CareTodoSummary): TodoEntry {
  return {
    key: `careTodo:${item.orgId}`,
    title: `同步关爱：${item.count}名党员需谈心谈话或走访`,
    detail: `${item.orgName} · ${item.names.join('、')}${item.count > item.names.length ? ' 等' : ''}`,
    url: careTodoPage(item.orgId)
  }
}
