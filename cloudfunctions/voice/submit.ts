// Filing a suggestion: validate → the caller → their photos (each one theirs, a JPEG/PNG/WebP ≤ 500 千字节,
// ≤ 1280 px, read back from storage: the bytes decide, not the name) → the text through msgSecCheck →
// a media check per photo → one insert. The _id comes from the member and the sheet's draftId, so a
// retried submit answers the suggestion already filed. Nothing is written when anything is refused.
import { cstYmd } from '@shared/core/time'
import type { VoiceApi } from '@shared/voice/api'
import { suggestionIdOf } from '@shared/voice/ids'
import { moderationOf, ownsPhoto, photoProblem } from '@shared/voice/photos'
import { requireCaller } from '@server/auth'
import { getCloud } from '@server/cloud'
import { getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError, invalidInput } from '@server/errors'
import type { SuggestionDoc } from '@server/model'
import { action } from '@server/router'
import { toDetail, viewerOf } from './common'
import { applyVerdicts, checkText, requestMediaChecks } from './moderation'
import { submitSchema } from './schemas'

const PHOTO_NOT_FOUND = '照片不存在或无法使用，请重新上传'

/** Every photo is the caller's own upload and fits the limits; refuses with the photo's number otherwise. */
async function checkPhotos(memberId: string, fileIDs: string[]): Promise<void> {
  const cloud = getCloud()
  for (const [i, fileID] of fileIDs.entries()) {
    const n = i + 1
    if (!ownsPhoto(memberId, fileID)) throw new AppError('PHOTO_NOT_FOUND', `第 ${n} 张${PHOTO_NOT_FOUND}`, { index: i })
    let bytes: Buffer
    try {
      const r = (await cloud.downloadFile({ fileID })) as { fileContent?: Buffer }
      if (!r?.fileContent) throw new Error('no content')
      bytes = Buffer.from(r.fileContent)
    } catch {
      throw new AppError('PHOTO_NOT_FOUND', `第 ${n} 张${PHOTO_NOT_FOUND}`, { index: i })
    }
    const { problem } = photoProblem(bytes)
    if (problem === 'type') throw new AppError('PHOTO_TYPE', `第 ${n} 张照片格式不支持，只能是 JPG、PNG 或 WebP`, { index: i })
    if (problem === 'bytes') throw new AppError('PHOTO_TOO_LARGE', `第 ${n} 张照片超过 500 千字节，请压缩后重新上传`, { index: i })
    if (problem === 'side') throw new AppError('PHOTO_TOO_LARGE', `第 ${n} 张照片超过 1280 像素，请压缩后重新上传`, { index: i })
  }
}

export const submit = action({
  schema: submitSchema,
  async handler(input, { db, openid, now }): Promise<VoiceApi['submit']['res']> {
    const caller = await requireCaller(db, openid)
    const orgId = caller.member.assessingOrgId
    if (!orgId) throw invalidInput('你还没有所在的党组织，请联系支部书记')
    const id = suggestionIdOf(caller.memberId, input.draftId)
    const viewer = await viewerOf(db, caller)(orgId)
    if (await getOrNull(db, 'suggestions', id)) {
      // A retried sheet: the one filed, with any verdict that arrived since applied.
      await applyVerdicts(db, id, now)
      const already = await getOrNull(db, 'suggestions', id)
      if (already) return toDetail(db, already, viewer, now)
    }

    await checkPhotos(caller.memberId, input.photos)
    const location = input.location ? input.location : null
    const textVerdict = await checkText(openid, [input.title, input.content, location ?? ''])
    const traceIds = await requestMediaChecks(openid, input.photos)
    const photos = input.photos.map((fileID, i) => ({ fileID, traceId: traceIds[i], verdict: 'pending' as const }))
    const doc: SuggestionDoc = {
      _id: id,
      memberId: caller.memberId,
      orgId,
      homeOrgId: caller.member.homeOrgId || orgId,
      year: cstYmd(now).y,
      category: input.category,
      title: input.title,
      content: input.content,
      location,
      hiddenFromPeers: input.hiddenFromPeers,
      photos,
      textVerdict,
      moderation: moderationOf(
        textVerdict,
        photos.map((p) => p.verdict)
      ),
      status: 'submitted',
      handlerId: null,
      answer: null,
      reopenReason: null,
      submittedAt: now,
      receivedAt: null,
      answeredAt: null,
      reopenedAt: null,
      closedAt: null,
      history: [{ at: now, action: 'submit', by: caller.memberId, note: null }]
    }
    try {
      await db.collection('suggestions').add({ data: doc })
    } catch (e) {
      if (!isDuplicateKeyError(e)) throw e
      // The same sheet sent twice at once: the first one is the suggestion.
      const first = await getOrNull(db, 'suggestions', id)
      if (first) return toDetail(db, first, viewer, now)
      throw e
    }
    // A verdict may have arrived before the insert.
    await applyVerdicts(db, id, now)
    return toDetail(db, (await getOrNull(db, 'suggestions', id)) ?? doc, viewer, now)
  }
})
