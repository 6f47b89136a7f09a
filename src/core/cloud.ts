// THE one client transport seam. Every call to a cloud function goes through `callCloud`.
// weapp → Taro.cloud.callFunction (OPENID comes from the cloud context);
// h5    → POST /cloud/<fn> on the same origin (the local cloud gateway; identity from its cookie).
// The reply envelope {ok:true,data} | {ok:false,code,message} becomes data or a thrown CloudError.
import Taro from '@tarojs/taro'
import type { Reply } from '@shared/core/envelope'
import type { AssessmentApi } from '@shared/assessment/api'
import type { BirthdayApi } from '@shared/birthday/api'
import type { CheckinApi } from '@shared/checkin/api'
import type { CommitmentApi } from '@shared/commitment/api'
import type { MemberApi } from '@shared/member/api'
import type { StudyApi } from '@shared/study/api'
import type { VoiceApi } from '@shared/voice/api'
import type { CareApi } from '@shared/care/api'

/** Every cloud function and its actions: { [fn]: { [action]: { req, res } } }. */
export interface CloudApi {
  member: MemberApi
  checkin: CheckinApi
  assessment: AssessmentApi
  commitment: CommitmentApi
  birthday: BirthdayApi
  study: StudyApi
  voice: VoiceApi
  care: CareApi
}

export type FnName = keyof CloudApi
export type ActionOf<F extends FnName> = keyof CloudApi[F] & string
type Entry<F extends FnName, A extends ActionOf<F>> = CloudApi[F][A] extends { req: infer Q; res: infer S } ? { req: Q; res: S } : never
export type RequestOf<F extends FnName, A extends ActionOf<F>> = Entry<F, A>['req']
export type ResultOf<F extends FnName, A extends ActionOf<F>> = Entry<F, A>['res']

/** Read-only actions: safe to send twice, so a network failure or time-out is retried once. */
export const IDEMPOTENT_ACTIONS: { [F in FnName]: ReadonlyArray<ActionOf<F>> } = {
  member: ['whoami', 'card', 'roster', 'orgTree'],
  checkin: ['listStations', 'listActivities', 'stationCode', 'attendance', 'ledger', 'ledgerXlsx', 'stationWxacode'],
  assessment: [
    'getRubric',
    'listRubrics',
    'listPeriods',
    'myPeriods',
    'getPeriod',
    'rateTargets',
    'massesForm',
    'results',
    'board',
    'memberResult',
    'listObjections',
    'listTalks',
    'overview',
    'exportResults',
    'auditLog'
  ],
  commitment: ['myCard', 'reviewQueue', 'getCard', 'listTasks', 'wall', 'publicWall', 'getTemplate', 'completion', 'exportCompletion'],
  birthday: ['myGreeting', 'upcoming', 'sevenOnes', 'sevenOnesList', 'monthlyList', 'fiftyYears', 'fiftyYearsXlsx'],
  study: [
    'getPlan',
    'myStudy',
    'getTask',
    'reportQueue',
    'myAnalysis',
    'analysisQueue',
    'getAnalysis',
    'branchStats',
    'exportStats',
    'committeeStats',
    'exportCommitteeStats'
  ],
  voice: ['list', 'get', 'stats'],
  care: ['occasions', 'records', 'todo']
}

/** Transport-level codes (the server's own codes pass through unchanged). */
export type TransportErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_REPLY'

export const TRANSPORT_MESSAGES: Record<TransportErrorCode, string> = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '服务器响应超时，请稍后重试',
  BAD_REPLY: '服务暂时不可用，请稍后重试'
}

export class CloudError extends Error {
  readonly code: string
  readonly details?: unknown
  constructor(code: string, message: string, details?: unknown) {
    super(message)
    this.name = 'CloudError'
    this.code = code
    this.details = details
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000

export interface CallOptions {
  /** Default 15 s. */
  timeoutMs?: number
}

function transportError(code: TransportErrorCode, detail?: unknown): CloudError {
  return new CloudError(code, TRANSPORT_MESSAGES[code], detail)
}

function isEnvelope(x: unknown): x is Reply<unknown> {
  if (!x || typeof x !== 'object') return false
  const r = x as { ok?: unknown; code?: unknown }
  return r.ok === true || (r.ok === false && typeof r.code === 'string')
}

function unwrap<T>(reply: unknown): T {
  if (!isEnvelope(reply)) throw transportError('BAD_REPLY', reply)
  if (reply.ok) return reply.data as T
  const message = typeof reply.message === 'string' && reply.message ? reply.message : '操作失败，请稍后重试'
  throw new CloudError(reply.code, message, reply.details)
}

/** One attempt over the H5 transport; resolves with the raw (parsed) envelope. */
async function sendH5(fn: string, event: unknown, timeoutMs: number): Promise<unknown> {
  const controller = typeof AbortController === 'function' ? new AbortController() : null
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller?.abort()
  }, timeoutMs)
  try {
    const res = await Promise.race([
      fetch(`/cloud/${encodeURIComponent(fn)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
        signal: controller?.signal
      }),
      // Also guards a fetch that ignores the abort signal.
      new Promise<never>((_, reject) => {
        controller?.signal.addEventListener('abort', () => reject(transportError('TIMEOUT')))
      })
    ])
    let body: unknown
    try {
      body = await res.json()
    } catch {
      throw transportError('BAD_REPLY', { status: res.status })
    }
    // The gateway answers errors as envelopes too, whatever the HTTP status.
    if (!isEnvelope(body)) throw transportError('BAD_REPLY', { status: res.status })
    return body
  } catch (e) {
    if (e instanceof CloudError) throw e
    throw transportError(timedOut ? 'TIMEOUT' : 'NETWORK', e)
  } finally {
    clearTimeout(timer)
  }
}

/** One attempt over the weapp transport. */
async function sendWeapp(fn: string, event: unknown, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    const res = await Promise.race([
      Taro.cloud.callFunction({ name: fn, data: event as Record<string, unknown> }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(transportError('TIMEOUT')), timeoutMs)
      })
    ])
    return (res as { result?: unknown }).result
  } catch (e) {
    if (e instanceof CloudError) throw e
    // wx.cloud reports its own time-out as errCode -504003 / "timeout" in errMsg.
    const msg = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? '')
    throw transportError(/timeout/i.test(msg) ? 'TIMEOUT' : 'NETWORK', e)
  } finally {
    if (timer) clearTimeout(timer)
  }
}

function send(fn: string, event: unknown, timeoutMs: number): Promise<unknown> {
  return process.env.TARO_ENV === 'weapp' ? sendWeapp(fn, event, timeoutMs) : sendH5(fn, event, timeoutMs)
}

function isRetryable(e: unknown): boolean {
  return e instanceof CloudError && (e.code === 'NETWORK' || e.code === 'TIMEOUT')
}

type WriteListener = (fn: FnName, action: string) => void
const writeListeners = new Set<WriteListener>()

/** Be told after every successful write (an action not in IDEMPOTENT_ACTIONS), e.g. to drop a cache. */
export function onCloudWrite(listener: WriteListener): () => void {
  writeListeners.add(listener)
  return () => writeListeners.delete(listener)
}

/**
 * Call `fn` with `event` (which carries its `action`). Returns the reply's data, or throws a
 * CloudError whose `message` is Chinese and ready to show.
 */
export async function callCloud<F extends FnName, A extends ActionOf<F>>(
  fn: F,
  event: RequestOf<F, A> & { action: A },
  options: CallOptions = {}
): Promise<ResultOf<F, A>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const idempotent = (IDEMPOTENT_ACTIONS[fn] as ReadonlyArray<string>).includes(event.action)
  if (!idempotent) {
    const data = unwrap<ResultOf<F, A>>(await send(fn, event, timeoutMs))
    for (const listener of writeListeners) listener(fn, event.action)
    return data
  }
  try {
    return unwrap<ResultOf<F, A>>(await send(fn, event, timeoutMs))
  } catch (e) {
    if (!isRetryable(e)) throw e
  }
  return unwrap<ResultOf<F, A>>(await send(fn, event, timeoutMs))
}

/** A message to show for anything a call may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof CloudError) return e.message
  return '出错了，请稍后重试'
}
