// The items of a card: what a draft may hold (structure: known sections, counts, ids, deadlines in the
// card's year, X items only from the org's tasks) and what a submission needs on top (every section's
// minimum, and no empty slogans: each item a "what" and a measurable target or a deadline).
import { type CardItem, type CardTemplate, type TemplateSection, type XTask, X_SECTION } from './api'

export const ITEM_ID = /^[a-z0-9-]{1,24}$/
export const ITEM_TEXT_MAX = 100
/** X items on one card at most. */
export const MAX_X_ITEMS = 20

export interface ItemIssue {
  path: string
  message: string
}

const label = (item: CardItem, i: number) => (item.what.trim() ? `「${item.what.trim().slice(0, 20)}」` : `第 ${i + 1} 项`)

/** No empty slogans: an item needs a measurable target (a number, a date, a deliverable) or a deadline. */
export const isMeasurable = (item: Pick<CardItem, 'target' | 'deadline'>): boolean => !!item.target.trim() || item.deadline !== null

/** A deadline falls in the card's year. */
export const deadlineInYear = (deadline: string, year: number): boolean => deadline.startsWith(`${year}-`)

/** A section's item count: never above its maximum; to submit, at least its minimum and at least one. */
export function sectionCountIssue(
  s: Pick<TemplateSection, 'name' | 'minItems' | 'maxItems'>,
  n: number,
  submitting: boolean
): string | null {
  if (n > s.maxItems) return `「${s.name}」最多填写 ${s.maxItems} 项`
  const least = Math.max(s.minItems, 1)
  if (submitting && n < least) return `「${s.name}」至少填写 ${least} 项`
  return null
}

/** The card's X items rebuilt from the org's tasks: the task's words, never the member's. */
export function normaliseXItems(items: CardItem[], tasks: readonly XTask[]): CardItem[] {
  const byId = new Map(tasks.map((t) => [t._id, t]))
  return items.map((item) => {
    const task = item.section === X_SECTION && item.taskId ? byId.get(item.taskId) : undefined
    return task ? { ...item, what: task.title, target: task.target, deadline: task.deadline } : item
  })
}

/**
 * Structural issues a draft may not have. `tasks`: the tasks that apply to the member (assigned to them,
 * or challenges they took).
 */
export function draftIssues(
  items: CardItem[],
  template: Pick<CardTemplate, 'sections'>,
  year: number,
  tasks: readonly XTask[]
): ItemIssue[] {
  const out: ItemIssue[] = []
  const sections = new Map(template.sections.map((s) => [s.id, s]))
  const taskIds = new Set(tasks.map((t) => t._id))
  const ids = new Set<string>()
  const xTasks = new Set<string>()
  items.forEach((item, i) => {
    const p = `items.${i}`
    if (!ITEM_ID.test(item.id)) out.push({ path: `${p}.id`, message: `${label(item, i)}的编号不正确` })
    else if (ids.has(item.id)) out.push({ path: `${p}.id`, message: `${label(item, i)}的编号重复` })
    ids.add(item.id)
    if (item.section === X_SECTION) {
      if (!item.taskId || !taskIds.has(item.taskId)) {
        out.push({ path: `${p}.taskId`, message: `${label(item, i)}：X 项只能来自党组织分派或认领的任务` })
      } else if (xTasks.has(item.taskId)) out.push({ path: `${p}.taskId`, message: `${label(item, i)}：同一任务只能加入一次` })
      else xTasks.add(item.taskId)
    } else {
      if (!sections.has(item.section)) out.push({ path: `${p}.section`, message: `${label(item, i)}所在栏目不存在` })
      if (item.taskId !== undefined) out.push({ path: `${p}.taskId`, message: `${label(item, i)}：只有 X 项可以关联任务` })
    }
    if (item.deadline !== null && !deadlineInYear(item.deadline, year)) {
      out.push({ path: `${p}.deadline`, message: `${label(item, i)}的截止日期应在 ${year} 年内` })
    }
  })
  for (const s of template.sections) {
    const issue = sectionCountIssue(s, items.filter((x) => x.section === s.id).length, false)
    if (issue) out.push({ path: 'items', message: issue })
  }
  if (xTasks.size > MAX_X_ITEMS) out.push({ path: 'items', message: `X 项最多 ${MAX_X_ITEMS} 项` })
  return out
}

/** What a submission needs beyond a valid draft: each section's minimum; a "what"; a target or a deadline. */
export function submitIssues(items: CardItem[], template: Pick<CardTemplate, 'sections'>): ItemIssue[] {
  const out: ItemIssue[] = []
  for (const s of template.sections) {
    const issue = sectionCountIssue(s, items.filter((x) => x.section === s.id).length, true)
    if (issue) out.push({ path: 'items', message: issue })
  }
  items.forEach((item, i) => {
    const p = `items.${i}`
    if (!item.what.trim()) out.push({ path: `${p}.what`, message: `第 ${i + 1} 项没有填写承诺内容` })
    else if (!isMeasurable(item)) {
      out.push({
        path: `${p}.target`,
        message: `${label(item, i)}既没有可衡量的目标，也没有完成时限：请填写目标（数字、日期或具体成果）或截止日期`
      })
    }
  })
  return out
}

/** The text a card publishes to the wall (what and target of every item), in pieces of at most `max` characters. */
export function publishedText(items: CardItem[], max = 2500): string[] {
  const lines = items.flatMap((x) => [x.what, x.target]).filter((s) => s.trim())
  const out: string[] = []
  let cur = ''
  for (const line of lines) {
    if (cur && cur.length + 1 + line.length > max) {
      out.push(cur)
      cur = ''
    }
    cur = cur ? `${cur}\n${line}` : line
  }
  if (cur) out.push(cur)
  return out
}
