// The card form's view logic: the sections a card shows, new items, and the per-item and per-section
// messages shown before anything is sent. Pure; table-tested.
// The rules are the server's (shared/commitment/items.ts: measurable items, deadlines in the year, section counts);
// here they are said beside each item before anything is sent.
import { X_SECTION, type CardItem, type CardTemplate, type XTask } from '@shared/commitment/api'
import { ITEM_TEXT_MAX, deadlineInYear, isMeasurable, sectionCountIssue } from '@shared/commitment/items'
import { isYmd } from '@shared/core/time'

export const WHAT_MAX = ITEM_TEXT_MAX
export const TARGET_MAX = ITEM_TEXT_MAX

export const ITEM_MESSAGES = {
  what: '请填写承诺内容',
  whatLong: `承诺内容不超过 ${WHAT_MAX} 字`,
  targetLong: `目标不超过 ${TARGET_MAX} 字`,
  measurable: '请填写可衡量的目标或选择完成时限（至少一项），空口号不能提交',
  deadlineYear: (year: number) => `完成时限须在 ${year} 年内`
} as const

/** What is wrong with one item before submitting ([] when it may go). Drafts are saved whatever these say. */
export function itemProblems(item: Pick<CardItem, 'what' | 'target' | 'deadline'>, year: number): string[] {
  const out: string[] = []
  const what = item.what.trim()
  if (!what) out.push(ITEM_MESSAGES.what)
  else if (what.length > WHAT_MAX) out.push(ITEM_MESSAGES.whatLong)
  if (item.target.trim().length > TARGET_MAX) out.push(ITEM_MESSAGES.targetLong)
  if (!isMeasurable(item)) out.push(ITEM_MESSAGES.measurable)
  if (item.deadline && (!isYmd(item.deadline) || !deadlineInYear(item.deadline, year))) out.push(ITEM_MESSAGES.deadlineYear(year))
  return out
}

/** An item with nothing typed (dropped when saving and never counted). */
export const isBlank = (item: CardItem) => !item.what.trim() && !item.target.trim() && !item.deadline

export interface CardCheck {
  /** itemId → its messages. */
  items: Record<string, string[]>
  /** sectionId → a count message. */
  sections: Record<string, string>
  /** The first message, for the bar under the submit button; null when the card may be submitted. */
  first: string | null
}

/** Every message for a card about to be submitted: each filled item, then each section's count. */
export function checkCard(template: Pick<CardTemplate, 'sections'>, items: readonly CardItem[], year: number): CardCheck {
  const result: CardCheck = { items: {}, sections: {}, first: null }
  for (const s of template.sections) {
    const own = items.filter((i) => i.section === s.id && !isBlank(i))
    const count = sectionCountIssue(s, own.length, true)
    if (count) result.sections[s.id] = count
    own.forEach((item, n) => {
      const problems = itemProblems(item, year)
      if (problems.length) {
        result.items[item.id] = problems
        result.first ??= `「${s.name}」第 ${n + 1} 项：${problems[0]}`
      }
    })
    if (!result.first && result.sections[s.id]) result.first = result.sections[s.id]
  }
  return result
}

/** A new item id in `section`: `<section>-<n>`, the smallest n not used. Ids are [a-z0-9-]{1,24} (a long section id is cut). */
export function newItemId(items: readonly CardItem[], section: string): string {
  const used = new Set(items.map((i) => i.id))
  const idOf = (n: number) => `${section.slice(0, 24 - 1 - String(n).length)}-${n}`
  let n = 1
  while (used.has(idOf(n))) n++
  return idOf(n)
}

export function emptyItem(items: readonly CardItem[], section: string): CardItem {
  return { id: newItemId(items, section), section, what: '', target: '', deadline: null }
}

/** A new card's working copy: each section's minimum of empty items (at least one). */
export function startItems(template: Pick<CardTemplate, 'sections'>): CardItem[] {
  const items: CardItem[] = []
  for (const s of template.sections) {
    for (let n = 0; n < Math.max(1, s.minItems); n++) items.push(emptyItem(items, s.id))
  }
  return items
}

/** Sections with no item yet get one empty item to type into. */
export function withEmptySections(template: Pick<CardTemplate, 'sections'>, items: readonly CardItem[]): CardItem[] {
  const out = [...items]
  for (const s of template.sections) if (!out.some((i) => i.section === s.id)) out.push(emptyItem(out, s.id))
  return out
}

/** What the member sends: their own items with something typed (X items are the org's, kept as the server gave them). */
export function itemsToSave(items: readonly CardItem[]): CardItem[] {
  return items
    .filter((i) => i.section === X_SECTION || !isBlank(i))
    .map((i) => (i.section === X_SECTION ? i : { ...i, what: i.what.trim(), target: i.target.trim() }))
}

/**
 * The org's tasks for me (assigned, or challenges I took) as X items of the working copy: one item per task, in
 * section 'x' with its taskId, the task's words (the server rewrites them from the task anyway). Items of tasks
 * already on the card are kept with their ids (comments and self-checks reference them).
 */
export function withXItems(items: readonly CardItem[], tasks: readonly XTask[]): CardItem[] {
  const out = [...items]
  for (const t of tasks) {
    if (out.some((i) => i.section === X_SECTION && i.taskId === t._id)) continue
    out.push({ id: newItemId(out, X_SECTION), section: X_SECTION, what: t.title, target: t.target, deadline: t.deadline, taskId: t._id })
  }
  return out
}

/** Tasks for me not on the card yet (an approved card: they join with the next change). */
export const tasksNotOnCard = (items: readonly CardItem[], tasks: readonly XTask[]) =>
  tasks.filter((t) => !items.some((i) => i.section === X_SECTION && i.taskId === t._id))

/** The date picker's range: the card's year. */
export const yearRange = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` })

/** Whether two working copies say the same (for a restored local draft). */
export function sameItems(a: readonly CardItem[], b: readonly CardItem[]): boolean {
  return JSON.stringify(itemsToSave(a)) === JSON.stringify(itemsToSave(b))
}
