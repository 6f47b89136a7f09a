// Content security for suggestions. Text: security.msgSecCheck v2 (scene 3), synchronous — 'risky'
// refuses the sheet (CONTENT_RISKY, nothing written), 'review' files it held (never shown to peers).
// Photos: security.mediaCheckAsync v2 on a temporary URL, one trace id per photo; WeChat pushes each
// verdict later as the `wxa_media_check` message event (console: 消息推送 → 云函数 voice), which
// `onMediaCheck` keeps in `mediaVerdicts` (by trace id, so twice is once) and applies to the suggestion.
// A verdict that arrives before the suggestion is written waits there; `applyVerdicts` runs after
// every write too. A failed call refuses (CONTENT_CHECK_FAILED): nothing is published unchecked.
import type { Reply } from '@shared/core/envelope'
import { mergeVerdict, moderationOf, verdictOfSuggest } from '@shared/voice/photos'
import type { PhotoVerdict } from '@shared/voice/api'
import { type Database, getCloud, type Transaction } from '@server/cloud'
import { findByIds, getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError } from '@server/errors'
import type { SuggestionDoc, SuggestionHistoryDoc } from '@server/model'

export const SCENE_FORUM = 3
/** Long enough for WeChat to fetch the image (it does so within minutes). */
export const MEDIA_URL_SECONDS = 3600

interface SecReply {
  errCode?: number
  traceId?: string
  result?: { suggest?: string; label?: number }
}

function checkFailed(e: unknown): AppError {
  const errCode = (e as { errCode?: unknown } | null)?.errCode
  return new AppError('CONTENT_CHECK_FAILED', '内容安全检测暂时不可用，请稍后再提交', {
    errCode: typeof errCode === 'number' ? errCode : null
  })
}

/** 'pass' or 'review'; throws CONTENT_RISKY for risky text. */
export async function checkText(openid: string, texts: string[]): Promise<'pass' | 'review'> {
  const content = texts.filter(Boolean).join('\n')
  let reply: SecReply
  try {
    reply = (await getCloud().openapi.security.msgSecCheck({ openid, scene: SCENE_FORUM, version: 2, content })) as SecReply
  } catch (e) {
    throw checkFailed(e)
  }
  if (reply?.errCode !== undefined && reply.errCode !== 0) throw checkFailed(reply)
  const suggest = reply?.result?.suggest
  if (suggest === 'risky')
    throw new AppError('CONTENT_RISKY', '内容未通过微信内容安全检测，请修改后再提交', { label: reply.result?.label ?? null })
  if (suggest === 'review') return 'review'
  if (suggest === 'pass') return 'pass'
  throw checkFailed(reply)
}

/** Asks WeChat to check each photo; answers their trace ids in order. */
export async function requestMediaChecks(openid: string, fileIDs: string[]): Promise<string[]> {
  if (!fileIDs.length) return []
  const cloud = getCloud()
  try {
    const urls = (await cloud.getTempFileURL({ fileList: fileIDs.map((fileID) => ({ fileID, maxAge: MEDIA_URL_SECONDS })) })) as {
      fileList: Array<{ tempFileURL?: string; status?: number }>
    }
    const out: string[] = []
    for (const f of urls.fileList) {
      if (!f.tempFileURL) throw checkFailed({ errCode: f.status })
      const r = (await cloud.openapi.security.mediaCheckAsync({
        openid,
        scene: SCENE_FORUM,
        version: 2,
        mediaType: 2,
        mediaUrl: f.tempFileURL
      })) as SecReply
      if ((r?.errCode !== undefined && r.errCode !== 0) || typeof r?.traceId !== 'string') throw checkFailed(r)
      out.push(r.traceId)
    }
    return out
  } catch (e) {
    if (e instanceof AppError) throw e
    throw checkFailed(e)
  }
}

/** The `wxa_media_check` push: keep the verdict, then apply it to the suggestion that asked, if it is written yet. */
export async function onMediaCheck(event: Record<string, unknown>, now: Date): Promise<Reply<unknown>> {
  const db = getCloud().database()
  const traceId = typeof event.trace_id === 'string' ? event.trace_id : ''
  if (!traceId || traceId.length > 100) return { ok: false, code: 'INVALID_INPUT', message: '推送缺少 trace_id' }
  const result = (event.result ?? {}) as { suggest?: unknown; label?: unknown }
  const label = Number(result.label)
  try {
    await db.collection('mediaVerdicts').add({
      data: { _id: traceId, suggest: String(result.suggest ?? ''), label: Number.isFinite(label) ? label : null, at: now }
    })
  } catch (e) {
    if (!isDuplicateKeyError(e)) throw e
  }
  const res = await db.collection('suggestions').where({ 'photos.traceId': traceId }).limit(1).get()
  const doc = (res as unknown as { data: SuggestionDoc[] }).data[0]
  if (doc) await applyVerdicts(db, doc._id, now)
  return { ok: true, data: { traceId, applied: !!doc } }
}

/**
 * Brings the suggestion's photo verdicts and moderation up to date with `mediaVerdicts`. Verdicts only
 * move from pending (mergeVerdict), so two runs at once cannot undo each other; the update is one
 * transaction on the suggestion's document.
 */
export async function applyVerdicts(db: Database, suggestionId: string, now: Date): Promise<void> {
  const before = await getOrNull(db, 'suggestions', suggestionId)
  if (!before) return
  const traceIds = before.photos.map((p) => p.traceId).filter((t): t is string => !!t)
  if (!traceIds.length || before.photos.every((p) => p.verdict !== 'pending')) return
  const verdicts = await findByIds(db, 'mediaVerdicts', traceIds)
  const incoming = (traceId: string | null): PhotoVerdict | undefined => {
    const v = traceId ? verdicts.get(traceId) : undefined
    return v ? verdictOfSuggest(v.suggest) : undefined
  }
  await db.runTransaction(async (t: Transaction) => {
    const ref = t.collection('suggestions').doc(suggestionId)
    const cur = (await ref.get()).data as SuggestionDoc
    const photos = cur.photos.map((p) => ({ ...p, verdict: mergeVerdict(p.verdict, incoming(p.traceId)) }))
    const moderation = moderationOf(
      cur.textVerdict,
      photos.map((p) => p.verdict)
    )
    const changed = photos.some((p, i) => p.verdict !== cur.photos[i].verdict)
    if (!changed) return
    const history: SuggestionHistoryDoc[] =
      moderation !== 'pending' && cur.moderation === 'pending'
        ? [...cur.history, { at: now, action: 'moderated', by: null, note: moderation === 'passed' ? '通过' : '有照片未通过，不公开' }]
        : cur.history
    await ref.update({ data: { photos, moderation, history } })
  })
}
