// The consent ledger's storage (rules: shared/reminders/consent.ts). `consents`: _id =
// '<memberId>:<templateKey>', balance; `consentReports`: _id = '<memberId>:<reportId>', so a report the
// client sends twice (a retry) counts once. Every function that sends subscribe messages shares it.
import { afterAccept, afterSend, checkReport, checkStop } from '@shared/reminders/consent'
import { TEMPLATE_KEYS, type TemplateKey } from '@shared/reminders/templates'
import type { ConsentBalances } from '@shared/reminders/api'
import type { Database } from './cloud'
import { findAll, isDuplicateKeyError } from './db'
import { AppError } from './errors'

export const consentId = (memberId: string, key: TemplateKey) => `${memberId}:${key}`

/** The member's balance per template (0 when never accepted). */
export async function balancesOf(db: Database, memberId: string): Promise<ConsentBalances> {
  const _ = db.command
  const ids = TEMPLATE_KEYS.map((k) => consentId(memberId, k))
  const docs = await findAll(db, 'consents', { _id: _.in(ids) })
  const out = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, 0])) as ConsentBalances
  for (const d of docs) out[d.templateKey] = d.balance
  return out
}

/**
 * Records what the member accepted in one requestSubscribeMessage (decide, then record): refused as a
 * whole (CONSENT_INVALID) when it names more than 3 templates or an unknown one; a report id seen before
 * adds nothing.
 */
export async function reportConsent(
  db: Database,
  memberId: string,
  reportId: string,
  accepted: readonly unknown[],
  now: Date
): Promise<{ counted: boolean; balances: ConsentBalances }> {
  const verdict = checkReport(accepted)
  if ('code' in verdict) throw new AppError(verdict.code, verdict.message)
  try {
    await db.collection('consentReports').add({ data: { _id: `${memberId}:${reportId}`, memberId, keys: verdict.keys, at: now } })
  } catch (e) {
    if (isDuplicateKeyError(e)) return { counted: false, balances: await balancesOf(db, memberId) }
    throw e
  }
  const current = await balancesOf(db, memberId)
  for (const key of verdict.keys) {
    const balance = afterAccept(current[key])
    await db
      .collection('consents')
      .doc(consentId(memberId, key))
      .set({ data: { memberId, templateKey: key, balance, updatedAt: now } })
    current[key] = balance
  }
  return { counted: true, balances: current }
}

/**
 * The member's refusal (不再接收): the named templates' balances to zero (decide, then record; CONSENT_INVALID
 * writes nothing). Idempotent: stopping twice leaves zero. Only templates with a ledger entry are written.
 */
export async function stopConsents(db: Database, memberId: string, keys: readonly unknown[], now: Date): Promise<ConsentBalances> {
  const verdict = checkStop(keys)
  if ('code' in verdict) throw new AppError(verdict.code, verdict.message)
  const current = await balancesOf(db, memberId)
  for (const key of verdict.keys) {
    if (current[key] === 0) continue
    await db
      .collection('consents')
      .doc(consentId(memberId, key))
      .update({ data: { balance: 0, updatedAt: now } })
    current[key] = 0
  }
  return current
}

/** Takes one consent if there is one (a conditional update, safe against a concurrent send); false when none. */
export async function spendConsent(db: Database, memberId: string, key: TemplateKey, now: Date): Promise<boolean> {
  const _ = db.command
  const res = (await db
    .collection('consents')
    .where({ _id: consentId(memberId, key), balance: _.gt(0) })
    .update({ data: { balance: _.inc(-1), updatedAt: now } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

/** After a send that spent one: 43101 sets the balance to zero; another failure gives the one back. */
export async function settleConsent(db: Database, memberId: string, key: TemplateKey, errcode: number, now: Date): Promise<void> {
  if (errcode === 0) return
  const _ = db.command
  const id = consentId(memberId, key)
  if (afterSend(0, errcode) === 0)
    await db
      .collection('consents')
      .doc(id)
      .update({ data: { balance: 0, updatedAt: now } })
  else
    await db
      .collection('consents')
      .doc(id)
      .update({ data: { balance: _.inc(1), updatedAt: now } })
}
