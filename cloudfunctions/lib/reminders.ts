// Sending a reminder exactly once (rules: shared/reminders/). Claim the id `<kind>:<CST day>:<target>`
// in `reminders` first (a second claim fails on the _id: nothing is sent twice), then spend a consent
// of the member for the template (none → no message; the to-do list still shows the matter), send with
// the keywords trimmed to WeChat's limits, and record the outcome on the claim.
import { trimKeywords } from '@shared/reminders/keywords'
import { reminderId } from '@shared/reminders/ids'
import { templateIdOf, type TemplateKey } from '@shared/reminders/templates'
import { getCloud, type Database } from './cloud'
import { isDuplicateKeyError } from './db'
import { settleConsent, spendConsent } from './consent'
import type { ReminderDoc } from './model'

export type ReminderOutcome = ReminderDoc['status'] | 'duplicate'

export interface ReminderSend {
  kind: string
  /** CST day the reminder is for (YYYY-MM-DD). */
  day: string
  target: string
  memberId: string
  /** The member's OPENID; null when not bound (claimed, not sent). */
  openid: string | null
  template: TemplateKey
  /** The page the message opens (weapp path, no leading slash). */
  page: string
  /** Keyword values by key (thing1, time2 …): trimmed here. */
  data: Record<string, string>
}

/** WeChat's errCode of a failed send (the SDK throws with errCode). */
function errcodeOf(e: unknown): number {
  const c = (e as { errCode?: unknown })?.errCode
  return typeof c === 'number' ? c : -1
}

async function claim(db: Database, r: ReminderSend, now: Date): Promise<string | null> {
  const _id = reminderId(r.kind, r.day, r.target)
  try {
    await db.collection('reminders').add({
      data: { _id, kind: r.kind, day: r.day, target: r.target, memberId: r.memberId, template: r.template, status: 'claimed', at: now }
    })
    return _id
  } catch (e) {
    if (isDuplicateKeyError(e)) return null
    throw e
  }
}

/** Claims and, when allowed, sends one reminder; what happened. */
export async function sendReminder(
  db: Database,
  r: ReminderSend,
  now: Date,
  env: Record<string, string | undefined> = process.env
): Promise<ReminderOutcome> {
  const id = await claim(db, r, now)
  if (!id) return 'duplicate'
  const status = await deliver(db, r, now, env)
  await db.collection('reminders').doc(id).update({ data: { status } })
  return status
}

async function deliver(db: Database, r: ReminderSend, now: Date, env: Record<string, string | undefined>): Promise<ReminderDoc['status']> {
  const templateId = templateIdOf(r.template, env)
  if (!templateId) return 'noTemplate'
  if (!r.openid) return 'unbound'
  if (!(await spendConsent(db, r.memberId, r.template, now))) return 'noConsent'
  let errcode = 0
  try {
    await getCloud().openapi.subscribeMessage.send({
      touser: r.openid,
      templateId,
      page: r.page,
      data: trimKeywords(r.data),
      miniprogramState: 'formal'
    })
  } catch (e) {
    errcode = errcodeOf(e)
    console.warn(`[reminders.${r.kind}] subscribeMessage.send failed`, errcode)
  }
  await settleConsent(db, r.memberId, r.template, errcode, now)
  return errcode === 0 ? 'sent' : errcode === 43101 ? 'refused' : 'failed'
}
