// The "seven ones" 七个一 of a political birthday (DOMAIN.md, seed 004): the default list; the committee
// may edit it (names, order, add or drop items); the branch ticks each item per member per year with who,
// when and a note. Pure.
import { isYmd } from '@shared/core/time'

export interface SevenOneItem {
  id: string
  name: string
}

export const DEFAULT_SEVEN_ONES: readonly SevenOneItem[] = [
  { id: 'card', name: '送一张政治生日贺卡' },
  { id: 'oath', name: '重温一次入党誓词' },
  { id: 'talk', name: '开展一次谈心谈话' },
  { id: 'book', name: '赠送一本书' },
  { id: 'lecture', name: '上一次党课' },
  { id: 'reflection', name: '写一篇初心感悟' },
  { id: 'pledge', name: '作一次承诺' }
]

export const MAX_ITEMS = 12
export const ITEM_ID = /^[a-z0-9-]{1,24}$/

export interface SevenOneMark {
  itemId: string
  done: boolean
  /** YYYY-MM-DD (CST) the item was done. */
  date: string | null
  note: string
  by: string
  at: string
}

/** Why a list cannot be saved, or null. */
export function listProblem(items: readonly SevenOneItem[]): string | null {
  if (!items.length) return '清单至少要有一项'
  if (items.length > MAX_ITEMS) return `清单最多 ${MAX_ITEMS} 项`
  const ids = new Set<string>()
  for (const i of items) {
    if (!ITEM_ID.test(i.id) || i.id in Object.prototype) return `项目编号“${i.id.slice(0, 24)}”不合规（小写字母、数字、短横线）`
    if (ids.has(i.id)) return `项目编号“${i.id}”重复`
    if (!i.name.trim()) return '项目名称不能为空'
    ids.add(i.id)
  }
  return null
}

/** Why a mark cannot be recorded against `list`, or null (date: a real day, not after today, not before the year). */
export function markProblem(
  list: readonly SevenOneItem[],
  itemId: string,
  year: number,
  date: string | null,
  today: string
): string | null {
  if (!list.some((i) => i.id === itemId)) return '清单中没有该项目'
  if (date !== null) {
    if (!isYmd(date)) return '完成日期不是有效日期'
    if (date > today) return '完成日期不能晚于今天'
    if (Number(date.slice(0, 4)) !== year) return '完成日期须在该年度内'
  }
  return null
}
