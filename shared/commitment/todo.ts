// The member's own commitment to-dos (whoami's cardTodo): what their card of this year and the open
// self-check window ask of them now. Pure; the reviewers' counts are added by the server.
import type { CardStatus, CardTodo, CheckStatus, CheckWindow } from './api'

export interface MemberTodoFacts {
  /** The CST year of now, and this year's card status (null: no card). */
  year: number
  status: CardStatus | null
  /** The window open now (maybe last year's Q4 in early January) with its card year, the card's state then, and its check. */
  open: { year: number; window: CheckWindow; approved: boolean; check: CheckStatus | null } | null
}

export function memberCardTodo(f: MemberTodoFacts): CardTodo[] {
  const out: CardTodo[] = []
  if (f.status === null) out.push({ kind: 'cardMissing', year: f.year })
  else if (f.status === 'draft') out.push({ kind: 'cardDraft', year: f.year })
  else if (f.status === 'returned') out.push({ kind: 'cardReturned', year: f.year })
  const o = f.open
  if (o?.approved && (o.check === null || o.check === 'returned')) {
    out.push({ kind: o.check === 'returned' ? 'checkReturned' : 'checkOpen', year: o.year, quarter: o.window.quarter, until: o.window.to })
  }
  return out
}
