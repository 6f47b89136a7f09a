// Finding and running the cloud functions under cloudfunctions/: each folder with an index.ts
// (lib/, the server-side kit, has none) is a function; its config.json holds timer triggers and the timeout.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { type Caller, LOCAL_APPID, LOCAL_ENV_ID, runAs, runInvocation } from '@localcloud/seam/identity'

export const FUNCTIONS_ROOT = path.resolve(__dirname, '../../cloudfunctions')

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** 7 fields: second minute hour day month weekday year, read in UTC+8. */
  config: string
}

export interface FunctionConfig {
  triggers?: TimerTrigger[]
  /** Seconds; WeChat allows at most 60 from the console. */
  timeout?: number
  /** Open APIs the function may call, e.g. ["wxacode.getUnlimited"]; others are refused as in WeChat. */
  permissions?: { openapi?: string[] }
}

/** The open APIs a function's config.json grants. */
export function openapiPermissions(config: FunctionConfig): string[] {
  const list = config.permissions?.openapi
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []
}

export type Main = (event: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown> | unknown

export interface CloudFunction {
  name: string
  dir: string
  config: FunctionConfig
  main: Main
}

export class FunctionTimeoutError extends Error {}

export function listFunctions(root = FUNCTIONS_ROOT): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}

export function readConfig(dir: string): FunctionConfig {
  const file = path.join(dir, 'config.json')
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FunctionConfig) : {}
}

/** Loads a function from its TypeScript source (tsx at run time, jest's transforms in tests). */
export function loadFunction(name: string, root = FUNCTIONS_ROOT): CloudFunction {
  const dir = path.join(root, name)
  const mod = require(path.join(dir, 'index.ts'))
  const main = mod.main ?? mod.default?.main
  if (typeof main !== 'function') throw new Error(`cloud function ${name}: index.ts exports no main`)
  return { name, dir, config: readConfig(dir), main }
}

/**
 * Runs `main(event, context)` as WeChat does: the caller's identity is in the cloud context (and in
 * event.userInfo, which WeChat overwrites whatever the client sent), never taken from the event.
 */
export async function invokeFunction(fn: CloudFunction, event: Record<string, unknown>, caller: Caller): Promise<unknown> {
  const requestId = crypto.randomUUID()
  const timeoutMs = (fn.config.timeout ?? 60) * 1000
  const fullEvent: Record<string, unknown> = { ...event }
  if (caller.source !== 'wx_trigger') fullEvent.userInfo = { appId: caller.appid ?? LOCAL_APPID, openId: caller.openid || undefined }
  const context = {
    request_id: requestId,
    function_name: fn.name,
    namespace: LOCAL_ENV_ID,
    time_limit_in_ms: timeoutMs,
    memory_limit_in_mb: 256,
    callbackWaitsForEmptyEventLoop: false
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FunctionTimeoutError(`${fn.name} timed out after ${timeoutMs} ms`)), timeoutMs)
    timer.unref()
  })
  try {
    const inv = { functionName: fn.name, openapi: openapiPermissions(fn.config) }
    return await Promise.race([runInvocation(inv, () => runAs(caller, async () => fn.main(fullEvent, context))), timeout])
  } finally {
    clearTimeout(timer)
  }
}
