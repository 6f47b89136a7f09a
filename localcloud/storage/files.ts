// Cloud storage on disk: what wx-server-sdk's uploadFile / getTempFileURL / deleteFile / downloadFile
// and the app's own uploads (Taro.cloud.uploadFile in weapp; an HTTP upload through the gateway in H5)
// reach locally. Contents live under <dataDir>/files/, named by their sha256 (so a path can never
// reach the disk); what each cloud path holds (size, sniffed type, sha256, owner) is a document in the
// `_files` collection of the store. Temporary URLs are signed and expire; cloud paths with path
// tricks are refused; uploads from the app are images only and have a size limit.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sniffImage } from '@shared/core/image'
import type { SqliteStore } from '@localcloud/store/sqlite-store'
import { LOCAL_ENV_ID } from '@localcloud/seam/identity'

export const FILES_COLLECTION = '_files'
/** Dev setting: contents (by sha256) that mediaCheckAsync calls risky. */
export const RISKY_MEDIA_COLLECTION = '_riskyMedia'

/** The route under which the gateway (and the SDK seam, in process) serves and accepts files. */
export const STORAGE_ROUTE = '/__storage'
/** Where the seam sends the SDK's own upload requests (answered in process, never on the network). */
export const INTERNAL_ORIGIN = 'http://storage.localcloud.invalid'

/** Any file, from a function: WeChat's media checks take up to 10 MB; so does the local store. */
export const FILE_MAX_BYTES = 10 * 1024 * 1024
/** A file the app uploads itself: images only, at most this size (photos are shrunk to ≤ 500 KB first). */
export const CLIENT_UPLOAD_MAX_BYTES = 2 * 1024 * 1024
export const CLIENT_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const
/** A document the app uploads (a study task's attachment: PDF, Word): at most this size, its type read from its first bytes. */
export const CLIENT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

/** PDF, Word (.doc, OLE2) or .docx (a zip) by the first bytes; null for anything else. */
export function sniffDocument(bytes: Uint8Array): string | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/msword'
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  return null
}

/** getTempFileURL: the default and the longest life of a temporary URL, in seconds. */
export const TEMP_URL_DEFAULT_SECONDS = 7200
export const TEMP_URL_MAX_SECONDS = 86400
/** How long an upload slot from getUploadMetadata stays valid. */
export const UPLOAD_SLOT_MS = 10 * 60 * 1000

const BUCKET = `${LOCAL_ENV_ID}-files`
export const FILE_ID_PREFIX = `cloud://${LOCAL_ENV_ID}.${BUCKET}/`

export const CLOUD_PATH_MAX = 256
const SEGMENT_RE = /^[A-Za-z0-9._\-\u4e00-\u9fff]{1,100}$/

export interface FileMeta {
  _id: string
  fileID: string
  size: number
  contentType: string
  sha256: string
  /** OPENID of the app user who uploaded it; '' when a function did (the SDK is admin there). */
  owner: string
  via: 'client' | 'function'
  createdAt: Date
}

export class FileError extends Error {
  constructor(
    /** COS-style code: InvalidArgument, EntityTooLarge, AccessDenied, NoSuchKey, InvalidContentType. */
    readonly code: string,
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** Why a cloud path is refused, or null: relative, '/'-separated segments of letters, digits, CJK, '.', '_', '-'; no '.' or '..'. */
export function cloudPathProblem(p: unknown): string | null {
  if (typeof p !== 'string' || p === '') return 'cloudPath is required'
  if (p.length > CLOUD_PATH_MAX) return `cloudPath is longer than ${CLOUD_PATH_MAX} characters`
  if (p.startsWith('/')) return 'cloudPath must not start with /'
  const segments = p.split('/')
  if (segments.length > 8) return 'cloudPath is nested too deep'
  for (const s of segments) {
    if (s === '.' || s === '..') return 'cloudPath must not contain . or .. segments'
    if (!SEGMENT_RE.test(s)) return 'cloudPath has an empty segment or a character that is not allowed'
  }
  return null
}

export const fileIdOf = (cloudPath: string) => `${FILE_ID_PREFIX}${cloudPath}`

/** The cloud path of one of our file ids, or null (another environment, or not a file id). */
export function cloudPathOf(fileID: unknown): string | null {
  if (typeof fileID !== 'string' || !fileID.startsWith(FILE_ID_PREFIX)) return null
  const p = fileID.slice(FILE_ID_PREFIX.length)
  return cloudPathProblem(p) ? null : p
}

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex')

export class FileStore {
  /** The gateway's address as browsers reach it: the origin of temporary URLs. */
  publicBase = `http://127.0.0.1:${process.env.PORT || 8080}`
  private readonly dir: string
  private readonly key = crypto.randomBytes(32)
  private readonly slots = new Map<string, { cloudPath: string; expires: number }>()

  /**
   * `settled`: resolves when no database transaction is open (Engine.idle): a write of ours made while
   * another request holds one would join it (and vanish with its rollback).
   */
  constructor(
    private readonly store: SqliteStore,
    dataDir: string,
    private readonly settled: () => Promise<void> = async () => {}
  ) {
    this.dir = path.join(dataDir, 'files')
    fs.mkdirSync(this.dir, { recursive: true })
  }

  setPublicBase(url: string): void {
    this.publicBase = url.replace(/\/$/, '')
  }

  meta(cloudPath: string): FileMeta | null {
    return this.store.getById(FILES_COLLECTION, cloudPath) as FileMeta | null
  }

  /**
   * Stores `bytes` at `cloudPath`. From the app (`via: 'client'`): images ≤ CLIENT_UPLOAD_MAX_BYTES or
   * documents (PDF, Word) ≤ CLIENT_DOCUMENT_MAX_BYTES, and never over another user's file (WeChat's default
   * storage rule: only the creator writes).
   */
  async put(cloudPath: string, bytes: Buffer, by: { owner: string; via: 'client' | 'function' }, now = new Date()): Promise<FileMeta> {
    const problem = cloudPathProblem(cloudPath)
    if (problem) throw new FileError('InvalidArgument', problem, 400)
    if (bytes.length === 0) throw new FileError('InvalidArgument', 'the file is empty', 400)
    const image = sniffImage(bytes)
    const document = image ? null : sniffDocument(bytes)
    const max = by.via === 'client' ? (document ? CLIENT_DOCUMENT_MAX_BYTES : CLIENT_UPLOAD_MAX_BYTES) : FILE_MAX_BYTES
    if (bytes.length > max) throw new FileError('EntityTooLarge', `the file is larger than ${max} bytes`, 413)
    if (by.via === 'client' && !image && !document)
      throw new FileError('InvalidContentType', 'only JPEG, PNG, GIF or WebP images, PDF or Word documents may be uploaded', 415)
    await this.settled()
    const existing = this.meta(cloudPath)
    if (by.via === 'client' && existing && existing.owner !== by.owner)
      throw new FileError('AccessDenied', 'the file belongs to another user', 403)
    const hash = sha256(bytes)
    const target = this.contentPath(hash)
    if (!fs.existsSync(target)) {
      const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`
      fs.writeFileSync(tmp, bytes)
      fs.renameSync(tmp, target)
    }
    const doc: FileMeta = {
      _id: cloudPath,
      fileID: fileIdOf(cloudPath),
      size: bytes.length,
      contentType: image?.type ?? document ?? 'application/octet-stream',
      sha256: hash,
      owner: by.owner,
      via: by.via,
      createdAt: now
    }
    this.store.atomic(() => {
      if (this.store.getById(FILES_COLLECTION, cloudPath, true)) this.store.replace(FILES_COLLECTION, doc as never)
      else this.store.insert(FILES_COLLECTION, doc as never)
    })
    if (existing && existing.sha256 !== hash) this.dropContentIfUnused(existing.sha256)
    return doc
  }

  read(cloudPath: string): { meta: FileMeta; bytes: Buffer } | null {
    const meta = this.meta(cloudPath)
    if (!meta) return null
    try {
      return { meta, bytes: fs.readFileSync(this.contentPath(meta.sha256)) }
    } catch {
      return null
    }
  }

  /** True when there was a file to delete. */
  async delete(cloudPath: string): Promise<boolean> {
    await this.settled()
    const meta = this.meta(cloudPath)
    if (!meta) return false
    this.store.atomic(() => this.store.delete(FILES_COLLECTION, cloudPath))
    this.dropContentIfUnused(meta.sha256)
    return true
  }

  list(): FileMeta[] {
    return [...this.store.scan(FILES_COLLECTION)] as unknown as FileMeta[]
  }

  /** A URL that serves the file until `now + maxAgeSeconds`. */
  tempUrl(cloudPath: string, maxAgeSeconds: number, now = new Date()): string {
    const expires = Math.floor(now.getTime() / 1000) + maxAgeSeconds
    const sig = this.sign(`get:${cloudPath}:${expires}`)
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/')
    return `${this.publicBase}${STORAGE_ROUTE}/file/${encoded}?e=${expires}&s=${sig}`
  }

  /** The cloud path a temporary URL names, if its signature holds and it has not expired. */
  resolveTempUrl(url: string, now = new Date()): { cloudPath: string } | { error: 'expired' | 'invalid' } {
    let u: URL
    try {
      u = new URL(url, this.publicBase)
    } catch {
      return { error: 'invalid' }
    }
    const prefix = `${STORAGE_ROUTE}/file/`
    if (!u.pathname.startsWith(prefix)) return { error: 'invalid' }
    let cloudPath: string
    try {
      cloudPath = u.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/')
    } catch {
      return { error: 'invalid' }
    }
    const e = u.searchParams.get('e') ?? ''
    const s = u.searchParams.get('s') ?? ''
    if (cloudPathProblem(cloudPath) || !/^\d{1,12}$/.test(e) || !this.verify(`get:${cloudPath}:${e}`, s)) return { error: 'invalid' }
    if (Number(e) * 1000 < now.getTime()) return { error: 'expired' }
    return { cloudPath }
  }

  /** getUploadMetadata: a one-time slot to PUT `cloudPath`'s content to. */
  openUploadSlot(cloudPath: string, now = Date.now()): string {
    for (const [k, v] of this.slots) if (v.expires < now) this.slots.delete(k)
    const token = crypto.randomBytes(16).toString('hex')
    this.slots.set(token, { cloudPath, expires: now + UPLOAD_SLOT_MS })
    return `${INTERNAL_ORIGIN}${STORAGE_ROUTE}/put/${token}`
  }

  takeUploadSlot(token: string, now = Date.now()): string | null {
    const slot = this.slots.get(token)
    this.slots.delete(token)
    return slot && slot.expires >= now ? slot.cloudPath : null
  }

  /** Dev setting: mediaCheckAsync calls this content risky (label: WeChat's, e.g. 20002 porn, 21000 other). */
  async setRisky(sha: string, risky = true, label = 21000): Promise<void> {
    await this.settled()
    this.store.atomic(() => {
      const had = this.store.getById(RISKY_MEDIA_COLLECTION, sha, true)
      if (had) this.store.delete(RISKY_MEDIA_COLLECTION, sha)
      if (risky) this.store.insert(RISKY_MEDIA_COLLECTION, { _id: sha, label, at: new Date() })
    })
  }

  riskyLabel(sha: string): number | null {
    const doc = this.store.getById(RISKY_MEDIA_COLLECTION, sha) as { label?: number } | null
    return doc ? (doc.label ?? 21000) : null
  }

  private contentPath(hash: string): string {
    return path.join(this.dir, hash)
  }

  private dropContentIfUnused(hash: string): void {
    if (this.list().some((m) => m.sha256 === hash)) return
    fs.rmSync(this.contentPath(hash), { force: true })
  }

  private sign(text: string): string {
    return crypto.createHmac('sha256', this.key).update(text).digest('hex').slice(0, 32)
  }

  private verify(text: string, sig: string): boolean {
    const want = Buffer.from(this.sign(text))
    const got = Buffer.from(sig)
    return want.length === got.length && crypto.timingSafeEqual(want, got)
  }
}
