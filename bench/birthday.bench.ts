// Political-birthday figures (issue 12): one daily run of the birthday timer over a committee of
// 100,000 members (100 branches of 1,000, each with a secretary; 入党日期 spread over the days of the year,
// so about 274 birthdays a day; every member bound, half with a greeting consent). Measured: the wall
// time and the database round trips (counted at the local cloud's seam) of the first run of a day, a
// second run the same day (nothing to do), and a run after a week down (7 days caught up).
import { addDaysYmd } from '@shared/core/time'
import type { LocalCloud } from '@localcloud/cloud'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { dbRequestCount } from '@localcloud/seam/db-requester'
import { insertBatches, withBenchCloud } from './cloud'
import { round } from './stats'

const MEMBERS = Number(process.env.BENCH_BIRTHDAY_MEMBERS ?? 100_000)
const PER_BRANCH = 1000
/** 08:00 CST on 17 October 2031. */
const DAY1 = new Date('2031-10-17T00:00:00Z')
const memberId = (m: number) => `bm${String(m).padStart(6, '0')}`
const orgId = (b: number) => `bench-b${String(b).padStart(3, '0')}`

async function seed(db: any): Promise<void> {
  const branches = Math.ceil(MEMBERS / PER_BRANCH)
  await insertBatches(db, 'orgs', [
    { _id: 'bench-committee', name: '基准党委', kind: 'committee', parentId: null, external: false },
    ...Array.from({ length: branches }, (_, b) => ({
      _id: orgId(b),
      name: `基准第${b + 1}党支部`,
      kind: 'branch',
      parentId: 'bench-committee',
      external: false
    }))
  ])
  const members: object[] = []
  const bindings: object[] = []
  const consents: object[] = []
  for (let m = 0; m < MEMBERS; m++) {
    const id = memberId(m)
    const org = orgId(Math.floor(m / PER_BRANCH))
    const joinedAt = addDaysYmd(`${1965 + (m % 60)}-01-01`, m % 365)
    members.push({
      _id: id,
      name: `党员${m}`,
      phone: `139${String(m).padStart(8, '0')}`,
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: org,
      activeOrgIds: [org],
      assessingOrgId: org,
      groupId: null,
      joinedAt,
      fullAt: addDaysYmd(joinedAt, 365),
      roles: m % PER_BRANCH === 0 ? [{ orgId: org, role: 'secretary' }] : []
    })
    bindings.push({ _id: `bench:${id}`, memberId: id, via: 'seed', boundAt: DAY1 })
    if (m % 2 === 0)
      consents.push({ _id: `${id}:birthdayGreeting`, memberId: id, templateKey: 'birthdayGreeting', balance: 3, updatedAt: DAY1 })
    if (m % PER_BRANCH === 0)
      consents.push({ _id: `${id}:birthdayUpcoming`, memberId: id, templateKey: 'birthdayUpcoming', balance: 30, updatedAt: DAY1 })
  }
  await insertBatches(db, 'members', members)
  await insertBatches(db, 'bindings', bindings)
  await insertBatches(db, 'consents', consents)
}

async function run(local: LocalCloud, at: Date) {
  const before = dbRequestCount()
  const t0 = performance.now()
  const fired = await new Scheduler(local, () => at).fire('birthday')
  const ms = performance.now() - t0
  const result = fired.result as { ok: boolean; data: Record<string, unknown> }
  if (!result?.ok) throw new Error(`bench: the timer failed ${JSON.stringify(fired)}`)
  return { ms: round(ms), trips: dbRequestCount() - before, data: result.data }
}

export async function benchBirthday(): Promise<Record<string, number>> {
  process.env.BIRTHDAY_GREETING_TEMPLATE_ID = 'bench-greeting'
  process.env.BIRTHDAY_UPCOMING_TEMPLATE_ID = 'bench-upcoming'
  try {
    return await withBenchCloud('birthday', async (local, db) => {
      await seed(db)
      const first = await run(local, DAY1)
      const again = await run(local, new Date(DAY1.getTime() + 60_000))
      const week = await run(local, new Date(DAY1.getTime() + 8 * 86_400_000))
      console.log(JSON.stringify({ first: first.data, again: again.data, week: week.data }))
      const out: Record<string, number> = { 'birthday.daily.members': MEMBERS }
      for (const [name, r] of Object.entries({ first, sameDayAgain: again, afterWeekDown: week })) {
        out[`birthday.daily.${name}.ms`] = r.ms
        out[`birthday.daily.${name}.dbTrips`] = r.trips
        out[`birthday.daily.${name}.greetings`] = Number(r.data.greetings)
        out[`birthday.daily.${name}.messages`] = Number(r.data.messages) + Number(r.data.secretaryReminders)
        out[`birthday.daily.${name}.pages`] = Number(r.data.pages)
      }
      return out
    })
  } finally {
    delete process.env.BIRTHDAY_GREETING_TEMPLATE_ID
    delete process.env.BIRTHDAY_UPCOMING_TEMPLATE_ID
  }
}
