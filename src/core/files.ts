// Saving a file the server sent as base64 (the ledger's xlsx): a download in H5, a document
// opened with the share menu in weapp.
import Taro from '@tarojs/taro'
import { ensurePrivacyConsent } from './privacy/consent'

export interface Base64File {
  fileName: string
  mimeType: string
  base64: string
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64)
  const out = new Uint8Array(new ArrayBuffer(bin.length))
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** H5: a Blob behind a temporary <a download>. */
function downloadInBrowser(file: Base64File) {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** weapp: write under USER_DATA_PATH, then open it (showMenu: forward it to a chat or save it). */
async function openInWeapp(file: Base64File) {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: file.base64, encoding: 'base64', success: () => resolve(), fail: reject })
  })
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}

export function saveFile(file: Base64File): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') return openInWeapp(file)
  downloadInBrowser(file)
  return Promise.resolve()
}

// ---------------------------------------------------------------------------------------------------
// Photos: pick, shrink on the phone, upload to cloud storage. weapp: Taro.chooseMedia,
// Taro.compressImage, Taro.cloud.uploadFile. H5: the file chooser, a canvas, an HTTP upload to the
// local cloud's gateway (POST /__storage/upload, as the signed-in user). Both answer a cloud fileID.

/** Photos are shrunk to at most this many pixels on the long side and this many bytes before upload. */
export const PHOTO_MAX_SIDE = 1280
export const PHOTO_MAX_BYTES = 500 * 1024
/** JPEG qualities tried in turn until the photo fits (0–100). */
export const QUALITY_STEPS = [82, 68, 54, 40] as const

/** The size of a w×h image scaled down (never up) to fit `max` on its long side, in whole pixels. */
export function fitWithin(width: number, height: number, max: number = PHOTO_MAX_SIDE): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 }
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

export class PhotoError extends Error {
  constructor(
    readonly code: 'PHOTO_TOO_LARGE' | 'PHOTO_UNREADABLE' | 'UPLOAD_FAILED',
    message: string
  ) {
    super(message)
  }
}

const isWeapp = () => process.env.TARO_ENV === 'weapp'

/** Lets the member choose up to `max` photos (album or camera); answers local paths (H5: blob: URLs). */
export async function pickPhotos(max: number): Promise<string[]> {
  if (max <= 0) return []
  if (isWeapp()) {
    // chooseMedia is privacy-protected: the member agrees to the guide first (the app's consent sheet).
    if (!(await ensurePrivacyConsent())) return []
    const r = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return r.tempFiles.map((f) => f.tempFilePath)
  }
  const r = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return r.tempFilePaths.slice(0, max)
}

async function weappFileSize(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (r) => resolve(r.size), fail: reject })
  })
}

async function shrinkInWeapp(src: string): Promise<string> {
  const info = await Taro.getImageInfo({ src })
  const target = fitWithin(info.width, info.height)
  for (const quality of QUALITY_STEPS) {
    const r = await Taro.compressImage({ src, quality, compressedWidth: target.width, compressedHeight: target.height })
    if ((await weappFileSize(r.tempFilePath)) <= PHOTO_MAX_BYTES) return r.tempFilePath
  }
  throw new PhotoError('PHOTO_TOO_LARGE', '照片压缩后仍超过 500 千字节，请换一张')
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new PhotoError('PHOTO_UNREADABLE', '无法读取这张照片'))
    img.src = src
  })
}

async function shrinkInBrowser(src: string): Promise<string> {
  const img = await loadImage(src)
  const target = fitWithin(img.naturalWidth, img.naturalHeight)
  if (!target.width) throw new PhotoError('PHOTO_UNREADABLE', '无法读取这张照片')
  const canvas = document.createElement('canvas')
  canvas.width = target.width
  canvas.height = target.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new PhotoError('PHOTO_UNREADABLE', '无法处理这张照片')
  ctx.drawImage(img, 0, 0, target.width, target.height)
  for (const quality of QUALITY_STEPS) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality / 100))
    if (blob && blob.size <= PHOTO_MAX_BYTES) return URL.createObjectURL(blob)
  }
  throw new PhotoError('PHOTO_TOO_LARGE', '照片压缩后仍超过 500 千字节，请换一张')
}

/** A JPEG of the photo at most 1280 px and 500 千字节 (weapp: Taro.compressImage; H5: a canvas). Answers a local path. */
export function shrinkPhoto(src: string): Promise<string> {
  return isWeapp() ? shrinkInWeapp(src) : shrinkInBrowser(src)
}

/** Uploads a local file to cloud storage at `cloudPath`, as the signed-in user; answers its fileID. */
export async function uploadPhoto(localPath: string, cloudPath: string): Promise<string> {
  if (isWeapp()) {
    const r = await Taro.cloud.uploadFile({ cloudPath, filePath: localPath })
    if (!r.fileID) throw new PhotoError('UPLOAD_FAILED', '照片上传失败，请重试')
    return r.fileID
  }
  const body = await (await fetch(localPath)).blob()
  let res: Response
  try {
    res = await fetch(`/__storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': body.type || 'application/octet-stream' },
      body
    })
  } catch {
    throw new PhotoError('UPLOAD_FAILED', '网络连接失败，照片未上传')
  }
  const reply = (await res.json().catch(() => null)) as { ok?: boolean; data?: { fileID?: string }; message?: string } | null
  if (!res.ok || !reply?.ok || !reply.data?.fileID) throw new PhotoError('UPLOAD_FAILED', reply?.message ?? '照片上传失败，请重试')
  return reply.data.fileID
}
