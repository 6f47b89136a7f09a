// The consent ledger: subscribe messages are one-time (one accepted template, one message). Per member
// × template we keep a count: the client reports what the member accepted in requestSubscribeMessage
// (at most 3 templates a request, from a tap); a send spends one; WeChat's errCode 43101 ("the user
// refused / has no subscription") sets it to zero. Pure rules; the storage is cloudfunctions/lib/consent.ts.
import { isTemplateKey, TEMPLATE_KEYS, type TemplateKey } from './templates'

/** WeChat shows at most 3 templates in one requestSubscribeMessage. */
export const MAX_TEMPLATES_PER_REPORT = 3
/** WeChat's errCode when the user has not (or no longer) subscribed. */
export const ERR_NO_SUBSCRIPTION = 43101
/** A ceiling per member × template: a client cannot bank unlimited sends by repeating reports. */
export const MAX_BALANCE = 50

export type ConsentRefusal = { code: 'CONSENT_INVALID'; message: string }

/** A report's accepted keys, deduplicated; or why it is refused. */
export function checkReport(accepted: readonly unknown[]): { keys: TemplateKey[] } | ConsentRefusal {
  const keys = [...new Set(accepted)]
  if (keys.length > MAX_TEMPLATES_PER_REPORT)
    return { code: 'CONSENT_INVALID', message: `一次最多订阅 ${MAX_TEMPLATES_PER_REPORT} 个消息模板` }
  const unknown = keys.find((k) => !isTemplateKey(k))
  if (unknown !== undefined) return { code: 'CONSENT_INVALID', message: `未知的消息模板：${String(unknown).slice(0, 40)}` }
  return { keys: keys as TemplateKey[] }
}

/** The balance after an accepted report (capped). */
export const afterAccept = (balance: number): number => Math.min(MAX_BALANCE, Math.max(0, balance) + 1)

/** What a send outcome does to the balance it spent from (the spend already took one). */
export function afterSend(balanceAfterSpend: number, errcode: number): number {
  if (errcode === 0) return balanceAfterSpend
  if (errcode === ERR_NO_SUBSCRIPTION) return 0
  // Another failure (bad argument, network): WeChat used nothing, give the one back.
  return Math.min(MAX_BALANCE, balanceAfterSpend + 1)
}

/**
 * The member's refusal ("不再接收"): the templates whose consents they give up, deduplicated — 1 to all
 * known keys; or why it is refused. Their balances go to zero; a later accepted report adds again.
 */
export function checkStop(keys: readonly unknown[]): { keys: TemplateKey[] } | ConsentRefusal {
  const unique = [...new Set(keys)]
  if (unique.length === 0) return { code: 'CONSENT_INVALID', message: '请选择不再接收的消息' }
  if (unique.length > TEMPLATE_KEYS.length) return { code: 'CONSENT_INVALID', message: '消息模板过多' }
  const unknown = unique.find((k) => !isTemplateKey(k))
  if (unknown !== undefined) return { code: 'CONSENT_INVALID', message: `未知的消息模板：${String(unknown).slice(0, 40)}` }
  return { keys: unique as TemplateKey[] }
}
