// A task's attachment: checked when the secretary pushes (this environment's file, their own upload, a name
// with a taken extension matching the file's, the bytes read back from storage of that type and size), an
// image sent to security.mediaCheckAsync (its verdict arrives as the `wxa_media_check` push, which the voice
// function keeps in `mediaVerdicts` by trace id: the console routes that event to one function); and shown
// to members by getTask with a temporary URL once it may be opened (a document at once: WeChat cannot check
// documents; an image once its verdict passed). Rules: shared/study/attachment.ts.
import type { AttachmentInput, AttachmentView, TaskAttachment } from '@shared/study/api'
import { ATTACHMENT_KIND, attachmentProblem, attachmentState, bytesProblem, extOf } from '@shared/study/attachment'
import { getCloud, type Database } from '@server/cloud'
import { getOrNull } from '@server/db'
import { AppError, invalidInput } from '@server/errors'

const SCENE_FORUM = 3
/** Long enough for WeChat to fetch the image (it does so within minutes). */
const MEDIA_URL_SECONDS = 3600
/** How long the member's link to the attachment lives. */
export const VIEW_URL_SECONDS = 7200

const notFound = () => new AppError('ATTACHMENT_NOT_FOUND', '附件不存在或无法使用，请重新上传')

function envOf(): string {
  const ctx = getCloud().getWXContext() as { ENV?: string }
  return ctx.ENV ?? ''
}

/** Checks the file the caller attached and reads what members will be shown; throws ATTACHMENT_* otherwise. */
export async function checkAttachment(memberId: string, input: AttachmentInput): Promise<Omit<TaskAttachment, 'traceId'>> {
  const problem = attachmentProblem(memberId, envOf(), input.fileID, input.name)
  if (problem === 'notFound') throw notFound()
  if (problem === 'name')
    throw invalidInput('附件名称不合规', [{ path: 'material.attachment.name', message: '附件名称为 1–60 个字，不含 / 和 \\' }])
  const ext = extOf(input.name)
  if (problem === 'ext' || !ext) throw new AppError('ATTACHMENT_TYPE', '附件只能是 PDF、Word 文档（doc、docx）或 JPG、PNG、WebP 图片')
  let bytes: Buffer
  try {
    const r = (await getCloud().downloadFile({ fileID: input.fileID })) as { fileContent?: Buffer }
    if (!r?.fileContent) throw new Error('no content')
    bytes = Buffer.from(r.fileContent)
  } catch {
    throw notFound()
  }
  const bad = bytesProblem(bytes, ext)
  if (bad === 'empty') throw notFound()
  if (bad === 'type') throw new AppError('ATTACHMENT_TYPE', `附件的内容不是 ${ext.toUpperCase()} 文件，请重新选择`)
  if (bad === 'size')
    throw new AppError('ATTACHMENT_TOO_LARGE', ATTACHMENT_KIND[ext] === 'image' ? '图片不能超过 2 兆字节' : '文档不能超过 10 兆字节')
  return { fileID: input.fileID, name: input.name.trim(), ext, kind: ATTACHMENT_KIND[ext], size: bytes.length }
}

function checkFailed(errCode: unknown): AppError {
  return new AppError('CONTENT_CHECK_FAILED', '内容安全检测暂时不可用，请稍后再发布', {
    errCode: typeof errCode === 'number' ? errCode : null
  })
}

/** An image published to members goes to security.mediaCheckAsync v2 (scene 3) first; its trace id. */
export async function requestImageCheck(openid: string, fileID: string): Promise<string> {
  const cloud = getCloud()
  try {
    const urls = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: MEDIA_URL_SECONDS }] })) as {
      fileList: Array<{ tempFileURL?: string; status?: number }>
    }
    const url = urls.fileList[0]?.tempFileURL
    if (!url) throw checkFailed(urls.fileList[0]?.status)
    const r = (await cloud.openapi.security.mediaCheckAsync({ openid, scene: SCENE_FORUM, version: 2, mediaType: 2, mediaUrl: url })) as {
      errCode?: number
      traceId?: string
    }
    if ((r?.errCode !== undefined && r.errCode !== 0) || typeof r?.traceId !== 'string') throw checkFailed(r?.errCode)
    return r.traceId
  } catch (e) {
    if (e instanceof AppError) throw e
    throw checkFailed((e as { errCode?: unknown } | null)?.errCode)
  }
}

/** The attachment as a member sees it: its state and, when ready, a temporary URL (null if storage answers none). */
export async function attachmentView(db: Database, a: TaskAttachment | undefined): Promise<AttachmentView | null> {
  if (!a) return null
  const verdict = a.traceId ? ((await getOrNull(db, 'mediaVerdicts', a.traceId))?.suggest ?? null) : null
  const state = attachmentState(a.kind, verdict)
  let url: string | null = null
  if (state === 'ready') {
    try {
      const r = (await getCloud().getTempFileURL({ fileList: [{ fileID: a.fileID, maxAge: VIEW_URL_SECONDS }] })) as {
        fileList: Array<{ tempFileURL?: string }>
      }
      url = r.fileList[0]?.tempFileURL || null
    } catch (e) {
      console.warn('[study.attachment] getTempFileURL failed', e)
    }
  }
  return { name: a.name, ext: a.ext, kind: a.kind, size: a.size, state, url }
}
