// The assessment's derived item cardSelfCheck (承诺卡自查完成率), per member: the items of the approved
// card due by the period's end (deadline, or 12-31 when the item has none) that an accepted self-check
// marked done, over those due. Only members with an approved card for the year of the period's end get
// a figure; everyone else, and a member with nothing due yet, is "no data" (null).
import type { CardItem, CheckEntry } from './api'
import { compareYmd } from '@shared/core/time'
import { quarterEnd } from './windows'

export interface MetricCard {
  memberId: string
  year: number
  /** The approved version's items; null without an approved version. */
  approvedItems: CardItem[] | null
}

export interface MetricCheck {
  memberId: string
  year: number
  quarter: number
  status: 'submitted' | 'accepted' | 'returned'
  entries: Array<Pick<CheckEntry, 'itemId' | 'progress'>>
}

/** The date an item is due: its deadline, else the last day of the card's year. */
export const dueDate = (item: Pick<CardItem, 'deadline'>, year: number): string => item.deadline ?? `${year}-12-31`

/** Items due by `by` (inclusive). */
export function dueItems<T extends Pick<CardItem, 'deadline'>>(items: readonly T[], year: number, by: string): T[] {
  return items.filter((x) => compareYmd(dueDate(x, year), by) <= 0)
}

/** done / due per member for the period ending `to` (YYYY-MM-DD); null = no data. */
export function cardSelfCheckMetrics(
  memberIds: readonly string[],
  to: string,
  cards: readonly MetricCard[],
  checks: readonly MetricCheck[]
): Map<string, { done: number; due: number } | null> {
  const year = Number(to.slice(0, 4))
  const out = new Map<string, { done: number; due: number } | null>()
  for (const memberId of memberIds) {
    const card = cards.find((c) => c.memberId === memberId && c.year === year)
    const due = card?.approvedItems ? dueItems(card.approvedItems, year, to) : []
    if (!due.length) {
      out.set(memberId, null)
      continue
    }
    const doneIds = new Set(
      checks
        .filter(
          (c) => c.memberId === memberId && c.year === year && c.status === 'accepted' && compareYmd(quarterEnd(year, c.quarter), to) <= 0
        )
        .flatMap((c) => c.entries.filter((e) => e.progress === 'done').map((e) => e.itemId))
    )
    out.set(memberId, { done: due.filter((x) => doneIds.has(x.id)).length, due: due.length })
  }
  return out
}
