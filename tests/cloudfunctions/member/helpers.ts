// Shared set-up for the member integration tests: a local cloud seeded with the demo organisation.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { seedDemo } from '@localcloud/seed'
import { demoPhone } from '@localcloud/seed/demo'

export const as = (memberId: string) => `demo:${memberId}`
export const last4 = (memberId: string) => demoPhone(memberId).slice(-4)

/** Who is who in the seed (see localcloud/seed/demo.ts). */
export const P = {
  staff: 'm01',
  staff2: 'm02',
  b1Secretary: 'm03',
  b1Deputy: 'm04',
  b1CommitteeAndG1Leader: 'm05',
  b1G2Leader: 'm06',
  b1Member: 'm07',
  b1Member2: 'm08',
  dispatchedLongnan: 'm10',
  unboundLongnan: 'm11',
  dispatchedDingxi: 'm12',
  b2Secretary: 'm14',
  unboundGannan: 'm20',
  b3Secretary: 'm23',
  jbSecretary: 'm28',
  longnanSecretary: 'm32',
  platformSecretary: 'm33',
  communitySecretary: 'm34',
  riderPlatform: 'm35',
  riderCommunity: 'm36',
  riderDingxi: 'm37',
  courier: 'm38'
} as const

export const B1_MEMBERS = ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13']

export interface DemoCloud {
  tc: TestCloud
  /** Calls `member` as `openid` ('' = nobody). */
  call(event: Record<string, unknown>, openid?: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
  all(collection: string, where?: object): Promise<any[]>
}

/**
 * Starts one local cloud for the file; `fresh: 'each'` re-seeds before every test (for tests that
 * write), 'all' seeds once (read-only tests).
 */
export function useDemoCloud(fresh: 'each' | 'all' = 'each'): DemoCloud {
  const ctx = {} as DemoCloud
  // Seeded once for the file, restored before each test (tests/helpers/cloud.ts resetTo).
  const seed = () => ctx.tc.resetTo(() => seedDemo(ctx.tc.db, new Date()).then(() => undefined))
  beforeAll(async () => {
    ctx.tc = await startTestCloud()
    if (fresh === 'all') await seed()
  })
  if (fresh === 'each') beforeEach(seed)
  afterAll(async () => ctx.tc?.close())
  ctx.call = (event, openid = '') => ctx.tc.call('member', event, openid)
  ctx.count = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).count()).total
  ctx.all = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).limit(1000).get()).data
  return ctx
}

/** Expect a failure envelope with this code; returns it. */
export function expectFail(res: any, code: string): any {
  expect(res).toMatchObject({ ok: false, code })
  expect(typeof res.message).toBe('string')
  expect(res.message).toMatch(/[\u4e00-\u9fa5]/)
  return res
}

export function expectOk(res: any): any {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res)}`)
  return res.data
}
