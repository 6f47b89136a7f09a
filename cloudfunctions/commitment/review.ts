// Reviewers: the queue (counts and who is behind), a card with its versions and checks, approve or
// return (a reason, a comment per item; one winner when two act at once: the rev), and the secretary's
// withdrawal of a card from the wall (a reason, audited).
import type { CommitmentApi, QueueRow, ReturnNote } from '@shared/commitment/api'
import { checkColumn, emptyCheckCounts, emptyCounts, QUEUE_ORDER } from '@shared/commitment/queue'
import { transition } from '@shared/commitment/state'
import { currentOrLastWindow } from '@shared/commitment/windows'
import { cardYearOf } from '@shared/commitment/year'
import { hasRole } from '@shared/member/roles'
import { requireCaller } from '@server/auth'
import { findAll } from '@server/db'
import { AppError, conflict, forbidden, invalidInput } from '@server/errors'
import type { CardDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import {
  committeeOf,
  canReadCard,
  isCommitteeOf,
  isStaffOf,
  latestTemplate,
  loadCard,
  loadMember,
  loadOrg,
  requireReviewer,
  templateOf
} from './access'
import { checkIdOf, checksOf, stateError, tasksFor, tasksOfOrg, toCard, versionIdOf, versionsOf, withCardAt } from './common'
import { cardId, orgId, reason, rev, year } from './schemas'

export const reviewQueue = action({
  schema: v.object({ orgId: orgId(), year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['reviewQueue']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    const committeeId = await committeeOf(db, org)
    const template = await latestTemplate(db, committeeId)
    // Group leaders (where allowed) see their own group's members only.
    const groups = template.groupLeadersReview ? caller.roles.filter((r) => r.role === 'groupLeader').map((r) => r.orgId) : []
    const whole = isCommitteeOf(caller, org._id) || isStaffOf(caller, committeeId)
    if (!whole && !groups.length) throw forbidden('只有该支部的书记、副书记、支委可以查看审核队列')
    const y = input.year ?? cardYearOf(now)
    const members = (
      await findAll(db, 'members', { assessingOrgId: org._id }, { field: { name: true, groupId: true, roles: true } })
    ).filter((m) => whole || (m.groupId && groups.includes(m.groupId)))
    if (!whole && !members.length) throw forbidden('只有该支部的书记、副书记、支委可以查看审核队列')
    const cards = new Map(
      (
        await findAll(
          db,
          'commitmentCards',
          { orgId: org._id, year: y },
          { field: { memberId: true, status: true, rev: true, updatedAt: true, approvedVersion: true } }
        )
      ).map((c) => [c.memberId, c])
    )
    const window = currentOrLastWindow(y, template.checkWindow, now)
    const checks = window
      ? new Map(
          (
            await findAll(
              db,
              'commitmentChecks',
              { orgId: org._id, year: y, quarter: window.quarter },
              { field: { memberId: true, status: true } }
            )
          ).map((c) => [c.memberId, c])
        )
      : new Map()
    const counts = emptyCounts()
    const checkCounts = emptyCheckCounts()
    const rows: QueueRow[] = members.map((m) => {
      const card = cards.get(m._id)
      const check = checks.get(m._id)
      const status = card?.status ?? 'missing'
      const column = checkColumn(card?.approvedVersion != null, !!window, check?.status ?? null)
      counts[status]++
      if (column) checkCounts[column]++
      return {
        memberId: m._id,
        name: m.name,
        groupId: m.groupId ?? null,
        status,
        cardId: card?._id ?? null,
        rev: card?.rev ?? null,
        submittedAt: card?.status === 'submitted' ? card.updatedAt : null,
        check: column,
        checkId: check?._id ?? (card && column ? checkIdOf(card._id, window?.quarter ?? 1) : null)
      }
    })
    rows.sort((a, b) => QUEUE_ORDER[a.status] - QUEUE_ORDER[b.status] || a.name.localeCompare(b.name, 'zh'))
    return { orgId: org._id, year: y, counts, checkCounts, window, rows }
  }
})

export const getCard = action({
  schema: v.object({ cardId: cardId() }),
  async handler(input, { db, openid }): Promise<CommitmentApi['getCard']['res']> {
    const caller = await requireCaller(db, openid)
    const card = await loadCard(db, input.cardId)
    const member = await loadMember(db, card.memberId)
    const committeeId = await committeeOf(db, await loadOrg(db, card.orgId))
    const template = await templateOf(db, card.templateId, committeeId)
    if (!canReadCard(caller, card, member, template, committeeId)) throw forbidden('你不能查看这张承诺卡')
    const [versions, checks, tasks] = await Promise.all([
      versionsOf(db, card._id),
      checksOf(db, card._id),
      tasksOfOrg(db, card.orgId, card.year)
    ])
    return { card: toCard(card), versions, checks, template, tasks: tasksFor(tasks, card.memberId) }
  }
})

export const reviewCard = action({
  schema: v.object({
    cardId: cardId(),
    rev: rev(),
    decision: v.enum(['approve', 'return'] as const, { label: '审核结果' }),
    reason: v.optional(v.string({ max: 200, label: '退回原因' })),
    itemComments: v.optional(v.unknown())
  }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['reviewCard']['res']> {
    const caller = await requireCaller(db, openid)
    const card = await loadCard(db, input.cardId)
    const member = await loadMember(db, card.memberId)
    const template = await templateOf(db, card.templateId, await committeeOf(db, await loadOrg(db, card.orgId)))
    requireReviewer(caller, card, member, template)
    const comments = itemComments(input.itemComments, card)
    if (input.decision === 'return' && !input.reason) {
      throw invalidInput('退回时请填写原因', [{ path: 'reason', message: '退回原因为必填项' }])
    }
    if (input.decision === 'approve' && (input.reason || Object.keys(comments).length)) {
      throw invalidInput('通过时不填写退回原因和逐项意见', [{ path: 'reason', message: '通过时不填写退回原因' }])
    }
    if (card.rev !== input.rev) throw conflict('承诺卡刚被修改（本人保存或他人审核），请刷新后重试', { rev: card.rev })
    const verdict = transition(card.status, input.decision)
    if (!verdict.ok) throw stateError(verdict.message)
    const at = now.toISOString()
    const note: ReturnNote | null =
      input.decision === 'return'
        ? { reason: input.reason as string, itemComments: comments, by: caller.memberId, byName: caller.member.name, at }
        : null
    const next = await withCardAt(db, card._id, input.rev, async (t, current) => {
      const cur = current as CardDoc
      const updated: CardDoc =
        input.decision === 'approve'
          ? {
              ...cur,
              status: verdict.next,
              rev: cur.rev + 1,
              approvedVersion: cur.lastVersion,
              approvedItems: cur.items,
              approvedAt: at,
              withdrawn: null,
              returnNote: null,
              updatedAt: at
            }
          : { ...cur, status: verdict.next, rev: cur.rev + 1, returnNote: note, updatedAt: at }
      await t
        .collection('commitmentVersions')
        .doc(versionIdOf(cur._id, cur.lastVersion))
        .update({
          data: {
            decision: input.decision === 'approve' ? 'approved' : 'returned',
            decidedAt: at,
            decidedBy: caller.memberId,
            decidedByName: caller.member.name,
            returnNote: note
          }
        })
      const { _id, ...data } = updated
      await t.collection('commitmentCards').doc(cur._id).set({ data })
      return updated
    })
    return { card: toCard(next) }
  }
})

/** `{ itemId: comment }` for items of the card's working copy; at most one per item, 200 characters each. */
function itemComments(value: unknown, card: CardDoc): Record<string, string> {
  if (value === undefined) return {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidInput('逐项意见格式不正确', [{ path: 'itemComments', message: '逐项意见必须是对象' }])
  }
  const ids = new Set(card.items.map((x) => x.id))
  const out: Record<string, string> = {}
  for (const [k, c] of Object.entries(value as Record<string, unknown>)) {
    const path = `itemComments.${k.slice(0, 30)}`
    if (!ids.has(k)) throw invalidInput('逐项意见针对的事项不在这张承诺卡上', [{ path, message: '事项不存在' }])
    if (typeof c !== 'string' || !c.trim() || c.length > 200) {
      throw invalidInput('每条逐项意见应为 1–200 个字', [{ path, message: '意见应为 1–200 个字' }])
    }
    out[k] = c.trim()
  }
  return out
}

export const withdrawCard = action({
  schema: v.object({ cardId: cardId(), reason: reason('撤下原因') }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['withdrawCard']['res']> {
    const caller = await requireCaller(db, openid)
    const card = await loadCard(db, input.cardId)
    if (!hasRole(caller.roles, card.orgId, ['secretary'])) throw forbidden('只有该支部书记可以从承诺墙撤下承诺卡')
    if (card.approvedVersion === null) throw stateError('这张承诺卡还没有上墙')
    if (card.withdrawn) throw new AppError('CARD_STATE', '这张承诺卡已从承诺墙撤下')
    const at = now.toISOString()
    const withdrawn = { reason: input.reason, by: caller.memberId, byName: caller.member.name, at }
    const next = await withCardAt(db, card._id, card.rev, async (t, current) => {
      const cur = current as CardDoc
      const updated: CardDoc = { ...cur, withdrawn, rev: cur.rev + 1, updatedAt: at }
      const { _id, ...data } = updated
      await t.collection('commitmentCards').doc(cur._id).set({ data })
      await t
        .collection('commitmentAudit')
        .doc(`withdraw:${cur._id}:${cur.rev}`)
        .set({
          data: {
            at,
            by: caller.memberId,
            byName: caller.member.name,
            action: 'withdraw',
            orgId: cur.orgId,
            cardId: cur._id,
            reason: input.reason
          }
        })
      return updated
    })
    return { card: toCard(next) }
  }
})
