// The one place that initialises wx-server-sdk. In WeChat cloud DYNAMIC_CURRENT_ENV is the
// environment the function is deployed in; locally the local cloud swaps the SDK's transport.
import * as cloud from 'wx-server-sdk'

let inited = false

export function getCloud(): typeof cloud {
  if (!inited) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    inited = true
  }
  return cloud
}

export type Database = ReturnType<typeof cloud.database>

/** What runTransaction hands its callback, as far as the functions use it (the SDK types it `any`). */
export interface Transaction {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      set(options: { data: object }): Promise<unknown>
      update(options: { data: object }): Promise<unknown>
    }
  }
}

export function getDb(): Database {
  return getCloud().database()
}

/** The caller's OPENID from the cloud context (never from the event); '' when there is none. */
export function contextOpenid(): string {
  const ctx = getCloud().getWXContext() as { OPENID?: unknown }
  return typeof ctx.OPENID === 'string' ? ctx.OPENID : ''
}
