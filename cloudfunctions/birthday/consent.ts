// reportConsent: what the caller accepted in one requestSubscribeMessage, into the consent ledger
// (cloudfunctions/lib/consent.ts); stopConsent: the member's refusal (不再接收), those balances to zero.
// Only the caller's own ledger is read or written.
import { requireCaller } from '@server/auth'
import { reportConsent as record, stopConsents } from '@server/consent'
import { action } from '@server/router'
import { v } from '@server/validate'

export const reportConsent = action({
  schema: v.object({
    reportId: v.string({ min: 8, max: 40, label: '上报编号', pattern: /^[A-Za-z0-9_-]+$/ }),
    accepted: v.array(v.string({ min: 1, max: 40, label: '消息模板' }), { max: 10, label: '已同意的消息模板' })
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    return record(db, caller.memberId, input.reportId, input.accepted, now)
  }
})

export const stopConsent = action({
  schema: v.object({
    keys: v.array(v.string({ min: 1, max: 40, label: '消息模板' }), { max: 10, label: '不再接收的消息模板' })
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    return { balances: await stopConsents(db, caller.memberId, input.keys, now) }
  }
})
