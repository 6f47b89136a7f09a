// A task's attachment (学习材料附件): one file the secretary uploads with the push — a PDF, a Word document or
// an image. Where the app uploads it, which file IDs may be attached (this environment, the caller's own
// folder, the app's file name), what the file's name and bytes must be, and how members see it. Pure.
import { sniffImage } from '@shared/core/image'
import type { AttachmentExt, AttachmentKind, AttachmentState } from './api'

/** Documents: up to 10 MB (a speech or a rules booklet as PDF); images: up to 2 MB (the app shrinks photos to ≤ 500 KB first). */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024
/** The file's name as members see it (the original name, with its extension). */
export const ATTACHMENT_NAME_MAX = 60

export const ATTACHMENT_KIND: Record<AttachmentExt, AttachmentKind> = {
  pdf: 'document',
  doc: 'document',
  docx: 'document',
  jpg: 'image',
  png: 'image',
  webp: 'image'
}
export const ATTACHMENT_EXTS = Object.keys(ATTACHMENT_KIND) as AttachmentExt[]
export const DOCUMENT_EXTS: readonly AttachmentExt[] = ['pdf', 'doc', 'docx']

const FILE_RE = /^[a-z0-9]{8,32}\.(pdf|doc|docx|jpg|png|webp)$/
const isControl = (c: string) => {
  const n = c.codePointAt(0) ?? 0
  return n < 0x20 || n === 0x7f
}

/** Every member's study uploads live under their own folder (ownership by folder, as voice's photos). */
export const attachmentFolder = (memberId: string) => `study/${memberId}/`

/** Where the app uploads an attachment: the member's folder, a random key, the extension. */
export function attachmentCloudPath(memberId: string, key: string, ext: AttachmentExt): string {
  return `${attachmentFolder(memberId)}${key}.${ext}`
}

/** The extension of a file name, lower case, when it is one we take (`.jpeg` counts as jpg); null otherwise. */
export function extOf(name: string): AttachmentExt | null {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(name.trim())
  if (!m) return null
  const ext = m[1].toLowerCase() === 'jpeg' ? 'jpg' : m[1].toLowerCase()
  return (ATTACHMENT_EXTS as string[]).includes(ext) ? (ext as AttachmentExt) : null
}

/**
 * The cloud path inside a file ID of environment `envId` (`cloud://<envId>.<bucket>/<path>`), or null: a
 * file of another environment, a URL, anything else.
 */
export function cloudPathIn(fileID: unknown, envId: string): string | null {
  if (typeof fileID !== 'string' || !envId) return null
  const prefix = `cloud://${envId}.`
  if (!fileID.startsWith(prefix)) return null
  const m = /^[A-Za-z0-9_-]+\/(.+)$/.exec(fileID.slice(prefix.length))
  return m ? m[1] : null
}

export type AttachmentProblem = 'notFound' | 'name' | 'ext' | null

/**
 * Whether `memberId` may attach `fileID` named `name`: the file is this environment's, under the member's
 * own folder with the app's file name ('notFound' otherwise — the same answer as a missing file: nothing
 * about others' files is revealed); the name is 1–60 characters without a path or control characters
 * ('name'); its extension is one we take and the same as the uploaded file's ('ext').
 */
export function attachmentProblem(memberId: string, envId: string, fileID: unknown, name: string): AttachmentProblem {
  const p = cloudPathIn(fileID, envId)
  const folder = attachmentFolder(memberId)
  if (!p || !p.startsWith(folder) || !FILE_RE.test(p.slice(folder.length))) return 'notFound'
  const n = name.trim()
  if (!n || [...n].length > ATTACHMENT_NAME_MAX || /[\\/]/.test(n) || [...n].some(isControl)) return 'name'
  const ext = extOf(n)
  if (!ext || p.slice(p.lastIndexOf('.') + 1) !== ext) return 'ext'
  return null
}

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b)
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04] // docx is a zip
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // .doc (OLE2)
const IMAGE_TYPE: Partial<Record<AttachmentExt, string>> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** What is wrong with the uploaded bytes for extension `ext`, if anything: the bytes decide, not the name. */
export function bytesProblem(bytes: Uint8Array, ext: AttachmentExt): 'empty' | 'type' | 'size' | null {
  if (!bytes.length) return 'empty'
  const ok =
    ext === 'pdf'
      ? startsWith(bytes, PDF)
      : ext === 'docx'
        ? startsWith(bytes, ZIP)
        : ext === 'doc'
          ? startsWith(bytes, OLE)
          : sniffImage(bytes)?.type === IMAGE_TYPE[ext]
  if (!ok) return 'type'
  return bytes.length > (ATTACHMENT_KIND[ext] === 'image' ? IMAGE_MAX_BYTES : DOCUMENT_MAX_BYTES) ? 'size' : null
}

/**
 * How members see the attachment: a document is ready at once (WeChat cannot check documents; the
 * secretary publishes it under their name); an image only once its media check passed ('pending' until
 * the verdict arrives, 'risky' for ever after a failed one — never shown).
 */
export function attachmentState(kind: AttachmentKind, verdictSuggest: string | null): AttachmentState {
  if (kind === 'document') return 'ready'
  if (verdictSuggest === null) return 'pending'
  return verdictSuggest === 'pass' ? 'ready' : 'risky'
}

/** 1.2 MB / 350 KB, for the page. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
