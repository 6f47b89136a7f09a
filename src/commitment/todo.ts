// A commitment to-do from whoami (`cardTodo`: card missing, draft, returned; self-check open or returned; cards
// and checks waiting for a reviewer) as a line on home: what to do and the page where it is done. Pure;
// table-tested. Kept small: home (main package) imports it.
import type { CardTodo } from '@shared/commitment/api'
import { COMMIT_PAGES, queuePage } from './routes'

export interface CardTodoLine {
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

export function cardTodoLine(t: CardTodo): CardTodoLine {
  const key = `commitment:${t.kind}:${t.year}:${t.quarter ?? ''}:${t.orgId ?? ''}`
  const line = (title: string, detail: string, url: string, overdue = false) => ({ key, title, detail, url, overdue })
  switch (t.kind) {
    case 'cardMissing':
      return line('填写承诺卡', `${t.year}年党员承诺卡尚未填写`, COMMIT_PAGES.my)
    case 'cardDraft':
      return line('提交承诺卡', `${t.year}年承诺卡还是草稿，填写完整后请提交审核`, COMMIT_PAGES.my)
    case 'cardReturned':
      return line('修改承诺卡', `${t.year}年承诺卡已退回，请按审核意见修改后重新提交`, COMMIT_PAGES.my, true)
    case 'checkOpen':
      return line(`第${t.quarter ?? ''}季度自查`, t.until ? `请于 ${monthDay(t.until)} 前完成自查` : '自查已开放', COMMIT_PAGES.check)
    case 'checkReturned':
      return line(`重新提交第${t.quarter ?? ''}季度自查`, '自查已退回，请查看原因后重新提交', COMMIT_PAGES.check, true)
    case 'reviewCards':
      return line(`审核承诺卡：${t.count ?? 0} 份`, `${t.orgName ?? ''} · 等待审核`, queuePage(t.orgId))
    case 'reviewChecks':
      return line(`审核季度自查：${t.count ?? 0} 份`, `${t.orgName ?? ''} · 等待审核`, queuePage(t.orgId))
  }
}
