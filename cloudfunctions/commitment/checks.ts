// The quarterly self-check: the member files it inside its window (the window's dates in the refusal)
// against the approved version; a reviewer of the card accepts it or returns it with a reason.
import type { CommitmentApi, SelfCheck } from '@shared/commitment/api'
import { canFileCheck, canReviewCheck, entryIssues } from '@shared/commitment/checks'
import { checkWindow, isInWindow, windowText } from '@shared/commitment/windows'
import { requireCaller } from '@server/auth'
import type { Transaction } from '@server/cloud'
import { getOrNull } from '@server/db'
import { AppError, conflict, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { committeeOf, loadCard, loadMember, loadOrg, requireReviewer, templateOf } from './access'
import { cardIdOf, checkIdOf, stateError } from './common'
import { inTransaction } from '@server/db'
import { checkId, entrySchema, quarter, rev, year } from './schemas'

export const submitCheck = action({
  schema: v.object({
    year: year(),
    quarter: quarter(),
    entries: v.array(entrySchema, { max: 60, label: '自查事项' }),
    rev: v.optional(rev())
  }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['submitCheck']['res']> {
    const caller = await requireCaller(db, openid)
    const id = cardIdOf(caller.memberId, input.year)
    const card = await getOrNull(db, 'commitmentCards', id)
    if (!card || card.approvedVersion === null || !card.approvedItems) {
      throw new AppError('CARD_NOT_APPROVED', '承诺卡审核通过后才能进行季度自查')
    }
    const template = await templateOf(db, card.templateId, await committeeOf(db, await loadOrg(db, card.orgId)))
    const window = checkWindow(input.year, input.quarter, template.checkWindow)
    if (!isInWindow(window, now)) {
      throw new AppError('CHECK_WINDOW_CLOSED', `不在自查时间内：${windowText(input.year, window)}`, { window })
    }
    const issues = entryIssues(input.entries, card.approvedItems)
    if (issues.length) throw new AppError('CHECK_INVALID', `自查填写有误：${issues[0].message}`, issues)
    const cid = checkIdOf(id, input.quarter)
    const at = now.toISOString()
    const check = await inTransaction(db, async (t: Transaction) => {
      const existing = await getOrNull(t, 'commitmentChecks', cid)
      const may = canFileCheck(existing?.status ?? null)
      if (!may.ok) throw new AppError('CHECK_STATE', may.message)
      if ((existing?.rev ?? 0) !== (input.rev ?? 0)) throw conflict('本季度自查刚被修改或审核，请刷新后重试', { rev: existing?.rev ?? 0 })
      const doc: SelfCheck = {
        _id: cid,
        cardId: id,
        memberId: caller.memberId,
        orgId: card.orgId,
        year: input.year,
        quarter: input.quarter,
        version: card.approvedVersion as number,
        entries: input.entries,
        status: 'submitted',
        returnReason: null,
        submittedAt: at,
        reviewedAt: null,
        reviewedBy: null,
        rev: (existing?.rev ?? 0) + 1
      }
      const { _id, ...data } = doc
      await t.collection('commitmentChecks').doc(cid).set({ data })
      return doc
    })
    return { check: check as SelfCheck }
  }
})

export const reviewCheck = action({
  schema: v.object({
    checkId: checkId(),
    rev: rev(),
    decision: v.enum(['accept', 'return'] as const, { label: '审核结果' }),
    reason: v.optional(v.string({ max: 200, label: '退回原因' }))
  }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['reviewCheck']['res']> {
    const caller = await requireCaller(db, openid)
    const found = await getOrNull(db, 'commitmentChecks', input.checkId)
    if (!found) throw notFound('该自查不存在')
    const card = await loadCard(db, found.cardId)
    const member = await loadMember(db, card.memberId)
    requireReviewer(caller, card, member, await templateOf(db, card.templateId, await committeeOf(db, await loadOrg(db, card.orgId))))
    if (input.decision === 'return' && !input.reason)
      throw invalidInput('退回时请填写原因', [{ path: 'reason', message: '退回原因为必填项' }])
    const at = now.toISOString()
    const check = await inTransaction(db, async (t: Transaction) => {
      const cur = await getOrNull(t, 'commitmentChecks', input.checkId)
      if (!cur || cur.rev !== input.rev) throw conflict('该自查刚被修改或审核，请刷新后重试', { rev: cur?.rev ?? 0 })
      const may = canReviewCheck(cur.status)
      if (!may.ok) throw stateError(may.message)
      const next: SelfCheck = {
        ...cur,
        status: input.decision === 'accept' ? 'accepted' : 'returned',
        returnReason: input.decision === 'return' ? (input.reason as string) : null,
        reviewedAt: at,
        reviewedBy: caller.memberId,
        rev: cur.rev + 1
      }
      const { _id, ...data } = next
      await t.collection('commitmentChecks').doc(cur._id).set({ data })
      return next
    })
    return { check: check as SelfCheck }
  }
})
