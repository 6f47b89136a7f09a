// The yearly plan's items: checks beyond field shapes (unique ids, half-hour steps, a group audience names
// a group of the org), and pushing a committee item into a branch plan.
import type { CommitteePush, PlanItem } from './api'

export const MAX_PLAN_ITEMS = 120
export const HOURS_MIN = 0.5
export const HOURS_MAX = 40

export function planIssues(items: readonly PlanItem[], groupIds: readonly string[]): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = []
  const seen = new Set<string>()
  items.forEach((x, i) => {
    if (seen.has(x.id)) out.push({ path: `items.${i}.id`, message: '学习计划条目编号重复' })
    seen.add(x.id)
    if (!Number.isFinite(x.hours) || x.hours < HOURS_MIN || x.hours > HOURS_MAX || Math.round(x.hours * 2) !== x.hours * 2) {
      out.push({ path: `items.${i}.hours`, message: `学时应为 ${HOURS_MIN}–${HOURS_MAX}，以 0.5 为单位` })
    }
    if (x.audience.kind === 'group' && !groupIds.includes(x.audience.groupId ?? '')) {
      out.push({ path: `items.${i}.audience.groupId`, message: '请选择本支部的党小组' })
    }
    if (x.audience.kind !== 'group' && x.audience.groupId) {
      out.push({ path: `items.${i}.audience.groupId`, message: '只有面向党小组的条目才选择党小组' })
    }
  })
  return out
}

/**
 * The branch plan's items after the committee pushes `item`: added as `c-<id>` (a group audience cannot
 * cross into a branch, so the committee pushes only all/dispatched/gig), or replaced if pushed before.
 */
export function withPushedItem(branchItems: readonly PlanItem[], item: PlanItem, committeeId: string): PlanItem[] {
  const pushed: PlanItem = { ...item, id: `c-${item.id}`.slice(0, 24), fromCommittee: committeeId }
  const rest = branchItems.filter((x) => x.id !== pushed.id)
  return [...rest, pushed].sort((a, b) => a.month - b.month || a.id.localeCompare(b.id))
}

/** Two items say the same (month, content, 学时, 必学, audience): ids and `fromCommittee` aside. */
export const sameItem = (a: PlanItem, b: PlanItem): boolean =>
  a.month === b.month &&
  a.content === b.content &&
  a.hours === b.hours &&
  a.required === b.required &&
  a.audience.kind === b.audience.kind &&
  (a.audience.groupId ?? null) === (b.audience.groupId ?? null)

/**
 * How far the committee's items reached: per item, the branch plans (of the branches under it) holding its
 * pushed copy, and of those the ones still equal to the item (the committee edited it after pushing: the
 * others hold the old text until it is pushed again).
 */
export function committeeReach(
  committeeId: string,
  items: readonly PlanItem[],
  branchPlans: ReadonlyArray<{ items: readonly PlanItem[] }>,
  branches: number
): CommitteePush {
  const out: CommitteePush['items'] = {}
  for (const item of items) {
    const pushed = withPushedItem([], item, committeeId)[0]
    let reached = 0
    let current = 0
    for (const p of branchPlans) {
      const copy = p.items.find((x) => x.id === pushed.id && x.fromCommittee === committeeId)
      if (!copy) continue
      reached++
      if (sameItem(copy, item)) current++
    }
    out[item.id] = { reached, current }
  }
  return { branches, items: out }
}

/**
 * A branch's save: its own items as sent, the committee's items as stored (a branch cannot change or drop
 * what the committee pushed; items the client sends with the committee's `c-` ids are ignored).
 */
export function mergeBranchEdit(stored: readonly PlanItem[], sent: readonly PlanItem[]): PlanItem[] {
  const own = sent.filter((x) => !x.fromCommittee && !x.id.startsWith('c-'))
  return [...own, ...stored.filter((x) => x.fromCommittee)].sort((a, b) => a.month - b.month || a.id.localeCompare(b.id))
}

/** 参加组织生活 pre-fill: "本季度应参加组织生活 5 次，实际签到 4 次。" */
export const orgLifeText = (present: number, expected: number): string =>
  expected ? `本季度应参加组织生活 ${expected} 次，实际签到 ${present} 次。` : '本季度暂无需要参加的组织生活。'
