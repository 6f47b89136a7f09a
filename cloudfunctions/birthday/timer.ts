// The daily timer (config.json, 08:00 CST: `0 0 8 * * * *`). For every CST day to run (today, and days
// missed while the function was down, at most 7 back: shared/reminders/ids.ts daysToRun):
//  - a member whose political birthday is that day gets a greeting in the app (`birthdayGreetings`, _id
//    '<memberId>:<year>': never twice) and, with a consent left, a subscribe message (kind 'birthday');
//  - the secretaries of the org that greets them get a reminder REMIND_DAYS_AHEAD days before (kind
//    'birthdaySoon', one per secretary and day, naming the first members).
// Members are read org by org (the indexed assessingOrgId, then those without one) a page of 1000 at a time
// (lib/paging.ts), projected to the fields the rules need: never the whole committee in memory.
import { birthdayOn, type BirthdayOn } from '@shared/birthday/anniversary'
import { OATH } from '@shared/birthday/oath'
import { greetingOrgOf } from '@shared/birthday/served'
import { REMIND_DAYS_AHEAD } from '@shared/birthday/upcoming'
import { daysToRun } from '@shared/reminders/ids'
import { addDaysYmd, cstDate } from '@shared/core/time'
import { getDb, type Database } from '@server/cloud'
import { findAll, findIn, isDuplicateKeyError } from '@server/db'
import type { GreetingDoc, MemberDoc } from '@server/model'
import { eachLimited, forEachPage, SEND_CONCURRENCY } from '@server/paging'
import { sendReminder } from '@server/reminders'
import { lastDoneDay, markDone } from '@server/timerRuns'

export const JOB = 'birthday:daily'
export const GREETING_PAGE = 'birthday/pages/greeting/index'
export const UPCOMING_PAGE = 'birthday/pages/upcoming/index'

type Env = Record<string, string | undefined>
type Slim = Pick<MemberDoc, '_id' | 'name' | 'joinedAt' | 'homeOrgId' | 'assessingOrgId' | 'partyStatus'>
interface Hit {
  m: Slim
  day: string
  b: BirthdayOn
}

export interface DailyResult {
  days: string[]
  greetings: number
  messages: number
  secretaryReminders: number
  pages: number
}

export async function daily(time: Date, env: Env = process.env, db: Database = getDb()): Promise<DailyResult> {
  const today = cstDate(time)
  const days = daysToRun(await lastDoneDay(db, JOB), today)
  const out: DailyResult = { days, greetings: 0, messages: 0, secretaryReminders: 0, pages: 0 }
  if (!days.length) return out

  const today_: Hit[] = []
  const soon: Hit[] = []
  const orgs = await findAll(db, 'orgs', {}, { field: { name: true } })
  const visit = async (docs: Slim[]) => {
    for (const m of docs) {
      if (!m.joinedAt || (m.partyStatus !== 'full' && m.partyStatus !== 'probationary')) continue
      for (const day of days) {
        const b = birthdayOn(m.joinedAt, day)
        if (b) today_.push({ m, day, b })
        const s = birthdayOn(m.joinedAt, addDaysYmd(day, REMIND_DAYS_AHEAD))
        if (s) soon.push({ m, day, b: s })
      }
    }
  }
  const field = { name: true, joinedAt: true, homeOrgId: true, assessingOrgId: true, partyStatus: true } as const
  for (const assessingOrgId of [...orgs.map((o) => o._id), ''])
    out.pages += await forEachPage(db, 'members', { assessingOrgId }, field, visit)

  const names = new Map(orgs.map((o) => [o._id, o.name]))
  const orgName = (id: string) => names.get(id) ?? ''

  // Greetings and the members' messages.
  const openids = await openidsOf(
    db,
    today_.map((h) => h.m._id)
  )
  await eachLimited(today_, SEND_CONCURRENCY, async (h) => {
    const orgId = greetingOrgOf(h.m)
    const doc: GreetingDoc = {
      _id: `${h.m._id}:${h.b.date.slice(0, 4)}`,
      memberId: h.m._id,
      name: h.m.name,
      date: h.b.date,
      joinedAt: h.m.joinedAt as string,
      years: h.b.years,
      round: h.b.round,
      orgId,
      orgName: orgName(orgId),
      oath: OATH,
      openedAt: null,
      createdAt: time
    }
    if (await addOnce(db, doc)) out.greetings++
    const status = await sendReminder(
      db,
      {
        kind: 'birthday',
        day: h.day,
        target: h.m._id,
        memberId: h.m._id,
        openid: openids.get(h.m._id) ?? null,
        template: 'birthdayGreeting',
        page: `${GREETING_PAGE}?greetingId=${encodeURIComponent(doc._id)}`,
        data: { thing1: `入党${h.b.years}周年政治生日`, date2: h.b.date, thing3: `${orgName(orgId)}祝你政治生日快乐` }
      },
      time,
      env
    )
    if (status === 'sent') out.messages++
  })

  // Secretaries: one reminder per secretary and day.
  const byOrgDay = new Map<string, Hit[]>()
  for (const h of soon) {
    const key = `${greetingOrgOf(h.m)}|${h.day}`
    byOrgDay.set(key, [...(byOrgDay.get(key) ?? []), h])
  }
  const secretaries = await secretariesOf(db, [...new Set(soon.map((h) => greetingOrgOf(h.m)))])
  const secOpenids = await openidsOf(db, [...new Set([...secretaries.values()].flat())])
  const jobs = [...byOrgDay].flatMap(([key, hits]) => (secretaries.get(key.split('|')[0]) ?? []).map((sid) => ({ key, hits, sid })))
  await eachLimited(jobs, SEND_CONCURRENCY, async ({ key, hits, sid }) => {
    const [orgId, day] = key.split('|')
    const names = hits.map((h) => h.m.name)
    const status = await sendReminder(
      db,
      {
        kind: 'birthdaySoon',
        day,
        target: `${orgId}:${sid}`,
        memberId: sid,
        openid: secOpenids.get(sid) ?? null,
        template: 'birthdayUpcoming',
        page: `${UPCOMING_PAGE}?orgId=${encodeURIComponent(orgId)}`,
        data: {
          thing1: names.length > 1 ? `${names[0]}等${names.length}名党员` : names[0],
          date2: hits[0].b.date,
          thing3: `${REMIND_DAYS_AHEAD}天后政治生日，请准备“七个一”`
        }
      },
      time,
      env
    )
    if (status === 'sent') out.secretaryReminders++
  })

  await markDone(db, JOB, today, time)
  return out
}

async function addOnce(db: Database, doc: GreetingDoc): Promise<boolean> {
  try {
    await db.collection('birthdayGreetings').add({ data: doc })
    return true
  } catch (e) {
    if (isDuplicateKeyError(e)) return false
    throw e
  }
}

async function openidsOf(db: Database, memberIds: string[]): Promise<Map<string, string>> {
  if (!memberIds.length) return new Map()
  const bindings = await findIn(db, 'bindings', 'memberId', memberIds)
  return new Map(bindings.map((b) => [b.memberId, b._id]))
}

/** The secretaries of each org (by org id). */
async function secretariesOf(db: Database, orgIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (!orgIds.length) return out
  for (const orgId of orgIds) {
    const members = await findAll(db, 'members', { 'roles.orgId': orgId }, { field: { roles: true } })
    out.set(
      orgId,
      members.filter((m) => (m.roles ?? []).some((r) => r.orgId === orgId && r.role === 'secretary')).map((m) => m._id)
    )
  }
  return out
}
