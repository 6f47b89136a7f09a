// The quarterly self-check form's view rules: which items it lists and what must be filled. Pure; table-tested.
import { X_SECTION, type CardItem, type MyCardResult, type Progress } from '@shared/commitment/api'

/** The approved version's items (what the check is made against), then the X items not already among them. */
export function checkItems(data: Pick<MyCardResult, 'card' | 'versions' | 'tasks'>): CardItem[] {
  const card = data.card
  if (!card?.approvedVersion) return []
  const approved = data.versions.find((v) => v.version === card.approvedVersion)?.items ?? card.items
  const out = [...approved]
  for (const t of data.tasks) {
    if (!out.some((i) => i.taskId === t._id)) {
      out.push({ id: `x-${t._id}`, section: X_SECTION, what: t.title, target: t.target, deadline: t.deadline, taskId: t._id })
    }
  }
  return out
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
