// Shared set-up for the assessment integration tests: a local cloud seeded with the demo
// organisation (org-b2 carries the published demo period; org-b1 has none), ASSESSMENT_SECRET set.
import type { Source } from '@shared/assessment/api'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { itemsRatedBy } from '@shared/assessment/rubric'
import { seedDemo } from '@localcloud/seed'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { expectOk } from '@tests/cloudfunctions/member/helpers'
import { openidOf } from '@tests/cloudfunctions/functionCloud'

export { as, expectFail, expectOk, P } from '@tests/cloudfunctions/member/helpers'

export const SECRET = 'assessment-integration-test-secret-0123456789'

/** The members assessed by 第一养护中心党支部 (full and probationary; 何小军 m11 is unbound). */
export const B1_ASSESSED = ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13']
export const B1_ORG_RATERS = ['m03', 'm04', 'm05']

/** Collections the assessment writes (checked to be untouched by refusals). */
export const ASSESSMENT_COLLECTIONS = ['rubrics', 'periods', 'ratings', 'massesCodes', 'results', 'objections', 'talks', 'assessmentAudit']

export interface AssessmentCloud {
  tc: TestCloud
  call(event: Record<string, unknown>, who?: string): Promise<any>
  ok(event: Record<string, unknown>, who?: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
  all(collection: string, where?: object): Promise<any[]>
  /** Counts of every assessment collection (a refusal must leave them equal). */
  snapshot(): Promise<Record<string, number>>
}

export function useAssessmentCloud(): AssessmentCloud {
  process.env.ASSESSMENT_SECRET = SECRET
  const ctx = {} as AssessmentCloud
  beforeAll(async () => {
    ctx.tc = await startTestCloud()
  })
  beforeEach(async () => {
    // Seeded once for the file, restored before each test (tests/helpers/cloud.ts resetTo).
    await ctx.tc.resetTo(async () => {
      await seedDemo(ctx.tc.db, new Date())
      // The check-in demo seeds org-b1 (and its groups') activities relative to today; the periods these tests open have
      // fixed dates, so those activities would make derived items depend on the day the tests run.
      // Tests that need attendance add their own activities.
      const b1 = { orgId: ctx.tc.db.command.in(['org-b1', 'org-b1-g1', 'org-b1-g2']) }
      await ctx.tc.db.collection('checkins').where(b1).remove()
      await ctx.tc.db.collection('activities').where(b1).remove()
      // Likewise the commitment demo's cards and self-checks of org-b1 (the derived item cardSelfCheck).
      await ctx.tc.db.collection('commitmentCards').where({ orgId: 'org-b1' }).remove()
      await ctx.tc.db.collection('commitmentChecks').where({ orgId: 'org-b1' }).remove()
      // And the study demo's tasks and reports of org-b1 and org-b2 (the derived item studyCompletion), its analyses' talk.
      const studied = { orgId: ctx.tc.db.command.in(['org-b1', 'org-b2']) }
      await ctx.tc.db.collection('studyTasks').where(studied).remove()
      await ctx.tc.db.collection('studyReports').where(studied).remove()
      const talks = (await ctx.tc.db.collection('talks').where({ orgId: 'org-b1' }).get()).data
      for (const t of talks) if (t._id.startsWith('study:')) await ctx.tc.db.collection('talks').doc(t._id).remove()
    })
  })
  afterAll(async () => ctx.tc?.close())
  ctx.call = (event, who = '') => ctx.tc.call('assessment', event, who ? openidOf(who) : '')
  ctx.ok = async (event, who) => expectOk(await ctx.call(event, who))
  ctx.count = async (collection, where = {}) => (await ctx.tc.db.collection(collection).where(where).count()).total
  ctx.all = async (collection, where = {}) => {
    const out: any[] = []
    for (;;) {
      const page = (await ctx.tc.db.collection(collection).where(where).skip(out.length).limit(1000).get()).data
      out.push(...page)
      if (page.length < 1000) return out
    }
  }
  ctx.snapshot = async () => Object.fromEntries(await Promise.all(ASSESSMENT_COLLECTIONS.map(async (c) => [c, await ctx.count(c)])))
  return ctx
}

/** Scores for every item `source` rates under the default rubric: `of(max)` gives each score. */
export function scores(source: Source, of: (max: number, id: string) => number = (m) => m): Record<string, number> {
  return Object.fromEntries(itemsRatedBy(DEFAULT_RUBRIC, source).map((i) => [i.id, of(i.max, i.id)]))
}

export const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()

/** Opens a period for org-b1 (as its secretary) and returns it. */
export async function openB1(cloud: AssessmentCloud, over: Record<string, unknown> = {}) {
  const res = await cloud.ok(
    {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: '2026年第四季度',
      from: '2026-10-01',
      to: '2026-12-31',
      ratingDeadline: inDays(10),
      ...over
    },
    'm03'
  )
  return res.period
}

/** Every organisation rater of org-b1 rates every member (not themselves) with `of(memberId)` × max. */
export async function orgRateAll(
  cloud: AssessmentCloud,
  periodId: string,
  frac: (memberId: string) => number,
  extra: (memberId: string) => Record<string, unknown> = () => ({})
) {
  for (const rater of B1_ORG_RATERS) {
    for (const m of B1_ASSESSED) {
      if (m === rater) continue
      await cloud.ok(
        {
          action: 'rate',
          periodId,
          source: 'org',
          memberId: m,
          scores: scores('org', (max) => Math.round(max * frac(m) * 2) / 2),
          ...extra(m)
        },
        rater
      )
    }
  }
}
