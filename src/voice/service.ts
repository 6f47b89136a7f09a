// Typed helpers for the `voice` cloud function (the contract: shared/voice/api.ts), on the one transport.
import type { ListRequest, SubmitRequest } from '@shared/voice/api'
import { callCloud } from '@/core/cloud'

export const voice = {
  submit: (req: SubmitRequest) => callCloud('voice', { action: 'submit', ...req }),
  list: (req: ListRequest) => callCloud('voice', { action: 'list', ...req }),
  get: (id: string) => callCloud('voice', { action: 'get', id }),
  receive: (id: string) => callCloud('voice', { action: 'receive', id }),
  assign: (id: string, handlerId: string) => callCloud('voice', { action: 'assign', id, handlerId }),
  answer: (id: string, answer: string) => callCloud('voice', { action: 'answer', id, answer }),
  confirm: (id: string) => callCloud('voice', { action: 'confirm', id }),
  reopen: (id: string, reason: string) => callCloud('voice', { action: 'reopen', id, reason }),
  stats: (orgId?: string) => callCloud('voice', orgId ? { action: 'stats', orgId } : { action: 'stats' })
}
