// The care triggers over a branch's members (shared/care/triggers.ts), read once here for both the care
// function's `todo` and member.whoami's summary line on the secretary's home: the members assessed in the
// org, its latest published assessment period's results and recorded talks (the assessment's talk with a
// yellow-or-below member is the 六必谈 talk), their last check-ins, care records, hardship flags and the
// Party-spirit analyses standing returned (返单, the study function's studyAnalyses).
import type { CareTodo } from '@shared/care/api'
import { careTodos, NO_CHECKIN_WEEKS } from '@shared/care/triggers'
import type { Database } from './cloud'
import { findAll, findFirst, findIn, getOrNull } from './db'
import { committeeOf } from './orgs'

/** The weeks without a check-in that raise a to-do in an org: its committee's setting, else the default. */
export async function noCheckinWeeksFor(db: Database, orgId: string): Promise<number> {
  const committeeId = await committeeOf(db, await getOrNull(db, 'orgs', orgId))
  const saved = committeeId ? await getOrNull(db, 'careOccasions', committeeId) : null
  return saved?.noCheckinWeeks ?? NO_CHECKIN_WEEKS
}

export async function careTodosOfOrg(db: Database, orgId: string, now: Date, exceptMemberId?: string): Promise<CareTodo[]> {
  const members = (await findAll(db, 'members', { assessingOrgId: orgId })).filter((m) => m._id !== exceptMemberId)
  const ids = members.map((m) => m._id)
  if (!ids.length) return []
  const period = await findFirst(db, 'periods', { orgId, status: 'published' }, { field: 'publishedAt', order: 'desc' })
  const results = period ? new Map((await findAll(db, 'results', { periodId: period._id })).map((r) => [r.memberId, r])) : new Map()
  // The assessment's own talk with a yellow-or-below member (recorded in the period's talks) counts as the talk.
  const assessmentTalks = period ? await findAll(db, 'talks', { periodId: period._id }) : []
  const lastCheckin = new Map<string, Date>()
  for (const c of await findIn(db, 'checkins', 'memberId', ids)) {
    const at = new Date(c.checkedInAt)
    const had = lastCheckin.get(c.memberId)
    if (!had || had < at) lastCheckin.set(c.memberId, at)
  }
  const lastCare = new Map<string, Date>()
  for (const r of await findIn(db, 'careRecords', 'memberId', ids)) {
    const key = `${r.memberId}:${r.kind}`
    // A record counts for its whole CST day.
    const at = new Date(`${r.date}T23:59:59+08:00`)
    const had = lastCare.get(key)
    if (!had || had < at) lastCare.set(key, at)
  }
  for (const t of assessmentTalks) {
    if (!t.recordedAt) continue
    const key = `${t.memberId}:talk`
    const at = new Date(t.recordedAt)
    const had = lastCare.get(key)
    if (!had || had < at) lastCare.set(key, at)
  }
  const flags = new Map((await findIn(db, 'careFlags', '_id', ids)).map((f) => [f._id, f]))
  const weeks = await noCheckinWeeksFor(db, orgId)
  // A member has one analysis a quarter; the latest returned one names the quarter.
  const returned = new Map<string, { year: number; quarter: number; reason: string; at: Date }>()
  for (const a of await findIn(db, 'studyAnalyses', 'memberId', ids)) {
    if (a.status !== 'returned' || !a.verdict) continue
    const had = returned.get(a.memberId)
    if (had && had.year * 10 + had.quarter > a.year * 10 + a.quarter) continue
    returned.set(a.memberId, { year: a.year, quarter: a.quarter, reason: a.verdict.reason, at: new Date(a.verdict.at) })
  }
  return members.flatMap((m) => {
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
        returnedAnalysis: returned.get(m._id) ?? null,
        lastTalkAt: lastCare.get(`${m._id}:talk`) ?? null,
        lastVisitAt: lastCare.get(`${m._id}:visit`) ?? null
      },
      now,
      weeks
    )
  })
}
