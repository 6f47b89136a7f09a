// A task's attachment on the phone: the secretary picks one document (weapp: Taro.chooseMessageFile from a
// chat, PDF/Word; H5: the browser's file chooser) or one image (the photo picker, shrunk like voice's photos),
// it is checked against the same limits as the server's (shared/study/attachment.ts) and uploaded to
// study/<memberId>/<key>.<ext> (weapp: Taro.cloud.uploadFile; H5: the local cloud's upload route); the push
// sends its fileID and name. The member opens it: weapp downloads a document (Taro.downloadFile) and opens it
// (Taro.openDocument), previews an image (Taro.previewImage); H5 opens the temporary URL in a new tab.
import Taro from '@tarojs/taro'
import type { AttachmentExt, AttachmentInput, AttachmentView } from '@shared/study/api'
import { ATTACHMENT_KIND, attachmentCloudPath, DOCUMENT_EXTS, DOCUMENT_MAX_BYTES, extOf, IMAGE_MAX_BYTES } from '@shared/study/attachment'
import { PhotoError, pickPhotos, shrinkPhoto, uploadPhoto } from '@/core/files'
import { ensurePrivacyConsent } from '@/core/privacy/consent'

export interface PickedFile {
  /** A local path (weapp) or a blob: URL (H5). */
  localPath: string
  name: string
  size: number
}

const isWeapp = () => process.env.TARO_ENV === 'weapp'
/** A picked photo's name, members see it with its extension (the server reads the type from the name). */
const IMAGE_NAME = '学习材料图片'

/** What is wrong with a picked file before it is uploaded (the server checks again, by its bytes). */
export function pickedProblem(file: PickedFile): string | null {
  const ext = extOf(file.name)
  if (!ext) return '只能添加 PDF、Word 文档或图片'
  const max = ATTACHMENT_KIND[ext] === 'image' ? IMAGE_MAX_BYTES : DOCUMENT_MAX_BYTES
  if (file.size > max) return ATTACHMENT_KIND[ext] === 'image' ? '图片不能超过 2 兆字节' : '文档不能超过 10 兆字节'
  return null
}

/** H5: the browser's file chooser for one PDF/Word document; null when closed without a choice. */
function chooseInBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = DOCUMENT_EXTS.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    input.onchange = () => {
      const f = input.files?.[0]
      input.remove()
      resolve(f ? { localPath: URL.createObjectURL(f), name: f.name, size: f.size } : null)
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** One PDF/Word document: from a chat in weapp (chooseMessageFile), the file chooser in H5. */
export async function pickDocument(): Promise<PickedFile | null> {
  if (!isWeapp()) return chooseInBrowser()
  // chooseMessageFile is privacy-protected: the member agrees to the guide first (the app's consent sheet).
  if (!(await ensurePrivacyConsent())) return null
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [...DOCUMENT_EXTS] })
    const f = r.tempFiles[0]
    return f ? { localPath: f.path, name: f.name, size: f.size } : null
  } catch {
    return null // closed without a choice
  }
}

/** One image, shrunk on the phone (≤ 1280 px, ≤ 500 KB) as voice's photos are; named 学习材料图片.jpg. */
export async function pickImage(): Promise<PickedFile | null> {
  let picked: string[]
  try {
    picked = await pickPhotos(1)
  } catch {
    return null
  }
  if (!picked[0]) return null
  const small = await shrinkPhoto(picked[0])
  // shrinkPhoto keeps it within 500 KB; the size is not read back (the server reads the bytes).
  return { localPath: small, name: `${IMAGE_NAME}.jpg`, size: 0 }
}

/** A random upload key ([a-z0-9], 16 characters). */
export function uploadKey(random: () => number = Math.random): string {
  return Array.from({ length: 16 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('')
}

/** Uploads the picked file to the member's study folder; answers what the push sends. */
export async function uploadAttachment(file: PickedFile, memberId: string, key: string = uploadKey()): Promise<AttachmentInput> {
  const ext = extOf(file.name) as AttachmentExt
  try {
    return { fileID: await uploadPhoto(file.localPath, attachmentCloudPath(memberId, key, ext)), name: file.name }
  } catch (e) {
    throw new Error(e instanceof PhotoError && e.code !== 'UPLOAD_FAILED' ? e.message : '附件上传失败，请重试')
  }
}

/** Opens a ready attachment: weapp downloads and opens a document or previews an image; H5 opens its URL. */
export async function openAttachment(a: AttachmentView): Promise<void> {
  if (!a.url) return
  if (!isWeapp()) {
    window.open(a.url, '_blank', 'noopener')
    return
  }
  if (a.kind === 'image') {
    await Taro.previewImage({ current: a.url, urls: [a.url] })
    return
  }
  const r = await Taro.downloadFile({ url: a.url })
  if (r.statusCode !== 200) throw new Error('附件下载失败，请稍后再试')
  await Taro.openDocument({ filePath: r.tempFilePath, fileType: a.ext as 'pdf' | 'doc' | 'docx', showMenu: true })
}
