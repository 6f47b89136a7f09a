// Local mode only (H5 served by the local cloud gateway): pick a demo person to act as.
// In WeChat the identity comes from the cloud context; none of this exists there.
import { forgetCaller } from './caller'
import { CloudError, TRANSPORT_MESSAGES } from './cloud'

export interface DemoPerson {
  openid: string
  memberId: string | null
  name: string
  orgId: string | null
  orgName: string | null
  roleLabel: string
  /** Heading to group under, e.g. the branch name. */
  group: string
}

export function isLocalMode(): boolean {
  return process.env.TARO_ENV === 'h5'
}

async function devRequest<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init })
  } catch (e) {
    throw new CloudError('NETWORK', TRANSPORT_MESSAGES.NETWORK, e)
  }
  // The gateway's envelope; any other JSON falls through to BAD_REPLY.
  let body: { ok?: unknown; data?: T; code?: string; message?: string } | null
  try {
    body = await res.json()
  } catch {
    throw new CloudError('BAD_REPLY', res.status === 404 ? '本地演示服务未启用' : TRANSPORT_MESSAGES.BAD_REPLY)
  }
  if (body && body.ok === true) return body.data as T
  throw new CloudError(body?.code || 'BAD_REPLY', body?.message || TRANSPORT_MESSAGES.BAD_REPLY)
}

export const devSession = {
  people: () => devRequest<{ people: DemoPerson[] }>('/dev/people').then((d) => d.people),
  // Another identity: whoever was cached is not the caller any more.
  login: (openid: string) => {
    forgetCaller()
    return devRequest<unknown>('/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid })
    }).finally(forgetCaller)
  },
  logout: () => {
    forgetCaller()
    return devRequest<unknown>('/dev/logout', { method: 'POST' }).finally(forgetCaller)
  }
}
