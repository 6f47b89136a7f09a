// The secretary's care to-dos for a branch: the triggers of shared/care/triggers.ts over its members.
import type { CareApi } from '@shared/care/api'
import { careTodos, NO_CHECKIN_WEEKS } from '@shared/care/triggers'
import { requireCaller } from '@server/auth'
import { findAll, findFirst, findIn } from '@server/db'
import { forbidden } from '@server/errors'
import { loadOrg } from '@server/orgs'
import { action } from '@server/router'
import { v } from '@server/validate'
import { isBranchSecretary } from './access'
import { orgId } from './schemas'

export const todo = action({
  schema: v.object({ orgId: orgId() }),
  async handler(input, { db, openid, now }): Promise<CareApi['todo']['res']> {
    const caller = await requireCaller(db, openid)
    await loadOrg(db, input.orgId)
    if (!isBranchSecretary(caller, input.orgId)) throw forbidden('只有支部书记可以查看关爱提醒')
    const members = await findAll(db, 'members', { assessingOrgId: input.orgId })
    const ids = members.map((m) => m._id)
    const period = await findFirst(db, 'periods', { orgId: input.orgId, status: 'published' }, { field: 'publishedAt', order: 'desc' })
    const results = period ? new Map((await findAll(db, 'results', { periodId: period._id })).map((r) => [r.memberId, r])) : new Map()
    const lastCheckin = new Map<string, Date>()
    for (const c of await findIn(db, 'checkins', 'memberId', ids)) {
      const at = new Date(c.checkedInAt)
      if (!lastCheckin.has(c.memberId) || (lastCheckin.get(c.memberId) as Date) < at) lastCheckin.set(c.memberId, at)
    }
    const lastCare = new Map<string, Date>()
    for (const r of await findIn(db, 'careRecords', 'memberId', ids)) {
      const key = `${r.memberId}:${r.kind}`
      const at = new Date(`${r.date}T23:59:59+08:00`)
      if (!lastCare.has(key) || (lastCare.get(key) as Date) < at) lastCare.set(key, at)
    }
    const flags = new Map((await findIn(db, 'careFlags', '_id', ids)).map((f) => [f._id, f]))
    const todos = members
      .filter((m) => m._id !== caller.memberId)
      .flatMap((m) => {
        const r = results.get(m._id)
        const f = flags.get(m._id)
        return careTodos(
          {
            memberId: m._id,
            name: m.name,
            joinedAt: m.joinedAt,
            result: r && period?.publishedAt ? { periodName: period.name, flag: r.flag, publishedAt: new Date(period.publishedAt) } : null,
            lastCheckinAt: lastCheckin.get(m._id) ?? null,
            countedSince: m.createdAt ? new Date(m.createdAt) : null,
            hardship: f ? { since: new Date(f.since), note: f.note } : null,
            lastTalkAt: lastCare.get(`${m._id}:talk`) ?? null,
            lastVisitAt: lastCare.get(`${m._id}:visit`) ?? null
          },
          now
        )
      })
    return { todos, weeks: NO_CHECKIN_WEEKS }
  }
})
