// Per-request identity. In WeChat cloud each invocation has its own process environment
// (WX_OPENID ...); here many requests share one process, so the identity of the request being
// served travels in AsyncLocalStorage and never leaks into a concurrent one.
import { AsyncLocalStorage } from 'node:async_hooks'

export interface Caller {
  /** Empty for timer triggers and anonymous gateway calls. */
  openid: string
  appid?: string
  unionid?: string
  /** 'wx_client' for calls from the app, 'wx_trigger' for timers (as WeChat's TCB_SOURCE). */
  source?: string
}

const current = new AsyncLocalStorage<Caller>()

export const LOCAL_ENV_ID = 'local-tongxin'
export const LOCAL_APPID = 'wx-local-tongxin'

export function runAs<T>(caller: Caller, fn: () => T): T {
  return current.run(caller, fn)
}

/** What `cloud.getWXContext()` answers for the request being served, in WeChat's shape. */
export function wxContext(): Record<string, string> {
  const caller = current.getStore()
  const ctx: Record<string, string> = { ENV: LOCAL_ENV_ID }
  if (!caller) return ctx
  if (caller.openid) {
    ctx.OPENID = caller.openid
    ctx.APPID = caller.appid ?? LOCAL_APPID
  }
  if (caller.unionid) ctx.UNIONID = caller.unionid
  if (caller.source) ctx.SOURCE = caller.source
  return ctx
}

export function currentCaller(): Caller | undefined {
  return current.getStore()
}

/**
 * The function being run. WeChat checks each open API call against the calling function's
 * config.json (`permissions.openapi`); without this a missing permission would only show in the cloud.
 */
export interface Invocation {
  functionName: string
  openapi: readonly string[]
}

const invocation = new AsyncLocalStorage<Invocation>()

export function runInvocation<T>(inv: Invocation, fn: () => T): T {
  return invocation.run(inv, fn)
}

/** Undefined outside a function (a test calling the SDK directly): then nothing is checked. */
export function currentInvocation(): Invocation | undefined {
  return invocation.getStore()
}

/** How many local clouds are open in this module instance (each holds the two request contexts above). */
let holders = 0

export function holdContexts(): void {
  holders++
}

/**
 * An enabled AsyncLocalStorage costs every promise in the process a little, and stays enabled until it is
 * disabled. A test runner evaluates this module again for every test file, two more storages each time:
 * switching them off when the last cloud closes keeps that cost from growing file after file. A later
 * `run()` switches them on again.
 */
export function releaseContexts(): void {
  holders = Math.max(0, holders - 1)
  if (holders > 0) return
  current.disable()
  invocation.disable()
}
