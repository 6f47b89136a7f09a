// One integration-test harness for a cloud function: a local cloud seeded with the demo organisation once
// per file (the function's own collections emptied, then the capability's `prepare`), restored before each
// test (tests/helpers/cloud.ts resetTo), the clock (Date only) held at `at`. The capabilities' helpers
// (tests/cloudfunctions/<fn>/helpers.ts) add their own fixtures on top.
import { seedDemo } from '@localcloud/seed'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { holdDate } from '@tests/helpers/clock'
import { as, expectOk } from '@tests/cloudfunctions/member/helpers'

export interface FunctionCloud {
  tc: TestCloud
  /** Calls the function as `who` (a demo member id such as 'm03', an openid, or '' for nobody). */
  call(event: Record<string, unknown>, who?: string): Promise<any>
  ok(event: Record<string, unknown>, who?: string): Promise<any>
  /** Calls, expects `code` with a Chinese message, and checks that none of the function's collections changed. */
  refused(event: Record<string, unknown>, who: string, code: string): Promise<any>
  /** Every document of the function's collections, so a refusal that changed a field (not only a count) shows. */
  snapshot(): Promise<Record<string, unknown[]>>
  all(collection: string, where?: object): Promise<any[]>
  count(collection: string, where?: object): Promise<number>
}

export interface FunctionCloudOptions {
  fn: string
  /** The collections the function writes: emptied after seeding, compared by `refused`. */
  collections: readonly string[]
  /** ISO instant the clock (Date only; timers run) is held at in each test; the real clock without it. */
  at?: string
  /** More set-up of the seeded store, once per file (then kept in the snapshot every test starts from). */
  prepare?: (tc: TestCloud) => Promise<void>
}

/** A demo member id ('m03') becomes that member's demo openid; anything else is an openid already. */
export const openidOf = (who: string) => (/^m\d\d$/.test(who) ? as(who) : who)

/** Holds the clock (Date only; timers run) at an ISO instant. */
export { holdDate as setNow }

/** Registers the file's hooks and answers the harness (its `tc` exists from beforeAll on). */
export function useFunctionCloud(opts: FunctionCloudOptions): FunctionCloud {
  const ctx = {} as FunctionCloud
  beforeAll(async () => {
    ctx.tc = await startTestCloud()
  })
  beforeEach(async () => {
    if (opts.at) holdDate(opts.at)
    await ctx.tc.resetTo(async () => {
      await seedDemo(ctx.tc.db, new Date())
      for (const c of opts.collections)
        await ctx.tc.db
          .collection(c)
          .where({ _id: ctx.tc.db.command.exists(true) })
          .remove()
      await opts.prepare?.(ctx.tc)
    })
  })
  if (opts.at) afterEach(() => jest.useRealTimers())
  afterAll(async () => ctx.tc?.close())
  ctx.call = (event, who = '') => ctx.tc.call(opts.fn, event, who ? openidOf(who) : '')
  ctx.ok = async (event, who) => expectOk(await ctx.call(event, who))
  ctx.all = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).limit(1000).get()).data
  ctx.count = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).count()).total
  ctx.snapshot = async () => {
    const out: Record<string, unknown[]> = {}
    for (const c of opts.collections) out[c] = await ctx.all(c)
    return out
  }
  ctx.refused = async (event, who, code) => {
    const before = await ctx.snapshot()
    const res = await ctx.call(event, who)
    expect(res).toMatchObject({ ok: false, code })
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await ctx.snapshot()).toEqual(before)
    return res
  }
  return ctx
}
