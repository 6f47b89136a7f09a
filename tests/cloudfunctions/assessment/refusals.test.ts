// Every refusal of the "Bad input and abuse": a stable code, and nothing written.
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { B1_ASSESSED, expectFail, inDays, openB1, orgRateAll, P, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

/** Calls, expects `code`, and checks that no assessment collection changed. */
async function refused(event: Record<string, unknown>, who: string, code: string) {
  const before = await cloud.snapshot()
  const res = expectFail(await cloud.call(event, who), code)
  expect(await cloud.snapshot()).toEqual(before)
  expect(typeof res.message).toBe('string')
  expect(res.message).toMatch(/[\u4e00-\u9fa5]/)
  return res
}

const rateEvent = (periodId: string, over: Record<string, unknown> = {}) => ({
  action: 'rate',
  periodId,
  source: 'peer',
  memberId: 'm08',
  scores: scores('peer'),
  ...over
})

describe('scores', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a score above the item’s max',
      { scores: scores('peer', (m, id) => (id === 'theory' ? m + 0.5 : m)) },
      'SCORE_INVALID',
      'scores.theory'
    ],
    ['a negative score', { scores: scores('peer', (m, id) => (id === 'skill' ? -1 : m)) }, 'SCORE_INVALID', 'scores.skill'],
    ['a score not in 0.5 steps', { scores: scores('peer', (m, id) => (id === 'skill' ? 3.3 : m)) }, 'SCORE_INVALID', 'scores.skill'],
    ['an unknown item', { scores: { ...scores('peer'), bogus: 1 } }, 'SCORE_INVALID', 'scores.bogus'],
    // As JSON delivers it: an own '__proto__' key, which a plain object would silently drop.
    [
      'a __proto__ item',
      { scores: JSON.parse(`{"__proto__": 1, ${JSON.stringify(scores('peer')).slice(1)}`) },
      'SCORE_INVALID',
      'scores.__proto__'
    ],
    ['a constructor item', { scores: { ...scores('peer'), constructor: 1 } }, 'SCORE_INVALID', 'scores.constructor'],
    ['a derived item', { scores: { ...scores('peer'), 'meeting-attendance': 6 } }, 'SCORE_INVALID', 'scores.meeting-attendance'],
    ['a missing item', { scores: (({ theory, ...rest }) => rest)(scores('peer')) }, 'SCORE_INVALID', 'scores.theory'],
    ['bonus points from a peer', { bonus: { honours: 1 } }, 'SCORE_INVALID', 'bonus'],
    ['a veto from a peer', { vetoes: ['dues'] }, 'SCORE_INVALID', 'vetoes'],
    ['a score as text', { scores: { ...scores('peer'), theory: '5' } }, 'INVALID_INPUT', 'scores.theory'],
    ['scores as a list', { scores: [5, 5] }, 'INVALID_INPUT', 'scores'],
    ['a 10 KB comment', { comment: 'x'.repeat(10_240) }, 'INVALID_INPUT', 'comment'],
    ['an extra field', { rater: 'm07' }, 'INVALID_INPUT', 'rater'],
    ['the masses source through rate', { source: 'masses' }, 'INVALID_INPUT', 'source'],
    ['no memberId', { memberId: undefined }, 'INVALID_INPUT', 'memberId']
  ])('%s → %s at %s', async (_l, over, code, path) => {
    const p = await openB1(cloud)
    const res = await refused(rateEvent(p._id, over), 'm07', code)
    expect(res.details.map((d: any) => d.path)).toContain(path)
  })

  it('org: an unknown veto, a bonus above its max and a __proto__ bonus → SCORE_INVALID', async () => {
    const p = await openB1(cloud)
    await refused(
      { action: 'rate', periodId: p._id, source: 'org', memberId: 'm07', scores: scores('org'), bonus: JSON.parse('{"__proto__": 1}') },
      'm03',
      'SCORE_INVALID'
    )
    await refused(
      { action: 'rate', periodId: p._id, source: 'org', memberId: 'm07', scores: scores('org'), vetoes: ['theft'] },
      'm03',
      'SCORE_INVALID'
    )
    await refused(
      { action: 'rate', periodId: p._id, source: 'org', memberId: 'm07', scores: scores('org'), bonus: { publicity: 2 } },
      'm03',
      'SCORE_INVALID'
    )
  })
})

describe('who rates whom', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['rating oneself as a peer', { memberId: 'm07' }, 'm07', 'SELF_PEER'],
    ['a member of another branch rating a member here', {}, 'm17', 'NOT_A_TARGET'],
    ['a member of another branch rating as self', { source: 'self', memberId: 'm08' }, 'm17', 'NOT_A_TARGET'],
    ['a self rating of somebody else', { source: 'self', memberId: 'm08', scores: scores('self') }, 'm07', 'NOT_A_TARGET'],
    ['a peer rating of somebody outside the period', { memberId: 'm17' }, 'm07', 'NOT_A_TARGET'],
    ['a plain member rating as the organisation', { source: 'org', scores: scores('org') }, 'm07', 'FORBIDDEN'],
    ['the secretary of another branch rating as the organisation', { source: 'org', scores: scores('org') }, 'm14', 'FORBIDDEN'],
    ['committee staff rating as the organisation', { source: 'org', scores: scores('org') }, P.staff, 'FORBIDDEN'],
    ['an org rater rating themselves as the organisation', { source: 'org', memberId: 'm04', scores: scores('org') }, 'm04', 'NOT_A_TARGET']
  ])('%s → %s', async (_l, over, who, code) => {
    const p = await openB1(cloud)
    await refused(rateEvent(p._id, over), who, code)
  })

  it('rating after close, or after the deadline → PERIOD_STATE', async () => {
    const p = await openB1(cloud)
    await cloud.tc.db
      .collection('periods')
      .doc(p._id)
      .update({ data: { ratingDeadline: new Date(Date.now() - 1000) } })
    await refused(rateEvent(p._id), 'm07', 'PERIOD_STATE')
    await cloud.tc.db
      .collection('periods')
      .doc(p._id)
      .update({ data: { ratingDeadline: new Date(inDays(3)) } })
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    await refused(rateEvent(p._id), 'm07', 'PERIOD_STATE')
    await refused({ action: 'issueMassesCodes', periodId: p._id, count: 1 }, 'm03', 'PERIOD_STATE')
  })

  it('an unknown period → NOT_FOUND; no OPENID → UNAUTHENTICATED; an unbound WeChat user → NOT_BOUND', async () => {
    const p = await openB1(cloud)
    await refused(rateEvent('pnothere00'), 'm07', 'NOT_FOUND')
    await refused(rateEvent(p._id), '', 'UNAUTHENTICATED')
    await refused(rateEvent(p._id), 'stranger-openid', 'NOT_BOUND')
  })
})

describe('masses codes', () => {
  it.each([
    ['a forged code', 'ABCDEFGHJK'],
    ['a malformed code', 'hello'],
    ['a code with a 0', 'ABCDEFGH00']
  ])('%s → CODE_INVALID', async (_l, code) => {
    await openB1(cloud)
    await refused({ action: 'massesForm', code }, '', 'CODE_INVALID')
    await refused({ action: 'massesRate', code, ratings: [{ memberId: 'm07', scores: scores('masses') }] }, '', 'CODE_INVALID')
  })

  it('a used code → CODE_INVALID; an expired one too; bad scores leave the code usable', async () => {
    const p = await openB1(cloud)
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: p._id, count: 2 }, 'm03')
    await refused(
      { action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm07', scores: scores('masses', (m) => m + 1) }] },
      '',
      'SCORE_INVALID'
    )
    await refused({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm07', scores: scores('org') }] }, '', 'SCORE_INVALID')
    await refused({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm17', scores: scores('masses') }] }, '', 'NOT_A_TARGET')
    await refused(
      {
        action: 'massesRate',
        code: codes[0],
        ratings: [
          { memberId: 'm07', scores: scores('masses') },
          { memberId: 'm07', scores: scores('masses') }
        ]
      },
      '',
      'INVALID_INPUT'
    )
    expect(
      (await cloud.ok({ action: 'massesRate', code: codes[0].toLowerCase(), ratings: [{ memberId: 'm07', scores: scores('masses') }] }))
        .saved
    ).toBe(1)
    await refused({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm08', scores: scores('masses') }] }, '', 'CODE_INVALID')
    await refused({ action: 'massesForm', code: codes[0] }, '', 'CODE_INVALID')
    await cloud.tc.db
      .collection('massesCodes')
      .where({ usedAt: null })
      .update({ data: { expiresAt: new Date(Date.now() - 1000) } })
    await refused({ action: 'massesRate', code: codes[1], ratings: [{ memberId: 'm08', scores: scores('masses') }] }, '', 'CODE_INVALID')
  })

  it('two submissions with one code at once: exactly one counts', async () => {
    const p = await openB1(cloud)
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: p._id, count: 1 }, 'm03')
    const event = { action: 'massesRate', code: codes[0], ratings: B1_ASSESSED.map((m) => ({ memberId: m, scores: scores('masses') })) }
    const [a, b] = await Promise.all([cloud.call(event), cloud.call(event)])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect((a.ok ? b : a).code).toBe('CODE_INVALID')
    expect(await cloud.count('ratings', { source: 'masses', periodId: p._id })).toBe(B1_ASSESSED.length)
  })

  it('only the secretary issues codes, 1..50 at a time', async () => {
    const p = await openB1(cloud)
    await refused({ action: 'issueMassesCodes', periodId: p._id, count: 1 }, 'm04', 'FORBIDDEN')
    await refused({ action: 'issueMassesCodes', periodId: p._id, count: 51 }, 'm03', 'INVALID_INPUT')
    await refused({ action: 'issueMassesCodes', periodId: p._id, count: 0 }, 'm03', 'INVALID_INPUT')
  })
})

describe('period flow', () => {
  it('computing without organisation ratings → ORG_RATINGS_MISSING naming the members', async () => {
    const p = await openB1(cloud)
    await orgRateAll(cloud, p._id, () => 1)
    await cloud.tc.db
      .collection('ratings')
      .where({ source: 'org', memberId: cloud.tc.db.command.in(['m07', 'm11']) })
      .remove()
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    const res = await refused({ action: 'compute', periodId: p._id }, 'm03', 'ORG_RATINGS_MISSING')
    expect(res.details.members).toEqual([
      { memberId: 'm07', name: '赵永平' },
      { memberId: 'm11', name: '何小军' }
    ])
    expect(res.message).toContain('赵永平、何小军')
  })

  it('compute while rating, publish before compute, publish twice → PERIOD_STATE', async () => {
    const p = await openB1(cloud)
    await refused({ action: 'compute', periodId: p._id }, 'm03', 'PERIOD_STATE')
    await refused({ action: 'publish', periodId: p._id }, 'm03', 'PERIOD_STATE')
    await orgRateAll(cloud, p._id, () => 1)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    await refused({ action: 'closePeriod', periodId: p._id }, 'm03', 'PERIOD_STATE')
    await refused({ action: 'publish', periodId: p._id }, 'm03', 'PERIOD_STATE')
    await cloud.ok({ action: 'compute', periodId: p._id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: p._id }, 'm03')
    await refused({ action: 'publish', periodId: p._id }, 'm03', 'PERIOD_STATE')
    await refused({ action: 'reopenPeriod', periodId: p._id, reason: 'x'.repeat(10_240) }, P.staff, 'INVALID_INPUT')
  })

  it('publishing twice at once: one wins', async () => {
    const p = await openB1(cloud)
    await orgRateAll(cloud, p._id, () => 0.8)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    await cloud.ok({ action: 'compute', periodId: p._id }, 'm03')
    const both = await Promise.all([
      cloud.call({ action: 'publish', periodId: p._id }, 'm03'),
      cloud.call({ action: 'publish', periodId: p._id }, 'm03')
    ])
    expect(both.map((r) => r.ok).sort()).toEqual([false, true])
    expect(await cloud.count('talks', { periodId: p._id })).toBe(11)
  })

  it.each<[string, string, string]>([
    ['the deputy', 'm04', 'FORBIDDEN'],
    ['a plain member', 'm07', 'FORBIDDEN'],
    ['the secretary of another branch', 'm14', 'FORBIDDEN'],
    ['committee staff', P.staff, 'FORBIDDEN']
  ])('%s cannot open, close, compute or publish', async (_l, who, code) => {
    await refused(
      { action: 'openPeriod', orgId: 'org-b1', name: '2026年度', from: '2026-01-01', to: '2026-12-31', ratingDeadline: inDays(5) },
      who,
      code
    )
    const p = await openB1(cloud)
    for (const action of ['closePeriod', 'compute', 'publish']) await refused({ action, periodId: p._id }, who, code)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['dates in the wrong order', { from: '2026-12-31', to: '2026-10-01' }, 'to'],
    ['more than a year', { from: '2025-01-01', to: '2026-12-31' }, 'to'],
    ['a deadline in the past', { ratingDeadline: new Date(Date.now() - 60_000).toISOString() }, 'ratingDeadline'],
    ['a deadline without a zone', { ratingDeadline: '2026-12-01T09:00:00' }, 'ratingDeadline'],
    ['an impossible date', { from: '2026-02-30' }, 'from'],
    ['a 10 KB name', { name: '季'.repeat(10_240) }, 'name'],
    ['an extra field', { memberIds: ['m07'] }, 'memberIds'],
    ['an unknown peer scope', { peerScope: 'all' }, 'peerScope'],
    ['publicity of 0 days', { publicityDays: 0 }, 'publicityDays'],
    ['a party group', { orgId: 'org-b1-g1' }, 'orgId']
  ])('openPeriod with %s → INVALID_INPUT at %s', async (_l, over, path) => {
    const event = {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: '2026年第四季度',
      from: '2026-10-01',
      to: '2026-12-31',
      ratingDeadline: inDays(10),
      ...over
    }
    const who = over.orgId === 'org-b1-g1' ? 'm05' : 'm03'
    if (over.orgId === 'org-b1-g1') {
      // Only a secretary of the org may open: a group leader is refused before the kind is checked.
      await refused(event, who, 'FORBIDDEN')
      return
    }
    const res = await refused(event, who, 'INVALID_INPUT')
    expect(res.details.map((d: any) => d.path)).toContain(path)
  })

  it('a second period for the org while one is not published → PERIOD_EXISTS (also when two open at once)', async () => {
    const event = {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: '2026年第四季度',
      from: '2026-10-01',
      to: '2026-12-31',
      ratingDeadline: inDays(10)
    }
    const both = await Promise.all([cloud.call(event, 'm03'), cloud.call(event, 'm03')])
    expect(both.map((r) => r.ok).sort()).toEqual([false, true])
    expect(both.find((r) => !r.ok).code).toBe('PERIOD_EXISTS')
    expect(await cloud.count('periods', { orgId: 'org-b1' })).toBe(1)
    await refused(event, 'm03', 'PERIOD_EXISTS')
  })
})

describe('rubrics', () => {
  const rubric = () => JSON.parse(JSON.stringify(DEFAULT_RUBRIC))
  it('any bound member reads the rubric in force: the committee’s newest version (the demo saved v1)', async () => {
    const r = (await cloud.ok({ action: 'getRubric' }, 'm07')).rubric
    expect(r).toMatchObject({ _id: 'org-committee:v1', orgId: 'org-committee', version: 1, createdBy: 'm01' })
    expect(r.aspects).toHaveLength(7)
  })

  it('the shipped default until staff save one; opening a period then saves it as v1', async () => {
    await cloud.tc.db.collection('rubrics').where({ orgId: 'org-committee' }).remove()
    expect((await cloud.ok({ action: 'getRubric' }, 'm07')).rubric).toMatchObject({ _id: 'default', version: 0, createdAt: null })
    const p = await openB1(cloud)
    expect(p.rubricId).toBe('org-committee:v1')
    expect((await cloud.ok({ action: 'getRubric' }, 'm07')).rubric).toMatchObject({ _id: 'org-committee:v1', createdBy: 'm03' })
  })

  it('staff save versions; a period keeps the version it froze', async () => {
    const v1 = await openB1(cloud)
    const changed = rubric()
    changed.bands = { red: 95, yellow: 85, blue: 75 }
    const saved = (await cloud.ok({ action: 'saveRubric', rubric: changed }, P.staff)).rubric
    expect(saved).toMatchObject({ _id: 'org-committee:v2', version: 2, createdBy: P.staff, bands: { red: 95, yellow: 85, blue: 75 } })
    expect((await cloud.ok({ action: 'listRubrics' }, P.staff2)).rubrics.map((r: any) => r.version)).toEqual([2, 1])
    expect((await cloud.ok({ action: 'getRubric' }, 'm07')).rubric.version).toBe(2)
    const frozen = await cloud.ok({ action: 'getPeriod', periodId: v1._id }, 'm07')
    expect(frozen.rubric).toMatchObject({ _id: 'org-committee:v1', bands: { red: 90, yellow: 80, blue: 70 } })
  })

  it.each<[string, (r: any) => void, string]>([
    ['items summing to 99', (r) => Object.assign(r.aspects[0].items[0], { max: 4 }), 'aspects'],
    ['weights summing to 110', (r) => Object.assign(r.weights, { self: 20 }), 'weights'],
    ['bands out of order', (r) => Object.assign(r, { bands: { red: 80, yellow: 90, blue: 70 } }), 'bands'],
    ['a duplicate item id', (r) => Object.assign(r.aspects[1].items[0], { id: 'theory' }), 'aspects.1.items.0.id'],
    ['a max of 2.2', (r) => Object.assign(r.aspects[1].items[1], { max: 2.2 }), 'aspects.1.items.1.max']
  ])('%s → RUBRIC_INVALID at %s', async (_l, change, path) => {
    const r = rubric()
    change(r)
    const res = await refused({ action: 'saveRubric', rubric: r }, P.staff, 'RUBRIC_INVALID')
    expect(res.details.map((d: any) => d.path)).toContain(path)
  })

  it.each<[string, (r: any) => void, string]>([
    [
      'a 10 KB criteria',
      (r) => Object.assign(r.aspects[0].items[1], { criteria: 'x'.repeat(10_240) }),
      'rubric.aspects.0.items.1.criteria'
    ],
    ['an unknown field', (r) => Object.assign(r, { extra: 1 }), 'rubric.extra'],
    ['a weight as text', (r) => Object.assign(r.weights, { org: '40' }), 'rubric.weights.org'],
    ['an unknown source', (r) => Object.assign(r.aspects[0].items[1], { sources: ['boss'] }), 'rubric.aspects.0.items.1.sources.0']
  ])('%s → INVALID_INPUT at %s', async (_l, change, path) => {
    const r = rubric()
    change(r)
    const res = await refused({ action: 'saveRubric', rubric: r }, P.staff, 'INVALID_INPUT')
    expect(res.details.map((d: any) => d.path)).toContain(path)
  })

  it.each([
    ['the branch secretary', 'm03'],
    ['a member', 'm07']
  ])('%s cannot save or list rubrics, nor reopen', async (_l, who) => {
    await refused({ action: 'saveRubric', rubric: rubric() }, who, 'FORBIDDEN')
    await refused({ action: 'listRubrics' }, who, 'FORBIDDEN')
    const p = await openB1(cloud)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    await refused({ action: 'reopenPeriod', periodId: p._id, reason: '更正' }, who, 'FORBIDDEN')
  })
})

describe('memberResult tells a stranger nothing about who is in a period', () => {
  it('a member of another branch: FORBIDDEN for a member in the period and for one outside it alike', async () => {
    const [period] = (await cloud.ok({ action: 'listPeriods' }, 'm16')).periods // the demo's published org-b2 period
    expect(period.memberIds).toContain('m16')
    expect(period.memberIds).not.toContain('m08')
    await refused({ action: 'memberResult', periodId: period._id, memberId: 'm16' }, 'm07', 'FORBIDDEN')
    await refused({ action: 'memberResult', periodId: period._id, memberId: 'm08' }, 'm07', 'FORBIDDEN')
    // A reviewer of the period still learns that somebody is not in it.
    await refused({ action: 'memberResult', periodId: period._id, memberId: 'm08' }, 'm14', 'NOT_FOUND')
  })
})

describe('masses codes: the cap of 500 per period holds under parallel calls', () => {
  it('490 issued, five parallel calls of 10: at most one succeeds, never more than 500 stored, refusals write nothing', async () => {
    const p = await openB1(cloud)
    const filler = Array.from({ length: 490 }, (_x, i) => ({
      _id: `filler-${i}`,
      periodId: p._id,
      orgId: 'org-b1',
      createdAt: new Date(),
      expiresAt: new Date(inDays(10)),
      usedAt: null
    }))
    await cloud.tc.db.collection('massesCodes').add({ data: filler } as any)
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => cloud.call({ action: 'issueMassesCodes', periodId: p._id, count: 10 }, 'm03'))
    )
    const ok = answers.filter((a) => a.ok)
    for (const a of answers.filter((x) => !x.ok)) expect(a.code).toBe('INVALID_INPUT')
    expect(ok.length).toBeLessThanOrEqual(1)
    const stored = await cloud.count('massesCodes', { periodId: p._id })
    expect(stored).toBe(490 + 10 * ok.length)
    expect(await cloud.count('assessmentAudit', { periodId: p._id, action: 'issueMassesCodes' })).toBe(ok.length)
    // With room again, a call succeeds.
    if (!ok.length) expectOkCount(await cloud.call({ action: 'issueMassesCodes', periodId: p._id, count: 10 }, 'm03'), 10)
    expect(await cloud.count('massesCodes', { periodId: p._id })).toBe(500)
  })
})

function expectOkCount(res: any, n: number) {
  expect(res.ok).toBe(true)
  expect(res.data.codes).toHaveLength(n)
}
