// View helpers of the study pages (pure, table-tested): a task's status line, hours, the orgs a caller
// works on, a blank plan item.
import type { Org, RoleGrant } from '@shared/member/api'
import { addDaysYmd, compareYmd, daysInMonth, formatYmd } from '@shared/core/time'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'
import { type AnalysisCounts, type CommitteePush, type MyTask, type PlanItem, REPORT_STATUS_LABEL } from '@shared/study/api'
import { ANALYSIS_COUNT_KEYS, ANALYSIS_COUNT_LABEL } from '@shared/study/stats'
import type { TagTone } from '@/core/components/Tag'

/** 未提交 / 已逾期 / 草稿 / 待审核 / 已通过 / 已退回 / 已签到 (collective study): what the member's list shows. */
export function taskStatus(t: Pick<MyTask, 'report' | 'overdue' | 'checkedIn' | 'hours'>): { label: string; tone: TagTone } {
  if (t.report?.status === 'accepted') return { label: REPORT_STATUS_LABEL.accepted, tone: 'blue' }
  if (t.checkedIn && t.hours > 0) return { label: '已签到', tone: 'blue' }
  if (t.report?.status === 'returned') return { label: REPORT_STATUS_LABEL.returned, tone: 'red' }
  if (t.report?.status === 'submitted')
    return { label: t.report.late ? '待审核（逾期提交）' : REPORT_STATUS_LABEL.submitted, tone: 'plain' }
  if (t.overdue) return { label: '已逾期', tone: 'warn' }
  if (t.report?.status === 'draft') return { label: REPORT_STATUS_LABEL.draft, tone: 'plain' }
  return { label: '未提交', tone: 'plain' }
}

/** 2 学时, 1.5 学时. */
export const hoursText = (h: number) => `${Math.round(h * 2) / 2} 学时`

/** The branches the caller reviews or manages in: the branch committee's orgs, and a group leader's branch. */
export function studyOrgIds(roles: readonly RoleGrant[] | null | undefined, orgs: Record<string, Pick<Org, 'parentId'>> = {}): string[] {
  const ids: string[] = []
  for (const g of roles ?? []) {
    const id = g.role === 'groupLeader' ? (orgs[g.orgId]?.parentId ?? null) : BRANCH_COMMITTEE_ROLES.includes(g.role) ? g.orgId : null
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** A new item for the month: its id unique among `items` (m<month>-<n>). */
export function blankItem(items: readonly PlanItem[], month: number): PlanItem {
  let n = 1
  while (items.some((x) => x.id === `m${month}-${n}`)) n++
  return { id: `m${month}-${n}`, month, content: '', hours: 2, required: true, audience: { kind: 'all' } }
}

/** The 1..12 months of a plan with their items, in order. */
export function byMonth(items: readonly PlanItem[]): Array<{ month: number; items: PlanItem[] }> {
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: items.filter((x) => x.month === i + 1) }))
}

/** The deadline a push form starts with: the last day of the item's month when still ahead, else a week from today. */
export function defaultDeadline(item: Pick<PlanItem, 'month'>, year: number, today: string): string {
  const end = formatYmd({ y: year, m: item.month, d: daysInMonth(year, item.month) })
  return compareYmd(end, today) >= 0 ? end : addDaysYmd(today, 7)
}

/**
 * A committee item's reach as its line shows it: 未下发; 已下发到 3/4 个支部 (a branch added since: push again);
 * the branches holding an older version (the item was changed after its push). `again`: the action reads 重新下发.
 */
export function reachLine(reach: CommitteePush, itemId: string): { label: string; tone: TagTone; note: string | null; again: boolean } {
  const r = reach.items[itemId] ?? { reached: 0, current: 0 }
  if (!r.reached) return { label: '未下发', tone: 'plain', note: null, again: false }
  const old = r.reached - r.current
  const missing = reach.branches - r.reached
  const notes = [...(old ? [`${old} 个支部是修改前的内容`] : []), ...(missing > 0 ? [`${missing} 个支部还没有`] : [])]
  return {
    label: `已下发 ${r.reached}/${reach.branches} 个支部`,
    tone: notes.length ? 'warn' : 'blue',
    note: notes.length ? `${notes.join('，')}，可重新下发` : null,
    again: true
  }
}

/** 未提交 3 · 待小组评议 1 · 合格 5: the quarter's analyses, the statuses with any; 无 when none. */
export const analysesLine = (r: { analyses: AnalysisCounts }): string =>
  ANALYSIS_COUNT_KEYS.filter((k) => r.analyses[k] > 0)
    .map((k) => `${ANALYSIS_COUNT_LABEL[k]} ${r.analyses[k]}`)
    .join(' · ') || '无'
