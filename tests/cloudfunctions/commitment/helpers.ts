// Shared set-up for the commitment integration tests: a local cloud seeded with the demo organisation,
// its commitment data emptied, the clock (Date only) held at a fixed instant so years and self-check
// windows do not depend on the day the tests run. 第一养护中心党支部 (org-b1): m03 secretary, m04 deputy,
// m05 committee member and leader of group g1, m06 leader of group g2, m07–m13 members (m10, m11, m12
// dispatched from village branches; m11 unbound); m32 is the secretary of m10's home village branch.
import { DEFAULT_SECTIONS, type CardItem } from '@shared/commitment/api'
import { seedDemo } from '@localcloud/seed'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { as, expectOk } from '@tests/cloudfunctions/member/helpers'

export { as, expectFail, expectOk, P } from '@tests/cloudfunctions/member/helpers'

/** Collections the commitment function writes (a refusal must leave them equal). */
export const COMMITMENT_COLLECTIONS = [
  'commitmentTemplates',
  'commitmentCards',
  'commitmentVersions',
  'commitmentChecks',
  'commitmentTasks',
  'commitmentWallLinks',
  'commitmentAudit'
]

/** 2026-06-20 10:00 CST: inside the second quarter's self-check window (06-16 … 07-15). */
export const IN_Q2_WINDOW = '2026-06-20T02:00:00Z'
/** 2026-05-10 10:00 CST: no window open (Q1's closed 04-15, Q2's opens 06-16). */
export const NO_WINDOW = '2026-05-10T02:00:00Z'

const NOT_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout'
] as const

/** Holds the clock (Date only; timers run) at `iso`. */
export function setNow(iso: string): void {
  jest.useFakeTimers({ doNotFake: [...NOT_DATE], now: new Date(iso) })
}

export interface CommitmentCloud {
  tc: TestCloud
  call(event: Record<string, unknown>, who?: string): Promise<any>
  ok(event: Record<string, unknown>, who?: string): Promise<any>
  /** Calls, expects `code`, and checks that no commitment collection changed. */
  refused(event: Record<string, unknown>, who: string, code: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
  snapshot(): Promise<Record<string, unknown>>
}

const openidOf = (who: string) => (/^m\d\d$/.test(who) ? as(who) : who)

export function useCommitmentCloud(at = IN_Q2_WINDOW): CommitmentCloud {
  const ctx = {} as CommitmentCloud
  beforeAll(async () => {
    ctx.tc = await startTestCloud()
  })
  beforeEach(async () => {
    setNow(at)
    // Seeded once for the file (at the same fake now), restored before each test (tests/helpers/cloud.ts resetTo).
    await ctx.tc.resetTo(async () => {
      await seedDemo(ctx.tc.db, new Date())
      for (const c of COMMITMENT_COLLECTIONS)
        await ctx.tc.db
          .collection(c)
          .where({ _id: ctx.tc.db.command.exists(true) })
          .remove()
    })
  })
  afterEach(() => jest.useRealTimers())
  afterAll(async () => ctx.tc?.close())
  ctx.call = (event, who = '') => ctx.tc.call('commitment', event, who ? openidOf(who) : '')
  ctx.ok = async (event, who) => expectOk(await ctx.call(event, who))
  ctx.count = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).count()).total
  // Every document of every collection, so a refusal that changed a field (not only a count) shows.
  ctx.snapshot = async () => {
    const out: Record<string, unknown> = {}
    for (const c of COMMITMENT_COLLECTIONS) out[c] = (await ctx.tc.db.collection(c).limit(1000).get()).data
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

/** One item in each of the five default sections: a card that may be submitted. */
export function fullItems(tag = ''): CardItem[] {
  return DEFAULT_SECTIONS.map((s, i) => ({
    id: `${s.id}-1`,
    section: s.id,
    what: `${s.name}承诺${tag}${i + 1}`,
    target: `完成 ${10 * (i + 1)} 项`,
    deadline: `2026-${String(3 * (i % 4) + 3).padStart(2, '0')}-30`
  }))
}

/** `who` saves a full draft (rev 0) and submits it; returns the submitted card. */
export async function submitFull(cloud: CommitmentCloud, who: string, items: CardItem[] = fullItems()) {
  const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: 0 }, who)
  return (await cloud.ok({ action: 'submitCard', year: 2026, rev: card.rev }, who)).card
}

/** Submitted by `who`, approved by the secretary m03 (or `reviewer`). */
export async function approvedCard(cloud: CommitmentCloud, who: string, reviewer = 'm03', items?: CardItem[]) {
  const card = await submitFull(cloud, who, items)
  return (await cloud.ok({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'approve' }, reviewer)).card
}
