// Cloud storage behind the SDK seam. wx-server-sdk 4.0.2 → @cloudbase/node-sdk 3.17.2 storage/index.js:
//   uploadFile     → tcbapirequester.request {action: 'storage.getUploadMetadata', path, method: 'put'}
//                    answers {data: {url, token, authorization, fileId, cosFileId}}; then
//                    request-core.request {method: 'put', url} with the content piped in; COS answers ''
//                    on success or an <Error> XML document
//   getTempFileURL → {action: 'storage.batchGetDownloadUrl', file_list: [{fileid, max_age}]} → data.download_list
//   deleteFile     → {action: 'storage.batchDeleteFile', fileid_list} → data.delete_list
//   downloadFile   → batchGetDownloadUrl, then request-core.request {method: 'get', url: tempFileURL}
// The actions are answered from the FileStore; the two HTTP requests (the PUT to the upload URL, the
// GET of a temporary URL) are answered in process, by `localRequest` below, never on the network.
import { PassThrough, Writable } from 'node:stream'
import {
  cloudPathOf,
  cloudPathProblem,
  FileError,
  type FileStore,
  fileIdOf,
  INTERNAL_ORIGIN,
  STORAGE_ROUTE,
  TEMP_URL_DEFAULT_SECONDS,
  TEMP_URL_MAX_SECONDS
} from '@localcloud/storage/files'

type TcbAnswer = { requestId: string; data?: unknown; code?: string; message?: string }
let requests = 0
const requestId = () => `local-storage-${Date.now().toString(36)}-${++requests}`

export const STORAGE_ACTIONS = ['storage.getUploadMetadata', 'storage.batchGetDownloadUrl', 'storage.batchDeleteFile'] as const

export async function answerStorageAction(files: FileStore, params: Record<string, unknown>, now = new Date()): Promise<TcbAnswer> {
  const action = params.action
  if (action === 'storage.getUploadMetadata') {
    // The path is checked when the content arrives (COS refuses it there, as an <Error>): the SDK
    // expects this answer to carry the upload URL.
    const cloudPath = String(params.path ?? '')
    return {
      requestId: requestId(),
      data: {
        url: files.openUploadSlot(cloudPath, now.getTime()),
        token: 'local',
        authorization: 'local',
        fileId: fileIdOf(cloudPath),
        cosFileId: 'local'
      }
    }
  }
  if (action === 'storage.batchGetDownloadUrl') {
    const list = Array.isArray(params.file_list) ? (params.file_list as Array<{ fileid?: unknown; max_age?: unknown }>) : []
    const download_list = list.map((f) => {
      const fileID = typeof f.fileid === 'string' ? f.fileid : ''
      const cloudPath = cloudPathOf(fileID)
      const requested = Number(f.max_age)
      const maxAge =
        Number.isFinite(requested) && requested > 0 ? Math.min(Math.floor(requested), TEMP_URL_MAX_SECONDS) : TEMP_URL_DEFAULT_SECONDS
      if (!cloudPath || !files.meta(cloudPath))
        return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist', maxAge }
      return { fileID, tempFileURL: files.tempUrl(cloudPath, maxAge, now), code: 'SUCCESS', maxAge }
    })
    return { requestId: requestId(), data: { download_list } }
  }
  if (action === 'storage.batchDeleteFile') {
    const list = Array.isArray(params.fileid_list) ? (params.fileid_list as unknown[]) : []
    const delete_list = []
    for (const fileID of list) {
      const cloudPath = cloudPathOf(fileID)
      const deleted = cloudPath ? await files.delete(cloudPath) : false
      delete_list.push({ fileID, code: deleted ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' })
    }
    return { requestId: requestId(), data: { delete_list } }
  }
  return { requestId: requestId(), code: 'LOCAL_UNSUPPORTED', message: `${String(action)} is not supported by the local cloud` }
}

/** True for the URLs `localRequest` answers: upload slots and temporary URLs of the local store. */
export function isLocalStorageUrl(files: FileStore, url: unknown): boolean {
  if (typeof url !== 'string') return false
  return url.startsWith(`${INTERNAL_ORIGIN}${STORAGE_ROUTE}/`) || url.startsWith(`${files.publicBase}${STORAGE_ROUTE}/`)
}

const cosError = (code: string, message: string) =>
  `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message><Resource>local</Resource><RequestId>${requestId()}</RequestId><TraceId>local</TraceId></Error>`

interface LocalResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** What the storage server answers to a PUT of an upload slot or a GET of a temporary URL. */
export async function storageHttp(files: FileStore, method: string, url: string, body: Buffer, now = new Date()): Promise<LocalResponse> {
  const u = new URL(url)
  const put = new RegExp(`^${STORAGE_ROUTE}/put/([0-9a-f]{32})$`).exec(u.pathname)
  if (put && method === 'PUT') {
    const cloudPath = files.takeUploadSlot(put[1], now.getTime())
    if (cloudPath === null) return xml(403, cosError('AccessDenied', 'the upload URL is unknown or has expired'))
    const problem = cloudPathProblem(cloudPath)
    if (problem) return xml(400, cosError('InvalidArgument', problem))
    try {
      await files.put(cloudPath, body, { owner: '', via: 'function' }, now)
    } catch (e) {
      if (e instanceof FileError) return xml(e.status, cosError(e.code, e.message))
      throw e
    }
    return { status: 200, headers: {}, body: Buffer.alloc(0) }
  }
  if (method === 'GET' || method === 'HEAD') {
    const resolved = files.resolveTempUrl(url, now)
    if ('error' in resolved)
      return xml(403, cosError('AccessDenied', resolved.error === 'expired' ? 'Request has expired' : 'invalid signature'))
    const file = files.read(resolved.cloudPath)
    if (!file) return xml(404, cosError('NoSuchKey', 'The specified key does not exist.'))
    return {
      status: 200,
      headers: { 'content-type': file.meta.contentType, 'content-length': String(file.bytes.length) },
      body: file.bytes
    }
  }
  return xml(405, cosError('MethodNotAllowed', 'The specified method is not allowed'))
}

const xml = (status: number, text: string): LocalResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: Buffer.from(text)
})

interface CoreRequestOptions {
  method: string
  url: string
  type?: string
  encoding?: BufferEncoding
  json?: boolean
}

/**
 * Stands in for request-core's `request(opts, cb)` for local storage URLs: a writable request (the SDK
 * pipes the upload into it, or ends it at once for a GET) whose answer goes to `cb(err, res, body)` as
 * the real one would: `res` a readable stream with statusCode and headers, `body` a Buffer ('raw').
 */
export function localRequest(files: FileStore, opts: CoreRequestOptions, cb: (err: Error | null, res?: unknown, body?: unknown) => void) {
  const chunks: Buffer[] = []
  const req = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk))
      done()
    }
  })
  req.on('finish', () => {
    storageHttp(files, opts.method.toUpperCase(), opts.url, Buffer.concat(chunks)).then(
      (answer) => {
        const stream = new PassThrough()
        stream.end(answer.body)
        const res = Object.assign(stream, { statusCode: answer.status, headers: answer.headers })
        const body = opts.type === 'stream' ? undefined : opts.encoding ? answer.body.toString(opts.encoding) : answer.body
        cb(null, res, body)
      },
      (e) => cb(e instanceof Error ? e : new Error(String(e)))
    )
  })
  // request-core ends a GET itself (the SDK pipes nothing into it).
  if (opts.method.toLowerCase() === 'get') setImmediate(() => req.end())
  return req
}
