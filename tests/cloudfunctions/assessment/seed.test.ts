// The demo assessment (localcloud/seed/demo-assessment.ts): a published org-b2 quarter with a spread
// of flags, talks and an answered objection; org-b1 without a period; consistent with the function.
import { lastQuarter } from '@localcloud/seed/demo-assessment'
import { P, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

describe('the demo assessment', () => {
  it('publishes last quarter’s assessment of 第二养护中心党支部 with red, yellow, blue and one grey flag', async () => {
    const [period] = (await cloud.ok({ action: 'listPeriods' }, 'm16')).periods
    expect(period).toMatchObject({ orgId: 'org-b2', name: lastQuarter(new Date()).name, status: 'published', rubricId: 'org-committee:v1' })
    expect(period.memberIds).toEqual(['m14', 'm15', 'm16', 'm17', 'm19', 'm20', 'm21'])
    const board = await cloud.ok({ action: 'board', periodId: period._id }, 'm16')
    expect(board.flags.red).toBeGreaterThan(0)
    expect(board.flags.yellow).toBeGreaterThan(0)
    expect(board.flags.blue).toBeGreaterThan(0)
    expect(board.flags.grey).toBe(1)
    expect(board.entries.map((e: any) => e.rank)).toEqual([...board.entries.map((e: any) => e.rank)].sort((a, b) => a - b))
    expect((await cloud.ok({ action: 'listPeriods', orgId: 'org-b1' }, 'm03')).periods).toEqual([])
  })

  it('has talks (one acknowledged, one overdue) and an answered objection', async () => {
    const talks = (await cloud.ok({ action: 'listTalks', orgId: 'org-b2' }, 'm14')).talks
    expect(talks.filter((t: any) => t.status === 'acknowledged')).toHaveLength(1)
    expect(talks.filter((t: any) => t.overdue)).toHaveLength(1)
    expect(talks[0].overdue).toBe(true)
    expect(talks.every((t: any) => t.flag !== 'red')).toBe(true)
    const periodId = talks[0].periodId
    const objections = (await cloud.ok({ action: 'listObjections', periodId }, 'm14')).objections
    expect(objections).toEqual([expect.objectContaining({ memberId: 'm19', status: 'answered', answeredBy: 'm14' })])
    const mine = await cloud.ok({ action: 'memberResult', periodId }, 'm16')
    expect(mine.talk).toMatchObject({ status: 'acknowledged' })
    expect(mine.result.sources.peer.raters).toBe(5)
    expect(mine.result.sources.masses.raters).toBe(3)
  })

  it('its results are what the function computes from its ratings (rated items) after a reopen', async () => {
    const [period] = (await cloud.ok({ action: 'listPeriods' }, 'm14')).periods
    const seeded = (await cloud.ok({ action: 'results', periodId: period._id }, 'm14')).results
    await cloud.ok({ action: 'reopenPeriod', periodId: period._id, reason: '核对演示数据' }, P.staff)
    const recomputed = (await cloud.ok({ action: 'compute', periodId: period._id }, 'm14')).results
    const rated = (rs: any[]) => Object.fromEntries(rs.map((r) => [r.memberId, r.items.filter((i: any) => i.basis === 'rated')]))
    expect(rated(recomputed)).toEqual(rated(seeded))
  })

  it('stores peer and masses raters as keys, the codes hashed', async () => {
    const ratings = await cloud.all('ratings', { orgId: 'org-b2' })
    for (const r of ratings.filter((x) => x.source === 'peer' || x.source === 'masses')) expect(r.rater).toMatch(/^[0-9a-f]{64}$/)
    for (const c of await cloud.all('massesCodes', { orgId: 'org-b2' })) expect(c._id).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('the demo assessment’s audit log', () => {
  it.each([
    ['the branch secretary', 'm14'],
    ['committee staff', P.staff]
  ])('read by %s, shows no individual peer or masses scores (as the function writes them)', async (_who, reader) => {
    const [period] = (await cloud.ok({ action: 'listPeriods', orgId: 'org-b2' }, 'm14')).periods
    const { entries } = await cloud.ok({ action: 'auditLog', periodId: period._id }, reader)
    const anonymous = entries.filter((e: any) => e.by === 'peer' || e.by === 'masses')
    expect(anonymous.length).toBeGreaterThan(0)
    for (const e of anonymous) expect([e.before, e.after]).toEqual([null, null])
    // Self and organisation ratings keep their scores in the log, as the function logs them.
    expect(entries.some((e: any) => e.after?.scores && e.target.startsWith('rating:'))).toBe(true)
  })
})
