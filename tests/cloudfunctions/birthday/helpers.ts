// Shared set-up for the birthday integration tests: the demo on a local cloud, every member's 入党日期
// moved out of the way (to 10 January) so a test decides whose political birthday falls when.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { seedDemo } from '@localcloud/seed'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { as, expectOk } from '@tests/cloudfunctions/member/helpers'

export { as, expectFail, expectOk } from '@tests/cloudfunctions/member/helpers'

/** 08:00 CST on 17 October 2031: the timer's instant in these tests. */
export const T = new Date('2031-10-17T00:00:00Z')
export const TEMPLATES = { BIRTHDAY_GREETING_TEMPLATE_ID: 'tmpl-birthday', BIRTHDAY_UPCOMING_TEMPLATE_ID: 'tmpl-soon' }
/** Collections the birthday function writes (a refusal must leave them equal). */
export const BIRTHDAY_COLLECTIONS = [
  'birthdayGreetings',
  'sevenOnes',
  'sevenOnesLists',
  'consents',
  'consentReports',
  'reminders',
  'activities'
]

export interface BirthdayCloud {
  tc: TestCloud
  call(event: Record<string, unknown>, who?: string): Promise<any>
  ok(event: Record<string, unknown>, who?: string): Promise<any>
  all(collection: string, where?: object): Promise<any[]>
  snapshot(): Promise<Record<string, number>>
  /** Fires the birthday timer at `at`. */
  fire(at: Date): Promise<any>
  /** Subscribe messages sent so far, oldest first. */
  sent(): Array<{ request: any; ok: boolean; errcode: number }>
  setJoined(memberId: string, joinedAt: string | null): Promise<void>
  grant(memberId: string, templateKey: string, balance: number): Promise<void>
  balance(memberId: string, templateKey: string): Promise<number>
}

export function useBirthdayCloud(): BirthdayCloud {
  const ctx = {} as BirthdayCloud
  beforeAll(async () => {
    ctx.tc = await startTestCloud()
  })
  beforeEach(async () => {
    Object.assign(process.env, TEMPLATES)
    // Seeded once for the file, restored before each test (tests/helpers/cloud.ts resetTo).
    await ctx.tc.resetTo(async () => {
      await seedDemo(ctx.tc.db, new Date())
      await ctx.tc.db
        .collection('members')
        .where({ joinedAt: ctx.tc.db.command.neq(null) })
        .update({ data: { joinedAt: '2000-01-10' } })
      await ctx.tc.db.collection('consents').where({}).remove()
    })
  })
  afterAll(async () => {
    for (const k of Object.keys(TEMPLATES)) delete process.env[k]
    await ctx.tc?.close()
  })
  ctx.call = (event, who = '') => ctx.tc.call('birthday', event, who ? as(who) : '')
  ctx.ok = async (event, who) => expectOk(await ctx.call(event, who))
  ctx.all = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).limit(1000).get()).data
  ctx.snapshot = async () =>
    Object.fromEntries(
      await Promise.all(BIRTHDAY_COLLECTIONS.map(async (c) => [c, (await ctx.tc.db.collection(c).where({}).count()).total]))
    )
  ctx.fire = async (at) => (await new Scheduler(ctx.tc.local, () => at).fire('birthday')).result
  ctx.sent = () =>
    ctx.tc.local.outbox
      .list(10_000)
      .filter((e) => e.api === 'subscribeMessage.send')
      .reverse() as any
  ctx.setJoined = async (memberId, joinedAt) => {
    await ctx.tc.db.collection('members').doc(memberId).update({ data: { joinedAt } })
  }
  ctx.grant = async (memberId, templateKey, balance) => {
    await ctx.tc.db
      .collection('consents')
      .doc(`${memberId}:${templateKey}`)
      .set({ data: { memberId, templateKey, balance, updatedAt: new Date() } })
  }
  ctx.balance = async (memberId, templateKey) =>
    (
      await ctx.tc.db
        .collection('consents')
        .where({ _id: `${memberId}:${templateKey}` })
        .get()
    ).data[0]?.balance ?? 0
  return ctx
}
