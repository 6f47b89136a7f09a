// The quarterly self-check form's view rules: which items it lists and what must be filled. Pure; table-tested.
import type { CardItem, MyCardResult, Progress } from '@shared/commitment/api'

/** The approved version's items, X items included: what the check is made against. */
export function checkItems(data: Pick<MyCardResult, 'card' | 'versions'>): CardItem[] {
  const card = data.card
  if (!card?.approvedVersion) return []
  return data.versions.find((v) => v.version === card.approvedVersion)?.items ?? card.items
}

/** The first thing missing before the check may go, or null: every item needs a progress. */
export function checkProblem(
  items: readonly CardItem[],
  entries: Record<string, { progress: Progress | null } | undefined>
): string | null {
  const n = items.findIndex((i) => !entries[i.id]?.progress)
  if (n < 0) return items.length ? null : '没有需要自查的条目'
  return `第 ${n + 1} 项「${items[n].what}」：请选择完成情况`
}
