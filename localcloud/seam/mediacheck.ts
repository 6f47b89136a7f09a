// security.mediaCheckAsync (version 2) answered offline. The call answers at once with a trace_id;
// the verdict comes later, as in WeChat, as the message-push event `wxa_media_check` sent to the
// function the console routes it to (message-push.json here), delivered by the scheduler after
// LOCALCLOUD_MEDIA_CHECK_DELAY_MS (default 2 s). The image is the file a temporary URL of the local
// store names; its verdict is 'risky' when its content was marked risky (FileStore.setRisky, POST
// /dev/media-risky), else 'pass'. Bad requests get WeChat's errcodes (47001, 40003, 40129).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { FileStore } from '@localcloud/storage/files'
import { FILE_MAX_BYTES } from '@localcloud/storage/files'
import type { SqliteStore } from '@localcloud/store/sqlite-store'
import { LOCAL_APPID } from './identity'
import type { SecReply } from './msgseccheck'

export const MEDIA_CHECKS_COLLECTION = '_mediaChecks'
export const MEDIA_CHECK_EVENT = 'wxa_media_check'
export const MESSAGE_PUSH_FILE = path.join(__dirname, 'message-push.json')
/** The mini-program's username (ToUserName of pushes). */
export const LOCAL_USERNAME = 'gh_localtongxin'

export interface MediaCheckDoc {
  _id: string
  openid: string
  scene: number
  mediaType: number
  cloudPath: string
  sha256: string
  requestedAt: Date
  dueAt: Date
  deliveredAt: Date | null
  /** The function the push went to, and how it went. */
  deliveredTo: string | null
  ok: boolean | null
  error: string | null
}

export function mediaCheckDelayMs(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.LOCALCLOUD_MEDIA_CHECK_DELAY_MS)
  return Number.isFinite(n) && n >= 0 ? n : 2000
}

/** Event → function, as configured in the console (开发管理 → 消息推送 → 云函数); LOCALCLOUD_MESSAGE_PUSH names another file. */
export function messagePushTargets(env: Record<string, string | undefined> = process.env): Record<string, string> {
  const file = env.LOCALCLOUD_MESSAGE_PUSH || MESSAGE_PUSH_FILE
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return {}
  }
}

export class MediaChecks {
  constructor(
    private readonly store: SqliteStore,
    private readonly files: FileStore,
    private readonly settled: () => Promise<void> = async () => {}
  ) {}

  async request(req: Record<string, unknown>, now = new Date()): Promise<SecReply> {
    if (req.version !== 2) return { errcode: 47001, errmsg: 'data format error hint: version must be 2' }
    if (typeof req.openid !== 'string' || !req.openid) return { errcode: 40003, errmsg: 'invalid openid' }
    if (![1, 2, 3, 4].includes(req.scene as number)) return { errcode: 40129, errmsg: 'invalid scene' }
    if (req.media_type !== 2) return { errcode: 47001, errmsg: 'data format error hint: media_type must be 2 (image) in the local cloud' }
    if (typeof req.media_url !== 'string' || !req.media_url)
      return { errcode: 47001, errmsg: 'data format error hint: media_url is required' }
    const resolved = this.files.resolveTempUrl(req.media_url, now)
    if ('error' in resolved)
      return {
        errcode: 47001,
        errmsg: `media_url cannot be fetched: ${resolved.error === 'expired' ? 'the URL has expired' : 'not a URL of the local store'}`
      }
    const meta = this.files.meta(resolved.cloudPath)
    if (!meta) return { errcode: 47001, errmsg: 'media_url cannot be fetched: no such file' }
    if (meta.size > FILE_MAX_BYTES) return { errcode: 47001, errmsg: 'media file is larger than 10 MB' }
    const traceId = `local-${crypto.randomBytes(8).toString('hex')}`
    const doc: MediaCheckDoc = {
      _id: traceId,
      openid: req.openid,
      scene: req.scene as number,
      mediaType: 2,
      cloudPath: resolved.cloudPath,
      sha256: meta.sha256,
      requestedAt: now,
      dueAt: new Date(now.getTime() + mediaCheckDelayMs()),
      deliveredAt: null,
      deliveredTo: null,
      ok: null,
      error: null
    }
    await this.settled()
    this.store.atomic(() => this.store.insert(MEDIA_CHECKS_COLLECTION, doc as never))
    return { errcode: 0, errmsg: 'ok', trace_id: traceId }
  }

  /** Checks whose verdict is due and not yet delivered, oldest first. */
  due(now = new Date()): MediaCheckDoc[] {
    return ([...this.store.scan(MEDIA_CHECKS_COLLECTION)] as unknown as MediaCheckDoc[]).filter(
      (d) => !d.deliveredAt && new Date(d.dueAt).getTime() <= now.getTime()
    )
  }

  list(): MediaCheckDoc[] {
    return [...this.store.scan(MEDIA_CHECKS_COLLECTION)] as unknown as MediaCheckDoc[]
  }

  /** The message-push event WeChat sends with the verdict (version 2). */
  pushEvent(doc: MediaCheckDoc, now = new Date()): Record<string, unknown> {
    const label = this.files.riskyLabel(doc.sha256)
    const suggest = label === null ? 'pass' : 'risky'
    const result = { suggest, label: label ?? 100 }
    return {
      ToUserName: LOCAL_USERNAME,
      FromUserName: doc.openid,
      CreateTime: Math.floor(now.getTime() / 1000),
      MsgType: 'event',
      Event: MEDIA_CHECK_EVENT,
      appid: LOCAL_APPID,
      trace_id: doc._id,
      version: 2,
      result,
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label: result.label, prob: label === null ? 0 : 90 }]
    }
  }

  async markDelivered(id: string, to: string | null, ok: boolean, error: string | null, now = new Date()): Promise<void> {
    await this.settled()
    this.store.atomic(() => {
      const doc = this.store.getById(MEDIA_CHECKS_COLLECTION, id, true)
      if (doc) this.store.replace(MEDIA_CHECKS_COLLECTION, { ...doc, deliveredAt: now, deliveredTo: to, ok, error })
    })
  }
}
