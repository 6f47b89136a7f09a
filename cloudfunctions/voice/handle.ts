// The branch answers, the member confirms: receive → (assign who) → answer → confirm | reopen. Each
// action: the caller → a suggestion they may read (NOT_FOUND otherwise) → may they do it (FORBIDDEN)
// → does the state allow it (WRONG_STATE) → text through msgSecCheck where others will read it → one
// conditional update on the state read (CONFLICT when someone else acted first; nothing written).
import type { Status, VoiceApi } from '@shared/voice/api'
import { canHandle } from '@shared/voice/access'
import type { VoiceEvent } from '@shared/voice/rules'
import { onCommitteeOf } from '@shared/member/roles'
import { type Caller, requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { getOrNull } from '@server/db'
import { AppError, conflict, forbidden, notFound } from '@server/errors'
import type { SuggestionDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { loadReadable, requireTransition, toDetail } from './common'
import { checkText } from './moderation'
import { answerText, memberId, reasonText, suggestionId } from './schemas'

type Detail = VoiceApi['get']['res']

async function act(
  db: Database,
  openid: string,
  now: Date,
  id: string,
  event: VoiceEvent,
  who: 'branch' | 'author',
  patch: (doc: SuggestionDoc, next: Status, caller: Caller) => Promise<{ set: Partial<SuggestionDoc>; note: string | null }>
): Promise<Detail> {
  const caller = await requireCaller(db, openid)
  const { doc, viewer } = await loadReadable(db, caller, id)
  if (who === 'branch' && !canHandle(viewer, doc)) {
    throw forbidden(doc.memberId === caller.memberId ? '不能办理自己提出的建议' : '只有该支部的书记、副书记、支委可以办理建议')
  }
  if (who === 'author' && doc.memberId !== caller.memberId) throw forbidden('只有提出建议的党员本人可以确认或重新打开')
  const next = requireTransition(doc, event)
  const { set, note } = await patch(doc, next, caller)
  const _ = db.command
  const res = await db
    .collection('suggestions')
    .where({ _id: doc._id, status: doc.status })
    .update({ data: { ...set, status: next, history: _.push([{ at: now, action: event, by: caller.memberId, note }]) } })
  if (((res as { stats?: { updated?: number } }).stats?.updated ?? 0) !== 1) throw conflict('该建议刚被其他人处理过，请刷新后重试')
  const after = await getOrNull(db, 'suggestions', doc._id)
  if (!after) throw notFound()
  return toDetail(db, after, viewer, now)
}

export const receive = action({
  schema: v.object({ id: suggestionId() }),
  handler: (input, { db, openid, now }) =>
    act(db, openid, now, input.id, 'receive', 'branch', async () => ({ set: { receivedAt: now }, note: null }))
})

export const assign = action({
  schema: v.object({ id: suggestionId(), handlerId: memberId('办理人') }),
  handler: (input, { db, openid, now }) =>
    act(db, openid, now, input.id, 'assign', 'branch', async (doc) => {
      const handler = await getOrNull(db, 'members', input.handlerId)
      if (!handler || !onCommitteeOf(handler.roles, doc.orgId))
        throw new AppError('INVALID_HANDLER', '办理人须是该支部的书记、副书记或支委')
      return { set: { handlerId: handler._id }, note: handler.name }
    })
})

export const answer = action({
  schema: v.object({ id: suggestionId(), answer: answerText() }),
  handler: (input, { db, openid, now }) =>
    act(db, openid, now, input.id, 'answer', 'branch', async () => {
      // The author (and, unless hidden, their peers) read the answer.
      await checkText(openid, [input.answer]).then((verdict) => {
        if (verdict === 'review') throw new AppError('CONTENT_REVIEW', '答复中有内容需要修改后再发布')
      })
      return { set: { answer: input.answer, answeredAt: now }, note: null }
    })
})

export const confirm = action({
  schema: v.object({ id: suggestionId() }),
  handler: (input, { db, openid, now }) =>
    act(db, openid, now, input.id, 'confirm', 'author', async () => ({ set: { closedAt: now }, note: null }))
})

export const reopen = action({
  schema: v.object({ id: suggestionId(), reason: reasonText() }),
  handler: (input, { db, openid, now }) =>
    act(db, openid, now, input.id, 'reopen', 'author', async () => {
      await checkText(openid, [input.reason])
      return { set: { reopenReason: input.reason, reopenedAt: now }, note: input.reason }
    })
})
