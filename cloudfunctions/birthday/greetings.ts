// myGreeting / openGreeting: the caller's own political-birthday greetings (written by the timer). A
// member reads only their own: another's greeting id answers NOT_FOUND, as a missing one does.
import type { Greeting } from '@shared/birthday/api'
import { requireCaller } from '@server/auth'
import { findAll, getOrNull } from '@server/db'
import { notFound } from '@server/errors'
import type { GreetingDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'

const MAX_GREETINGS = 20

export function toGreeting(d: GreetingDoc): Greeting {
  return {
    _id: d._id,
    memberId: d.memberId,
    name: d.name,
    date: d.date,
    joinedAt: d.joinedAt,
    years: d.years,
    round: d.round,
    orgId: d.orgId,
    orgName: d.orgName,
    oath: d.oath,
    openedAt: d.openedAt ? new Date(d.openedAt).toISOString() : null
  }
}

export const myGreeting = action({
  schema: v.object({}),
  async handler(_input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const docs = await findAll(db, 'birthdayGreetings', { memberId: caller.memberId }, { max: 200 })
    const greetings = docs
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, MAX_GREETINGS)
      .map(toGreeting)
    return { greetings }
  }
})

export const openGreeting = action({
  schema: v.object({ greetingId: v.string({ min: 1, max: 80, label: '祝福编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}$/ }) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const doc = await getOrNull(db, 'birthdayGreetings', input.greetingId)
    if (!doc || doc.memberId !== caller.memberId) throw notFound('没有找到这条政治生日祝福')
    if (!doc.openedAt) {
      await db
        .collection('birthdayGreetings')
        .doc(doc._id)
        .update({ data: { openedAt: now } })
      doc.openedAt = now
    }
    return { greeting: toGreeting(doc) }
  }
})
