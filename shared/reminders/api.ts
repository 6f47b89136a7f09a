// The consent ledger's contract (the `reportConsent` action, served by the functions that send
// subscribe messages; birthday's first). The client calls it right after wx.requestSubscribeMessage
// with the templates the member accepted ('accept'), and a fresh report id per request.
import type { TemplateKey } from './templates'

/** The caller's consents left per template (one message each). */
export type ConsentBalances = Record<TemplateKey, number>

export interface ReportConsentRequest {
  action: 'reportConsent'
  /** A fresh id per requestSubscribeMessage (the client's retry sends the same one): 8–40 of [A-Za-z0-9_-]. */
  reportId: string
  /** The template keys the member accepted (at most 3). */
  accepted: TemplateKey[]
}

export interface ReportConsentResult {
  /** False when this report id was seen before (nothing added). */
  counted: boolean
  balances: ConsentBalances
}

/** The member's refusal (不再接收): these templates' consents go to zero until they accept again. */
export interface StopConsentRequest {
  action: 'stopConsent'
  /** 1–4 template keys. */
  keys: TemplateKey[]
}

export interface StopConsentResult {
  balances: ConsentBalances
}
