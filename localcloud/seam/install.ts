// The one SDK seam: the real wx-server-sdk runs unchanged; only its transport is replaced.
//  - database: TcbDBApiHttpRequester.prototype.send → the local engine
//  - open API: CloudBase.prototype.callCompatibleWxOpenApi → local answers + outbox
//  - identity: cloud.getWXContext → the request being served (AsyncLocalStorage)
//  - storage: tcbapirequester.request storage.* actions and request-core.request to storage URLs → the FileStore
//  - everything else that would go to the network (and look for cloud credentials) → a clear error
import type { Engine } from '@localcloud/store/engine'
import type { Outbox } from '@localcloud/outbox/outbox'
import type { FileStore } from '@localcloud/storage/files'
import { answerDbRequest, type DbRequest } from './db-requester'
import { currentCaller, currentInvocation, LOCAL_ENV_ID, wxContext } from './identity'
import type { MediaChecks } from './mediacheck'
import { answerOpenApi } from './openapi'
import { decodeOpenApiRequest, encodeOpenApiResponse } from './openapi-codec'
import { answerStorageAction, isLocalStorageUrl, localRequest } from './storage'
import { checkPinnedVersions } from './versions'

export const SEAM_MODULES = {
  dbRequester: '@cloudbase/node-sdk/dist/utils/tcbdbapirequester.js',
  apiRequester: '@cloudbase/node-sdk/dist/utils/tcbapirequester.js',
  cloudbase: '@cloudbase/node-sdk/dist/cloudbase.js',
  requestCore: '@cloudbase/node-sdk/dist/utils/request-core.js'
}

export interface SeamTarget {
  engine: Engine
  outbox: Outbox
  /** Cloud storage; without it the storage APIs answer "not supported". */
  files?: FileStore
  mediaChecks?: MediaChecks
}

let originalCoreRequest: ((opts: unknown, cb: unknown) => unknown) | null = null

let target: SeamTarget | null = null

/** Points the SDK at `next`. Installing twice only retargets (tests open a fresh store each time). */
export function installSeam(next: SeamTarget): void {
  checkPinnedVersions()
  target = next
  const dbRequester = require(SEAM_MODULES.dbRequester)
  const apiRequester = require(SEAM_MODULES.apiRequester)
  const { CloudBase } = require(SEAM_MODULES.cloudbase)
  const requestCore = require(SEAM_MODULES.requestCore)
  const sdk = require('wx-server-sdk')
  if (typeof dbRequester.TcbDBApiHttpRequester?.prototype?.send !== 'function')
    throw new Error('local cloud seam: TcbDBApiHttpRequester.send moved')
  if (typeof CloudBase?.prototype?.callCompatibleWxOpenApi !== 'function')
    throw new Error('local cloud seam: CloudBase.callCompatibleWxOpenApi moved')
  if (typeof apiRequester.request !== 'function') throw new Error('local cloud seam: tcbapirequester.request moved')
  if (typeof sdk.getWXContext !== 'function') throw new Error('local cloud seam: cloud.getWXContext moved')
  if (typeof requestCore.request !== 'function') throw new Error('local cloud seam: request-core.request moved')

  // A stable env id keeps the SDK from looking the environment up in the cloud.
  process.env.TCB_ENV = process.env.TCB_ENV || LOCAL_ENV_ID
  dbRequester.TcbDBApiHttpRequester.prototype.send = async function send(api: string, data?: DbRequest) {
    return answerDbRequest(current().engine, api, data)
  }
  CloudBase.prototype.callCompatibleWxOpenApi = async function callCompatibleWxOpenApi(options: { apiName: string; requestData: Buffer }) {
    const req = decodeOpenApiRequest(Buffer.from(options.requestData))
    const { outbox, mediaChecks } = current()
    const answer = await answerOpenApi(
      { outbox, mediaChecks },
      options.apiName,
      req,
      currentCaller()?.openid ?? '',
      currentInvocation()?.openapi
    )
    return encodeOpenApiResponse(answer.contentType, answer.body)
  }
  apiRequester.request = async function request(args: {
    params?: { action?: string }
    opts?: { onResponseReceived?: (r: unknown) => void }
  }) {
    const files = current().files
    const action = args?.params?.action
    if (files && typeof action === 'string' && action.startsWith('storage.')) {
      args.opts?.onResponseReceived?.({ statusCode: 200 })
      return answerStorageAction(files, args.params as Record<string, unknown>)
    }
    return { code: 'LOCAL_UNSUPPORTED', message: `${args?.params?.action ?? 'this API'} is not supported by the local cloud` }
  }
  // The storage service's own HTTP requests (the upload PUT, the download GET) stay in process; any
  // other URL goes on as before.
  originalCoreRequest ??= requestCore.request
  requestCore.request = function request(
    opts: { method: string; url: string },
    cb: (err: Error | null, res?: unknown, body?: unknown) => void
  ) {
    const files = target?.files
    if (files && isLocalStorageUrl(files, opts?.url)) return localRequest(files, opts, cb)
    return (originalCoreRequest as (o: unknown, c: unknown) => unknown)(opts, cb)
  }
  sdk.getWXContext = () => wxContext()
}

function current(): SeamTarget {
  if (!target) throw new Error('local cloud seam: not installed')
  return target
}
