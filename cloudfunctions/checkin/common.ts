// Reads several actions share, and turning stored docs into API shapes.
import type { Activity, ActivityPhase, CheckinRecord } from '@shared/checkin/api'
import type { Database } from '@server/cloud'
import { findAll, findByIds, getOrNull } from '@server/db'
import { committeeOf } from '@shared/checkin/eligibility'
import { activityStage } from '@shared/checkin/stage'
import { windowState } from '@shared/checkin/window'
import { cstClock } from '@shared/core/time'
import { notFound } from '@server/errors'
import type { ActivityDoc, CheckinDoc, OrgDoc } from '@server/model'

export const asDate = (x: Date | string) => (x instanceof Date ? x : new Date(x))

export async function loadActivity(db: Database, id: string): Promise<ActivityDoc> {
  const a = await getOrNull(db, 'activities', id)
  if (!a) throw notFound('该活动不存在')
  return a
}

export { loadOrg } from '@server/orgs'

/** The committee an org belongs to (walking up its parents; null outside every committee). */
export async function committeeIdOf(db: Database, org: OrgDoc): Promise<string | null> {
  const chain: OrgDoc[] = [org]
  // A bounded walk: the tree is committee → general branch → branch → group; a cycle cannot loop.
  for (let o = org; o.parentId && chain.length < 8; ) {
    const parent = await getOrNull(db, 'orgs', o.parentId)
    if (!parent) break
    chain.push(parent)
    o = parent
  }
  return committeeOf(chain)
}

export function phaseOf(a: Pick<ActivityDoc, 'opensAt' | 'closesAt'>, now: Date): ActivityPhase {
  const s = windowState({ opensAt: asDate(a.opensAt), closesAt: asDate(a.closesAt) }, now)
  return s === 'notOpen' ? 'upcoming' : s === 'open' ? 'open' : 'ended'
}

export function toActivity(a: ActivityDoc, orgName: string, now: Date): Activity {
  return {
    _id: a._id,
    type: a.type,
    title: a.title,
    orgId: a.orgId,
    orgName,
    startAt: asDate(a.startAt).toISOString(),
    endAt: asDate(a.endAt).toISOString(),
    opensAt: asDate(a.opensAt).toISOString(),
    closesAt: asDate(a.closesAt).toISOString(),
    lateAfter: asDate(a.lateAfter).toISOString(),
    open: a.open,
    venue: a.venue ?? null,
    stationIds: a.stationIds ?? [],
    rotateSeconds: a.rotateSeconds,
    phase: phaseOf(a, now),
    stage: activityStage(a, now),
    expectedCount: (a.expectedMemberIds ?? []).length,
    createdBy: a.createdBy
  }
}

export async function orgNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const orgs = await findByIds(db, 'orgs', ids)
  return new Map(ids.map((id) => [id, orgs.get(id)?.name ?? id]))
}

export async function memberNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const members = await findByIds(db, 'members', ids)
  return new Map(ids.map((id) => [id, members.get(id)?.name ?? id]))
}

export async function checkinsOf(db: Database, activityId: string): Promise<CheckinDoc[]> {
  const docs = await findAll(db, 'checkins', { activityId })
  return docs.sort((x, y) => asDate(x.checkedInAt).getTime() - asDate(y.checkedInAt).getTime() || x._id.localeCompare(y._id))
}

export function toRecord(c: CheckinDoc, name: string): CheckinRecord {
  const at = asDate(c.checkedInAt)
  const r: CheckinRecord = {
    memberId: c.memberId,
    name,
    checkedInAt: at.toISOString(),
    clock: cstClock(at),
    late: c.late,
    makeup: c.makeup
  }
  if (c.makeup && c.makeupReason) r.makeupReason = c.makeupReason
  return r
}
