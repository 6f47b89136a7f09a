// The one SDK seam: the real wx-server-sdk runs unchanged; only its transport is replaced.
//  - database: TcbDBApiHttpRequester.prototype.send → the local engine
//  - open API: CloudBase.prototype.callCompatibleWxOpenApi → local answers + outbox
//  - identity: cloud.getWXContext → the request being served (AsyncLocalStorage)
//  - everything else that would go to the network (and look for cloud credentials) → a clear error
import type { Engine } from '@localcloud/store/engine'
import type { Outbox } from '@localcloud/outbox/outbox'
import { answerDbRequest, type DbRequest } from './db-requester'
import { currentCaller, currentInvocation, LOCAL_ENV_ID, wxContext } from './identity'
import { answerOpenApi } from './openapi'
import { decodeOpenApiRequest, encodeOpenApiResponse } from './openapi-codec'
import { checkPinnedVersions } from './versions'

export const SEAM_MODULES = {
  dbRequester: '@cloudbase/node-sdk/dist/utils/tcbdbapirequester.js',
  apiRequester: '@cloudbase/node-sdk/dist/utils/tcbapirequester.js',
  cloudbase: '@cloudbase/node-sdk/dist/cloudbase.js'
}

export interface SeamTarget {
  engine: Engine
  outbox: Outbox
}

let target: SeamTarget | null = null

/** Points the SDK at `next`. Installing twice only retargets (tests open a fresh store each time). */
export function installSeam(next: SeamTarget): void {
  checkPinnedVersions()
  target = next
  const dbRequester = require(SEAM_MODULES.dbRequester)
  const apiRequester = require(SEAM_MODULES.apiRequester)
  const { CloudBase } = require(SEAM_MODULES.cloudbase)
  const sdk = require('wx-server-sdk')
  if (typeof dbRequester.TcbDBApiHttpRequester?.prototype?.send !== 'function')
    throw new Error('local cloud seam: TcbDBApiHttpRequester.send moved')
  if (typeof CloudBase?.prototype?.callCompatibleWxOpenApi !== 'function')
    throw new Error('local cloud seam: CloudBase.callCompatibleWxOpenApi moved')
  if (typeof apiRequester.request !== 'function') throw new Error('local cloud seam: tcbapirequester.request moved')
  if (typeof sdk.getWXContext !== 'function') throw new Error('local cloud seam: cloud.getWXContext moved')

  // A stable env id keeps the SDK from looking the environment up in the cloud.
  process.env.TCB_ENV = process.env.TCB_ENV || LOCAL_ENV_ID
  dbRequester.TcbDBApiHttpRequester.prototype.send = async function send(api: string, data?: DbRequest) {
    return answerDbRequest(current().engine, api, data)
  }
  CloudBase.prototype.callCompatibleWxOpenApi = async function callCompatibleWxOpenApi(options: { apiName: string; requestData: Buffer }) {
    const req = decodeOpenApiRequest(Buffer.from(options.requestData))
    const answer = await answerOpenApi(current().outbox, options.apiName, req, currentCaller()?.openid ?? '', currentInvocation()?.openapi)
    return encodeOpenApiResponse(answer.contentType, answer.body)
  }
  apiRequester.request = async function request(args: { params?: { action?: string } }) {
    return { code: 'LOCAL_UNSUPPORTED', message: `${args?.params?.action ?? 'this API'} is not supported by the local cloud` }
  }
  sdk.getWXContext = () => wxContext()
}

function current(): SeamTarget {
  if (!target) throw new Error('local cloud seam: not installed')
  return target
}
