// Labels and small view rules of the commitment pages. Pure; table-tested.
import {
  CARD_STATUS_LABEL,
  CHECK_STATUS_LABEL,
  type CardStatus,
  type CheckStatus,
  type CheckWindow,
  type CommitmentCard,
  type QueueRow
} from '@shared/commitment/api'
import type { Org, RoleGrant } from '@shared/member/api'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'
import type { TagTone } from '@/core/components/Tag'

export const STATUS_TONE: Record<CardStatus | 'missing', TagTone> = {
  missing: 'warn',
  draft: 'plain',
  submitted: 'blue',
  approved: 'red',
  returned: 'warn'
}

export const statusLabel = (card: Pick<CommitmentCard, 'status'> | null) => (card ? CARD_STATUS_LABEL[card.status] : '未填写')

/** 12月17日 from 2026-12-17. */
export function monthDay(ymd: string): string {
  const [, m, d] = ymd.split('-')
  return `${Number(m)}月${Number(d)}日`
}

/** 第4季度自查：12月17日至1月15日. */
export function windowLabel(w: CheckWindow): string {
  return `第${w.quarter}季度自查：${monthDay(w.from)}至${monthDay(w.to)}`
}

export const checkLabel = (c: CheckStatus | 'missing' | null) => (c === 'missing' ? '未自查' : c ? CHECK_STATUS_LABEL[c] : '—')

/** The member may change the working copy: not while it waits for review. */
export const canEdit = (card: Pick<CommitmentCard, 'status'> | null) => !card || card.status !== 'submitted'

/**
 * Orgs whose review queue the caller opens: where they are secretary, deputy or committee member; for a group
 * leader (where the template allows it) the group's branch, whose queue the server narrows to the group.
 */
export function reviewOrgIds(roles: readonly RoleGrant[] | null | undefined, orgs: Record<string, Pick<Org, 'parentId'>> = {}): string[] {
  const ids: string[] = []
  for (const g of roles ?? []) {
    const id = g.role === 'groupLeader' ? (orgs[g.orgId]?.parentId ?? null) : BRANCH_COMMITTEE_ROLES.includes(g.role) ? g.orgId : null
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** Who is behind: no card, a draft or a returned card not resubmitted, or a self-check due and not filed. */
export function behind(rows: readonly QueueRow[]): QueueRow[] {
  return rows.filter((r) => r.status === 'missing' || r.status === 'draft' || r.status === 'returned' || r.check === 'missing')
}

/** What a behind row lacks, in words. */
export function behindReason(r: QueueRow): string {
  const parts: string[] = []
  if (r.status === 'missing') parts.push('未填写承诺卡')
  else if (r.status === 'draft') parts.push('草稿未提交')
  else if (r.status === 'returned') parts.push('退回未重新提交')
  if (r.check === 'missing') parts.push('本季度未自查')
  return parts.join('，')
}

/** A share as a whole percent (0 of 0 is 0). */
export const percent = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0)
