// THE one client seam for subscribe-message consent (one-time: one accepted template, one message;
// the server keeps the ledger, cloudfunctions/lib/consent.ts). Call `askConsent` straight from a tap
// handler, before any await: WeChat opens its subscribe sheet only from a tap.
// weapp → Taro.requestSubscribeMessage with at most 3 template ids (whoami's `subscribeTemplates`);
// h5   → no such API (Taro's H5 says "not supported"): a confirm sheet (Taro.showModal) that grants all the
//         named templates or none, so the local demo can give consent; the local outbox then shows the messages.
// Then the accepted keys go to the birthday function's `reportConsent` with one report id (a retry after a
// network failure sends the same id, which the server counts once).
import Taro from '@tarojs/taro'
import type { ConsentBalances } from '@shared/reminders/api'
import { MAX_TEMPLATES_PER_REPORT } from '@shared/reminders/consent'
import { type SubscribeTemplates, TEMPLATE_LABEL, type TemplateKey } from '@shared/reminders/templates'
import { CloudError, callCloud } from './cloud'

export interface ConsentOutcome {
  /** The keys asked about (set template ids only, at most 3). */
  asked: TemplateKey[]
  /** Those the member accepted (reported to the server). */
  accepted: TemplateKey[]
  /** The ledger after the report; null when nothing was reported (nothing asked or nothing accepted). */
  balances: ConsentBalances | null
}

/** Which of `keys` can be asked for: those with a template id, deduplicated, at most 3 (WeChat's limit), in order. */
export function askableKeys(keys: readonly TemplateKey[], templates: SubscribeTemplates | null | undefined): TemplateKey[] {
  const out: TemplateKey[] = []
  for (const k of keys) if (templates?.[k] && !out.includes(k)) out.push(k)
  return out.slice(0, MAX_TEMPLATES_PER_REPORT)
}

/** The H5 sheet's text: what the member will receive, each once. */
export function h5ConsentText(keys: readonly TemplateKey[]): string {
  return `同意后，以下微信消息各发送一次：${keys.map((k) => TEMPLATE_LABEL[k]).join('、')}。用完后可在“消息提醒”中再次开启。`
}

/** A fresh report id (8–40 of [A-Za-z0-9_-]). */
export function newReportId(): string {
  return `rc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

const FAILED = '订阅消息暂时无法开启，请稍后再试'

async function prompt(keys: TemplateKey[], templates: SubscribeTemplates): Promise<TemplateKey[]> {
  if (process.env.TARO_ENV === 'weapp') {
    const idOf = (k: TemplateKey) => templates[k] ?? ''
    let res: Record<string, unknown>
    try {
      res = (await Taro.requestSubscribeMessage({ tmplIds: keys.map(idOf), entityIds: [] })) as unknown as Record<string, unknown>
    } catch (e) {
      // e.g. 20004: the member switched off this mini-program's messages in WeChat's settings.
      const code = (e as { errCode?: number })?.errCode
      throw new CloudError('SUBSCRIBE_FAILED', code === 20004 ? '已在微信中关闭本小程序的消息，请在“设置”中开启后再试' : FAILED, e)
    }
    return keys.filter((k) => res[idOf(k)] === 'accept')
  }
  const res = await Taro.showModal({ title: '接收消息提醒', content: h5ConsentText(keys), confirmText: '允许', cancelText: '拒绝' })
  return res.confirm ? keys : []
}

async function report(reportId: string, accepted: TemplateKey[]): Promise<ConsentBalances> {
  const send = () => callCloud('birthday', { action: 'reportConsent', reportId, accepted })
  try {
    return (await send()).balances
  } catch (e) {
    if (!(e instanceof CloudError) || (e.code !== 'NETWORK' && e.code !== 'TIMEOUT')) throw e
  }
  return (await send()).balances
}

/**
 * Ask the member to accept these reminders (each once) and record what they accepted. Call it from a
 * tap, first thing. Nothing is asked when no template of `keys` is set; nothing is reported when the
 * member accepts none.
 */
export async function askConsent(keys: readonly TemplateKey[], templates: SubscribeTemplates | null | undefined): Promise<ConsentOutcome> {
  const asked = askableKeys(keys, templates)
  if (!asked.length || !templates) return { asked, accepted: [], balances: null }
  const accepted = await prompt(asked, templates)
  if (!accepted.length) return { asked, accepted, balances: null }
  return { asked, accepted, balances: await report(newReportId(), accepted) }
}

/** The member's refusal (不再接收): these templates' consents to zero. */
export async function stopConsent(keys: readonly TemplateKey[]): Promise<ConsentBalances> {
  return (await callCloud('birthday', { action: 'stopConsent', keys: [...keys] })).balances
}
