// One way to write every cloud function:
//   export const main = defineFunction({ name: 'member', actions: { whoami: { schema, handler } } })
// main(event) → a timer event only from the scheduler → drop WeChat's injected `userInfo` → pick `action` → validate the rest strictly →
// OPENID from the cloud context (never the event) → handler(input, ctx) → {ok:true,data}.
// AppError → {ok:false, code, message, details}; anything else is logged and answered INTERNAL.
import type { Fail, Reply } from '@shared/core/envelope'
import { contextOpenid, getDb, type Database } from './cloud'
import { AppError, COMMON_CODES, invalidInput, unauthenticated } from './errors'
import { parse, type Schema } from './validate'

export interface ActionContext {
  /** The caller's OPENID from the cloud context; '' only for actions declared `auth: 'none'`. */
  openid: string
  /** The request's instant; rules take it as an argument. */
  now: Date
  db: Database
}

export interface ActionDef<I, O> {
  schema: Schema<I>
  /** 'openid' (default): refuse calls without an OPENID in the cloud context. */
  auth?: 'openid' | 'none'
  handler(input: I, ctx: ActionContext): Promise<O>
}

export type Actions = Record<string, ActionDef<unknown, unknown>>

/** Declares an action with its input type inferred from the schema. */
export function action<I, O>(def: ActionDef<I, O>): ActionDef<I, O> {
  return def
}

/** Fields WeChat itself adds to the event of a client call (never trusted, never used). */
const INJECTED_FIELDS = ['userInfo']

/** A timer trigger's handler: `time` is the trigger's instant (the event's Time, else now). */
export type TimerHandler = (time: Date) => Promise<Reply<unknown>>

/** A message-push event's handler (e.g. `wxa_media_check`, the verdict of security.mediaCheckAsync). */
export type PushHandler = (event: Record<string, unknown>, now: Date) => Promise<Reply<unknown>>

export interface FunctionDef {
  name: string
  actions: Actions
  /** The function's timer trigger (config.json), if it has one. */
  timer?: TimerHandler
  /** Message-push events routed to this function (console: 消息推送 → 云函数), by their `Event`. */
  events?: Record<string, PushHandler>
}

/**
 * A timer event is only believed from the platform's scheduler: it carries `Type: 'Timer'` and no
 * caller. A client call always arrives with WeChat's `userInfo` and an OPENID in the cloud context,
 * so an HTTP client cannot fire a timer (and, say, delete documents) by sending `{Type: 'Timer'}`.
 */
function isTimerEvent(event: Record<string, unknown>): boolean {
  return event.Type === 'Timer'
}
/** A message-push event (`MsgType: 'event'`): believed, like a timer, only without a client caller. */
function isPushEvent(event: Record<string, unknown>): boolean {
  return event.MsgType === 'event' && typeof event.Event === 'string'
}
function fromScheduler(event: Record<string, unknown>): boolean {
  return event.userInfo === undefined && !contextOpenid()
}

/** What an unknown `action` was, for the message, without calling anything on it (it may be any JSON). */
function describeAction(name: unknown): string {
  return typeof name === 'string' ? name.slice(0, 40) : name === null ? 'null' : typeof name
}

export function defineFunction(def: FunctionDef) {
  return async function main(event: unknown, _context?: unknown): Promise<Reply<unknown>> {
    let actionName = '?'
    try {
      if (event === null || typeof event !== 'object' || Array.isArray(event)) throw invalidInput('请求格式不正确')
      const record = event as Record<string, unknown>
      if (isTimerEvent(record)) {
        if (!def.timer || !fromScheduler(record)) throw invalidInput('定时触发只能由云端调度器发起')
        actionName = 'timer'
        return await def.timer(new Date(typeof record.Time === 'string' ? record.Time : Date.now()))
      }
      if (isPushEvent(record)) {
        const handler = def.events && Object.hasOwn(def.events, record.Event as string) ? def.events[record.Event as string] : undefined
        if (!handler || !fromScheduler(record)) throw invalidInput('消息推送只能由微信平台发起')
        actionName = `event:${record.Event as string}`
        return await handler(record, new Date())
      }
      const { action: name, ...rest } = record
      for (const f of INJECTED_FIELDS) delete rest[f]
      if (typeof name !== 'string' || !Object.hasOwn(def.actions, name)) {
        throw invalidInput('未知的操作', [{ path: 'action', message: `不支持的操作：${describeAction(name)}` }])
      }
      actionName = name
      const act = def.actions[name]
      const input = parse(act.schema, rest)
      const openid = contextOpenid()
      if ((act.auth ?? 'openid') === 'openid' && !openid) throw unauthenticated()
      const data = await act.handler(input, { openid, now: new Date(), db: getDb() })
      return { ok: true, data }
    } catch (e) {
      return toFail(e, def.name, actionName)
    }
  }
}

export function toFail(e: unknown, fn: string, actionName: string): Fail {
  if (e instanceof AppError) {
    const fail: Fail = { ok: false, code: e.code, message: e.message }
    if (e.details !== undefined) fail.details = e.details
    return fail
  }
  // Log the error only (never the event: it may carry phones or codes).
  console.error(`[${fn}.${actionName}] unexpected error`, e)
  return { ok: false, code: 'INTERNAL', message: COMMON_CODES.INTERNAL }
}
