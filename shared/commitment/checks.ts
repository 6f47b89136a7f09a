// The quarterly self-check: what a filing must hold (one line per item of the approved version, no
// unknown item), when it may be filed (inside its window; an accepted check is final) and reviewed.
import type { CardItem, CheckEntry, CheckStatus } from './api'

export const NOTE_MAX = 200
export const MAX_PHOTOS = 9

export interface CheckIssue {
  path: string
  message: string
}

/** Entries against the approved items: each item exactly once, nothing else. */
export function entryIssues(entries: CheckEntry[], items: CardItem[]): CheckIssue[] {
  const out: CheckIssue[] = []
  const known = new Map(items.map((x) => [x.id, x]))
  const seen = new Set<string>()
  entries.forEach((e, i) => {
    if (!known.has(e.itemId)) out.push({ path: `entries.${i}.itemId`, message: '自查的事项不在已通过的承诺卡上' })
    else if (seen.has(e.itemId)) out.push({ path: `entries.${i}.itemId`, message: '同一事项只能自查一次' })
    seen.add(e.itemId)
  })
  for (const item of items) {
    if (!seen.has(item.id)) out.push({ path: 'entries', message: `「${item.what.slice(0, 20)}」还没有自查` })
  }
  return out
}

/** Whether a member may (re)file a check in this state: not once accepted; a pending one is replaced. */
export function canFileCheck(existing: CheckStatus | null): { ok: true } | { ok: false; message: string } {
  if (existing === 'accepted') return { ok: false, message: '本季度自查已被认可，不能再修改' }
  return { ok: true }
}

export function canReviewCheck(status: CheckStatus): { ok: true } | { ok: false; message: string } {
  if (status === 'submitted') return { ok: true }
  return { ok: false, message: status === 'accepted' ? '该自查已认可' : '该自查已退回，等待党员重新提交' }
}
