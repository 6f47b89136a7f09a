// The local cloud's HTTP gateway on 127.0.0.1: POST /cloud/<fn> runs a function as the signed-in
// person, /dev/* gives the dev sign-in, outbox and scheduler, everything else serves the H5 app.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { type LocalCloud, UnknownFunctionError } from '@localcloud/cloud'
import { FunctionTimeoutError } from '@localcloud/runtime/functions'
import type { Scheduler } from '@localcloud/scheduler/scheduler'
import { CLIENT_DOCUMENT_MAX_BYTES, cloudPathOf, FileError, STORAGE_ROUTE } from '@localcloud/storage/files'
import { storageHttp } from '@localcloud/seam/storage'
import { outboxPage } from './dev-pages'
import { serveStatic } from './static'

export const SESSION_COOKIE = 'tx_dev_openid'
const MAX_BODY = 1024 * 1024
/** Slow clients must not hold connections for Node's defaults (60 s for headers, 300 s for a request). */
export const DEFAULT_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 }

export interface DevPerson {
  openid: string
  memberId: string | null
  name: string
  orgId: string | null
  orgName: string
  roleLabel: string
  group: string
}

export interface GatewayOptions {
  cloud: LocalCloud
  scheduler?: Scheduler
  /** Folder of the H5 build. */
  staticRoot?: string
  /** The dev sign-in exists only in local mode; otherwise /dev/* answers 403. */
  localMode: boolean
  listPeople?: () => Promise<DevPerson[]> | DevPerson[]
  log?: (line: string) => void
  /** Time to receive the headers and the whole request (tests shorten them). */
  timeouts?: { headersMs: number; requestMs: number }
}

export interface Gateway {
  server: http.Server
  url: string
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export async function startGateway(opts: GatewayOptions, port = 0, host = '127.0.0.1'): Promise<Gateway> {
  guardProcess(opts.log)
  const timeouts = opts.timeouts ?? DEFAULT_TIMEOUTS
  const serverOptions: http.ServerOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // How often Node checks those time-outs (default 30 s, longer than the time-outs themselves).
    connectionsCheckingInterval: Math.min(1000, timeouts.headersMs)
  }
  const server = http.createServer(serverOptions, (req, res) => {
    handle(opts, req, res).catch((e) => {
      const err = e instanceof HttpError ? e : new HttpError(500, 'GATEWAY_ERROR', '本地云网关出错')
      if (!(e instanceof HttpError)) opts.log?.(`gateway error: ${e?.stack ?? e}`)
      // A refused body is not read to its end: close the connection once the answer is out.
      if (err.status === 413 && !res.headersSent) res.setHeader('connection', 'close')
      if (!res.headersSent) sendJson(res, err.status, { ok: false, code: err.code, message: err.message })
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const addr = server.address() as AddressInfo
  // Temporary file URLs point at this gateway (PUBLIC_URL when browsers reach it by another name).
  opts.cloud.files.setPublicBase(process.env.PUBLIC_URL || `http://${host}:${addr.port}`)
  return {
    server,
    url: `http://${host}:${addr.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Browsers and fetch keep connections alive; closing must not wait for them.
        server.closeAllConnections()
      })
  }
}

async function handle(opts: GatewayOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local')
  const p = url.pathname
  const fnMatch = /^\/cloud\/([A-Za-z0-9_-]+)$/.exec(p)
  if (fnMatch) {
    if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '请使用 POST 调用云函数')
    return callFunction(opts, fnMatch[1], req, res)
  }
  if (p === '/healthz') return sendJson(res, 200, { ok: true })
  if (p.startsWith(`${STORAGE_ROUTE}/`)) return storageRoute(opts, url, req, res)
  if (p.startsWith('/dev/')) {
    if (!opts.localMode) throw new HttpError(403, 'NOT_LOCAL_MODE', '仅本地模式可用')
    return devRoute(opts, p, req, res)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '不支持的请求方法')
  if (!opts.staticRoot) throw new HttpError(404, 'NOT_FOUND', '未找到')
  if (!serveStatic(opts.staticRoot, p, res)) throw new HttpError(400, 'BAD_PATH', '无效的路径')
}

async function callFunction(opts: GatewayOptions, name: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const event = await readJson(req)
  if (event === null || typeof event !== 'object' || Array.isArray(event))
    throw new HttpError(400, 'INVALID_EVENT', '请求体必须是 JSON 对象')
  const openid = sessionOpenid(req)
  try {
    const result = await opts.cloud.invoke(name, event as Record<string, unknown>, { openid, source: 'wx_client' })
    sendJson(res, 200, result ?? null)
  } catch (e) {
    if (e instanceof UnknownFunctionError) throw new HttpError(404, 'FUNCTION_NOT_FOUND', `云函数 ${name} 不存在`)
    if (e instanceof FunctionTimeoutError) throw new HttpError(504, 'FUNCTION_TIMEOUT', '云函数执行超时')
    opts.log?.(`function ${name} threw: ${e instanceof Error ? e.stack : e}`)
    throw new HttpError(500, 'FUNCTION_ERROR', '云函数执行出错')
  }
}

async function devRoute(opts: GatewayOptions, p: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (p === '/dev/people' && req.method === 'GET') {
    const people = opts.listPeople ? await opts.listPeople() : []
    return sendJson(res, 200, { ok: true, data: { people } })
  }
  if (p === '/dev/login' && req.method === 'POST') {
    const body = (await readJson(req)) as { openid?: unknown } | null
    const openid = body?.openid
    if (typeof openid !== 'string' || !/^[A-Za-z0-9:_-]{1,64}$/.test(openid)) throw new HttpError(400, 'INVALID_OPENID', '无效的登录身份')
    res.setHeader('set-cookie', `${SESSION_COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax`)
    return sendJson(res, 200, { ok: true, data: { openid } })
  }
  if (p === '/dev/logout' && req.method === 'POST') {
    res.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`)
    return sendJson(res, 200, { ok: true, data: {} })
  }
  if (p === '/dev/outbox' && req.method === 'GET') return sendJson(res, 200, { ok: true, data: { entries: opts.cloud.outbox.list() } })
  if (p === '/dev/outbox.html' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(outboxPage(opts.cloud.outbox.list(), opts.cloud.outbox.subscribeRefusals()))
    return
  }
  if (p === '/dev/subscribe-refusals' && req.method === 'POST') {
    // Dev setting: subscribeMessage.send to this OPENID answers 43101 (refused) until `refused: false`.
    const body = (await readJson(req)) as { openid?: unknown; refused?: unknown } | null
    const openid = body?.openid
    if (typeof openid !== 'string' || !/^[A-Za-z0-9:_-]{1,64}$/.test(openid)) throw new HttpError(400, 'INVALID_OPENID', '无效的用户身份')
    const refused = body?.refused !== false
    opts.cloud.outbox.setSubscribeRefused(openid, refused)
    return sendJson(res, 200, { ok: true, data: { openid, refused } })
  }
  if (p === '/dev/media-risky' && req.method === 'POST') {
    // Dev setting: security.mediaCheckAsync calls this file's content risky (or, with risky: false, not).
    const body = (await readJson(req)) as { fileID?: unknown; risky?: unknown; label?: unknown } | null
    const cloudPath = cloudPathOf(body?.fileID)
    const meta = cloudPath ? opts.cloud.files.meta(cloudPath) : null
    if (!meta) throw new HttpError(404, 'FILE_NOT_FOUND', '文件不存在')
    const risky = body?.risky !== false
    const label = typeof body?.label === 'number' ? body.label : 21000
    await opts.cloud.files.setRisky(meta.sha256, risky, label)
    return sendJson(res, 200, { ok: true, data: { fileID: meta.fileID, risky } })
  }
  if (p === '/dev/media-checks' && req.method === 'GET')
    return sendJson(res, 200, { ok: true, data: { checks: opts.cloud.mediaChecks.list() } })
  if (p === '/dev/media-checks/deliver' && req.method === 'POST') {
    if (!opts.scheduler) throw new HttpError(404, 'NO_SCHEDULER', '调度器未启动')
    return sendJson(res, 200, { ok: true, data: { delivered: await opts.scheduler.deliverPushes(undefined, { all: true }) } })
  }
  if (p === '/dev/scheduler' && req.method === 'GET') {
    if (!opts.scheduler) throw new HttpError(404, 'NO_SCHEDULER', '调度器未启动')
    return sendJson(res, 200, { ok: true, data: { triggers: opts.scheduler.triggers(), history: opts.scheduler.history } })
  }
  const fire = /^\/dev\/scheduler\/([A-Za-z0-9_-]+)\/fire$/.exec(p)
  if (fire && req.method === 'POST') {
    if (!opts.scheduler) throw new HttpError(404, 'NO_SCHEDULER', '调度器未启动')
    if (!opts.cloud.functionNames().includes(fire[1])) throw new HttpError(404, 'FUNCTION_NOT_FOUND', `云函数 ${fire[1]} 不存在`)
    return sendJson(res, 200, { ok: true, data: await opts.scheduler.fire(fire[1]) })
  }
  throw new HttpError(404, 'NOT_FOUND', '未找到')
}

/**
 * Cloud storage for the app: `POST|PUT /__storage/upload?cloudPath=…` stores the body as the signed-in
 * user's file (what Taro.cloud.uploadFile does in weapp; images ≤ 2 MB or PDF/Word documents ≤ 10 MB, never
 * over another user's file) and answers {ok, data: {fileID}}; `GET /__storage/file/<path>?e&s` serves a temporary URL.
 */
async function storageRoute(opts: GatewayOptions, url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const files = opts.cloud.files
  if (url.pathname === `${STORAGE_ROUTE}/upload`) {
    if (req.method !== 'POST' && req.method !== 'PUT') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '请使用 POST 上传文件')
    const openid = sessionOpenid(req)
    if (!openid) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录再上传文件')
    const body = await readBody(req, CLIENT_DOCUMENT_MAX_BYTES, 'FILE_TOO_LARGE', '文件过大（不能超过 10 兆字节）')
    try {
      const meta = await files.put(url.searchParams.get('cloudPath') ?? '', body, { owner: openid, via: 'client' })
      return sendJson(res, 200, { ok: true, data: { fileID: meta.fileID } })
    } catch (e) {
      if (!(e instanceof FileError)) throw e
      const messages: Record<string, string> = {
        InvalidArgument: '文件路径不合规',
        EntityTooLarge: '文件过大（图片不能超过 2 兆字节，文档不能超过 10 兆字节）',
        InvalidContentType: '只能上传 JPEG、PNG、GIF、WebP 图片或 PDF、Word 文档',
        AccessDenied: '不能覆盖他人的文件'
      }
      throw new HttpError(e.status, e.code === 'EntityTooLarge' ? 'FILE_TOO_LARGE' : e.code, messages[e.code] ?? '上传失败')
    }
  }
  if (url.pathname.startsWith(`${STORAGE_ROUTE}/file/`) && (req.method === 'GET' || req.method === 'HEAD')) {
    const answer = await storageHttp(files, 'GET', `${files.publicBase}${url.pathname}${url.search}`, Buffer.alloc(0))
    res.writeHead(answer.status, { ...answer.headers, 'cache-control': 'private, max-age=60' })
    res.end(req.method === 'HEAD' ? undefined : answer.body)
    return
  }
  throw new HttpError(404, 'NOT_FOUND', '未找到')
}

function sessionOpenid(req: http.IncomingMessage): string {
  const cookie = req.headers.cookie ?? ''
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k !== SESSION_COOKIE) continue
    try {
      return decodeURIComponent(v.join('='))
    } catch {
      return '' // a mangled cookie is no session: the function answers UNAUTHENTICATED
    }
  }
  return ''
}

/** The raw body, refused with 413 past `max` bytes (the rest is never read). */
function readBody(req: http.IncomingMessage, max: number, code: string, message: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      // Answer now and stop reading: the rest of an oversized body is never read (the connection closes after the answer).
      req.pause()
      reject(new HttpError(413, code, message))
    }
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > max) return tooLarge()
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (c: Buffer) => {
      if (refused) return
      size += c.length
      if (size > max) {
        refused = true
        return tooLarge()
      }
      chunks.push(c)
    })
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_BODY, 'BODY_TOO_LARGE', '请求体过大')).toString('utf8')
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'INVALID_JSON', '请求体不是有效的 JSON')
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

let guarded = false
/** A stray rejection (the SDK can raise one) must never take the gateway down. */
function guardProcess(log?: (line: string) => void): void {
  if (guarded) return
  guarded = true
  process.on('unhandledRejection', (reason) =>
    log?.(`unhandled rejection (kept running): ${reason instanceof Error ? reason.stack : reason}`)
  )
}
