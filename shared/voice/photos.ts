// Photos of a suggestion: where the app uploads them, which file IDs a member may attach, what a
// photo's bytes must be, and the suggestion's moderation from its photos' verdicts. Pure.
import { type ImageInfo, sniffImage } from '@shared/core/image'
import type { Moderation, PhotoVerdict } from './api'

export const PHOTOS_MAX = 9
/** The app shrinks photos to this before upload (≤ 1280 px on the long side, ≤ 500 KB); the function refuses bigger. */
export const PHOTO_MAX_SIDE = 1280
export const PHOTO_MAX_BYTES = 500 * 1024
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

const NAME_RE = /^[a-z0-9]{8,32}-[0-9]{1,2}\.(jpg|png|webp)$/
const DRAFT_RE = /^[a-z0-9]{8,32}$/

/** Every member's photos live under their own folder. */
export const photoFolder = (memberId: string) => `voice/${memberId}/`

/** Where the app uploads photo `index` (0-based) of the sheet `draftId`. */
export function photoCloudPath(memberId: string, draftId: string, index: number, ext: 'jpg' | 'png' | 'webp'): string {
  return `${photoFolder(memberId)}${draftId}-${index}.${ext}`
}

export const isDraftId = (s: unknown): s is string => typeof s === 'string' && DRAFT_RE.test(s)

/** The cloud path inside a file ID (`cloud://<env>.<bucket>/<path>`), or null. */
export function cloudPathOfFileId(fileID: unknown): string | null {
  if (typeof fileID !== 'string') return null
  const m = /^cloud:\/\/[A-Za-z0-9._-]+\/(.+)$/.exec(fileID)
  return m ? m[1] : null
}

/**
 * Whether `memberId` may attach `fileID`: it must be one of their own uploads (under their folder, with
 * the app's file name). Anything else — another member's photo, a path trick, a foreign URL — answers
 * false, and the caller says the same "not found" as for a missing file: nothing is revealed.
 */
export function ownsPhoto(memberId: string, fileID: unknown): boolean {
  const p = cloudPathOfFileId(fileID)
  if (!p) return false
  const folder = photoFolder(memberId)
  return p.startsWith(folder) && NAME_RE.test(p.slice(folder.length))
}

export type PhotoProblem = 'type' | 'bytes' | 'side' | null

/** What is wrong with a photo's bytes, if anything: not a JPEG/PNG/WebP, over 500 KB, over 1280 px. */
export function photoProblem(bytes: Uint8Array): { problem: PhotoProblem; info: ImageInfo | null } {
  const info = sniffImage(bytes)
  if (!info || !(PHOTO_TYPES as readonly string[]).includes(info.type)) return { problem: 'type', info }
  if (bytes.length > PHOTO_MAX_BYTES) return { problem: 'bytes', info }
  if (Math.max(info.width, info.height) > PHOTO_MAX_SIDE) return { problem: 'side', info }
  return { problem: null, info }
}

/**
 * The suggestion's moderation: held when the text needs review or any photo is risky; pending while a
 * photo waits for its verdict; passed when every check passed.
 */
export function moderationOf(textVerdict: 'pass' | 'review', photos: readonly PhotoVerdict[]): Moderation {
  if (textVerdict === 'review' || photos.includes('risky')) return 'held'
  if (photos.includes('pending')) return 'pending'
  return 'passed'
}

/** A verdict never goes back: a photo keeps the first verdict it got (pushes may arrive twice or out of order). */
export function mergeVerdict(current: PhotoVerdict, incoming: PhotoVerdict | undefined): PhotoVerdict {
  return current === 'pending' && incoming ? incoming : current
}

/** WeChat's push `result.suggest` as a photo verdict: only 'pass' passes ('review' and 'risky' are held). */
export const verdictOfSuggest = (suggest: unknown): PhotoVerdict => (suggest === 'pass' ? 'pass' : 'risky')

/** The message-push event WeChat sends with a mediaCheckAsync verdict (console: 消息推送 → 云函数 voice). */
export const MEDIA_CHECK_EVENT = 'wxa_media_check'
