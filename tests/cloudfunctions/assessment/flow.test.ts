import { readSheet } from 'read-excel-file/node'
import { B1_ASSESSED, B1_ORG_RATERS, expectFail, openB1, orgRateAll, P, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

/** Org raters' share of each item's max per member: spreads the flags. */
const SHARE: Record<string, number> = { m07: 0.95, m08: 0.85, m09: 0.85, m10: 0.6, m11: 0.7 }
const share = (m: string) => SHARE[m] ?? 0.95
const half = (x: number) => Math.round(x * 2) / 2
// An org-only member: the rated items sum Σ round½(max × share) of 78; the four derived items (22) have
// no check-in data in this period, so they are left out and the total is that sum × 100/78:
//   0.95 → 76 → 97.44 (red) · 0.85 → 68.5 → 87.82 (yellow) · 0.7 → 55 → 70.51 (blue) · 0.6 → 47 → 60.26 (grey)

async function ratedAndClosed(before: (periodId: string) => Promise<void> = async () => undefined) {
  const period = await openB1(cloud)
  const id = period._id
  await cloud.ok({ action: 'rate', periodId: id, source: 'self', memberId: 'm07', scores: scores('self') }, 'm07')
  await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm07', scores: scores('peer', (m) => m / 2) }, 'm08')
  await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer') }, 'm07')
  await orgRateAll(cloud, id, share)
  const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: id, count: 2 }, 'm03')
  const form = await cloud.ok({ action: 'massesForm', code: codes[0] })
  expect(form.members.map((m: any) => m.memberId)).toEqual(B1_ASSESSED)
  expect(form.items.map((i: any) => i.id)).toEqual(Object.keys(scores('masses')))
  await cloud.ok({
    action: 'massesRate',
    code: codes[0],
    ratings: [
      { memberId: 'm07', scores: scores('masses') },
      { memberId: 'm08', scores: scores('masses', () => 0) }
    ]
  })
  await before(id)
  await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
  return { id, codes }
}

describe('the whole flow: open → rate (four sources) → close → compute → publish → board, detail, objection, talk', () => {
  it('opens a period for the branch’s members (dispatched included), freezing the committee’s rubric', async () => {
    const period = await openB1(cloud)
    expect(period).toMatchObject({
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      status: 'rating',
      peerScope: 'branch',
      publicityDays: 5,
      rubricId: 'org-committee:v1',
      openedBy: 'm03'
    })
    expect(period.memberIds).toEqual(B1_ASSESSED)
    expect(period.memberIds).toContain(P.dispatchedLongnan)
    const got = await cloud.ok({ action: 'getPeriod', periodId: period._id }, 'm04')
    expect(got.rubric.aspects).toHaveLength(7)
    expect(got.canManage).toBe(false)
    expect(got.progress).toHaveLength(11)
    expect(got.progress[0]).toMatchObject({ self: false, peer: 0, peerExpected: 10, masses: 0, org: 0 })
    const asMember = await cloud.ok({ action: 'getPeriod', periodId: period._id }, 'm07')
    expect(asMember.progress).toBeNull()
    expect((await cloud.ok({ action: 'listPeriods' }, 'm07')).periods.map((p: any) => p._id)).toEqual([period._id])
  })

  it('rate targets: a member rates self and 10 peers; an org rater also the other 10 as the organisation', async () => {
    const { _id } = await openB1(cloud)
    const member = (await cloud.ok({ action: 'rateTargets', periodId: _id }, 'm07')).targets
    expect(member.filter((t: any) => t.source === 'self').map((t: any) => t.memberId)).toEqual(['m07'])
    expect(member.filter((t: any) => t.source === 'peer')).toHaveLength(10)
    expect(member.some((t: any) => t.source === 'org')).toBe(false)
    const sec = (await cloud.ok({ action: 'rateTargets', periodId: _id }, 'm03')).targets
    expect(sec.filter((t: any) => t.source === 'org').map((t: any) => t.memberId)).toEqual(B1_ASSESSED.filter((m) => m !== 'm03'))
    await cloud.ok({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm08', scores: scores('peer', () => 1) }, 'm07')
    const again = (await cloud.ok({ action: 'rateTargets', periodId: _id }, 'm07')).targets
    expect(again.find((t: any) => t.memberId === 'm08' && t.source === 'peer').mine).toEqual({ scores: scores('peer', () => 1) })
  })

  it('a party-group scope: peers are the group only', async () => {
    const { _id } = await openB1(cloud, { peerScope: 'group' })
    const targets = (await cloud.ok({ action: 'rateTargets', periodId: _id }, 'm06')).targets
    expect(targets.filter((t: any) => t.source === 'peer').map((t: any) => t.memberId)).toEqual(['m04', 'm08', 'm11', 'm12'])
    expectFail(
      await cloud.call({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm07', scores: scores('peer') }, 'm06'),
      'NOT_A_TARGET'
    )
  })

  it('a party-group scope: members without a group are peers of each other (not left unrated)', async () => {
    await cloud.tc.db
      .collection('members')
      .where({ _id: cloud.tc.db.command.in(['m12', 'm13']) })
      .update({ data: { groupId: null } })
    const { _id } = await openB1(cloud, { peerScope: 'group' })
    const peersOf = async (who: string) =>
      (await cloud.ok({ action: 'rateTargets', periodId: _id }, who)).targets
        .filter((t: any) => t.source === 'peer')
        .map((t: any) => t.memberId)
    expect(await peersOf('m12')).toEqual(['m13'])
    expect(await peersOf('m13')).toEqual(['m12'])
    expect(await peersOf('m06')).toEqual(['m04', 'm08', 'm11']) // 石永福 m12 left the group
    await cloud.ok({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm13', scores: scores('peer') }, 'm12')
    expectFail(
      await cloud.call({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm07', scores: scores('peer') }, 'm12'),
      'NOT_A_TARGET'
    )
    expectFail(
      await cloud.call({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm12', scores: scores('peer') }, 'm06'),
      'NOT_A_TARGET'
    )
    const progress = (await cloud.ok({ action: 'getPeriod', periodId: _id }, 'm03')).progress
    expect(progress.find((x: any) => x.memberId === 'm13')).toMatchObject({ peer: 1, peerExpected: 1 })
    expect(progress.find((x: any) => x.memberId === 'm06')).toMatchObject({ peer: 0, peerExpected: 3 })
  })

  it('changing a rating overwrites it (one per period × source × rater × member) and is audited (org before → after; peer without scores)', async () => {
    const { _id } = await openB1(cloud)
    await cloud.ok({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm08', scores: scores('peer', () => 1) }, 'm07')
    await cloud.ok({ action: 'rate', periodId: _id, source: 'peer', memberId: 'm08', scores: scores('peer', () => 2) }, 'm07')
    const docs = await cloud.all('ratings', { periodId: _id })
    expect(docs).toHaveLength(1)
    expect(docs[0].scores).toEqual(scores('peer', () => 2))
    const audit = (await cloud.ok({ action: 'auditLog', periodId: _id }, 'm03')).entries.filter((e: any) => e.target.startsWith('rating:'))
    expect(audit.map((e: any) => e.action)).toEqual(['rate', 'changeRating'])
    // No scores for a peer rating (they could be matched against the member's own); the rating keeps them.
    expect([audit[1].before, audit[1].after]).toEqual([null, null])
    // The log says a peer changed it, not who (nor their key): the secretary reading it is assessed too.
    expect(audit.map((e: any) => e.by)).toEqual(['peer', 'peer'])
    expect(docs[0].rater).toMatch(/^[0-9a-f]{64}$/)
    await cloud.ok({ action: 'rate', periodId: _id, source: 'org', memberId: 'm08', scores: scores('org', () => 1) }, 'm03')
    await cloud.ok({ action: 'rate', periodId: _id, source: 'org', memberId: 'm08', scores: scores('org', () => 2) }, 'm03')
    const org = (await cloud.ok({ action: 'auditLog', periodId: _id }, 'm03')).entries.filter(
      (e: any) => e.action === 'changeRating' && e.by === 'm03'
    )
    expect([org[0].before, org[0].after]).toEqual([{ scores: scores('org', () => 1) }, { scores: scores('org', () => 2) }])
  })

  it('computes, publishes, and shows the board, the details, the talks', async () => {
    const { id } = await ratedAndClosed()
    const computed = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const byMember = Object.fromEntries(computed.results.map((r: any) => [r.memberId, r]))
    expect(computed.results).toHaveLength(11)
    // 杨国栋 m10: organisation only, 0.6 of every item: 47 of 78 rated points; the derived items (22) have
    // no data: left out, said so, and 47 × 100/78 = 60.256… → 60.3. 何小军 m11: 0.7 → 55 × 100/78 → 70.5.
    expect([byMember.m10.total, byMember.m10.flag]).toEqual([60.3, 'grey'])
    expect([byMember.m11.total, byMember.m11.flag]).toEqual([70.5, 'blue'])
    expect([byMember.m09.total, byMember.m09.flag]).toEqual([87.8, 'yellow'])
    expect([byMember.m12.total, byMember.m12.flag]).toEqual([97.4, 'red'])
    expect(byMember.m10.items.find((i: any) => i.itemId === 'meeting-attendance')).toMatchObject({
      basis: 'noData',
      score: 0,
      note: '本期无相关数据，不计分，总分按其余项目折算'
    })
    // Each aspect's max leaves out its items without data (15 − 5, 15 − 6, 20, 15 − 6, 15 − 5, 10, 10).
    expect(byMember.m10.aspects.map((a: any) => a.max)).toEqual([10, 9, 20, 9, 10, 10, 10])
    // One peer and one masses rater: what compute answers withholds their figures (disclosure.test.ts).
    expect(byMember.m07.sources).toEqual({
      self: { score: 78, max: 78, raters: 1 },
      peer: { score: null, max: 78, raters: 1, note: '评价人数少于3人，不单独显示' },
      masses: { score: null, max: 28, raters: 1, note: '评价人数少于3人，不单独显示' },
      org: expect.objectContaining({ max: 78, raters: 3 })
    })
    expect(byMember.m03.sources.org.raters).toBe(2) // the secretary is rated by the two other org raters
    // Ranks: the shared 0.9 members tie.
    const ties = computed.results.filter((r: any) => r.total === byMember.m12.total)
    expect(ties.length).toBeGreaterThan(1)
    expect(new Set(ties.map((r: any) => r.rank)).size).toBe(1)

    // Before publish: a member sees no board and no detail; the deputy reviews.
    expectFail(await cloud.call({ action: 'board', periodId: id }, 'm07'), 'PERIOD_STATE')
    expectFail(await cloud.call({ action: 'memberResult', periodId: id }, 'm07'), 'PERIOD_STATE')
    const review = await cloud.ok({ action: 'results', periodId: id }, 'm04')
    expect(review.averages).toHaveLength(7)
    expectFail(await cloud.call({ action: 'results', periodId: id }, 'm07'), 'FORBIDDEN')
    expect((await cloud.ok({ action: 'listPeriods' }, P.longnanSecretary)).periods).toEqual([]) // not yet published

    const pub = await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const lower = computed.results.filter((r: any) => r.flag !== 'red')
    expect(pub.talks).toBe(lower.length)
    expect(pub.period.status).toBe('published')
    expect(new Date(pub.period.publicityEndsAt).getTime() - new Date(pub.period.publishedAt).getTime()).toBe(5 * 86_400_000)
    expectFail(await cloud.call({ action: 'publish', periodId: id }, 'm03'), 'PERIOD_STATE')

    const board = await cloud.ok({ action: 'board', periodId: id }, 'm08')
    expect(board.entries).toHaveLength(11)
    expect(board.entries[0].rank).toBe(1)
    expect(Object.keys(board.entries[0]).sort()).toEqual(['flag', 'memberId', 'name', 'rank', 'total'])
    expect(board.flags.red + board.flags.yellow + board.flags.blue + board.flags.grey).toBe(11)
    expectFail(await cloud.call({ action: 'board', periodId: id }, 'm17'), 'FORBIDDEN') // another branch

    const mine = await cloud.ok({ action: 'memberResult', periodId: id }, 'm10')
    expect(mine.result.total).toBe(60.3)
    expect(mine.averages.map((a: any) => a.name)).toEqual([
      '政治学习',
      '组织生活',
      '岗位建功',
      '承诺践诺',
      '服务群众',
      '遵规守纪',
      '作风形象'
    ])
    expect(mine.talk).toMatchObject({ status: 'assigned', talkerId: 'm03', flag: 'grey', overdue: false })
    expectFail(await cloud.call({ action: 'memberResult', periodId: id, memberId: 'm10' }, 'm08'), 'FORBIDDEN')
    // 双重管理: the home village's secretary reads the dispatched member's published result, no one else's.
    expect((await cloud.ok({ action: 'memberResult', periodId: id, memberId: 'm10' }, P.longnanSecretary)).result.flag).toBe('grey')
    expect((await cloud.ok({ action: 'listPeriods' }, P.longnanSecretary)).periods.map((x: any) => x._id)).toEqual([id])
    expectFail(await cloud.call({ action: 'memberResult', periodId: id, memberId: 'm07' }, P.longnanSecretary), 'FORBIDDEN')

    // Committee: overview and export.
    const ov = await cloud.ok({ action: 'overview' }, P.staff)
    expect(ov.name).toBe('2026年第四季度')
    const b1 = ov.branches.find((b: any) => b.orgId === 'org-b1')
    expect(b1.flags).toEqual(board.flags)
    expect(b1.period).toMatchObject({ _id: id, status: 'published', memberCount: 11 })
    expectFail(await cloud.call({ action: 'overview' }, 'm03'), 'FORBIDDEN')
    const xlsx = await cloud.ok({ action: 'exportResults', periodId: id }, P.staff)
    const rows = (await readSheet(Buffer.from(xlsx.base64, 'base64'))) as unknown[][]
    expect(rows[0].slice(0, 4)).toEqual(['排名', '姓名', '总分', '等次'])
    expect(rows).toHaveLength(12)
    expect(rows.find((r) => r[1] === '杨国栋')!.slice(2, 4)).toEqual([60.3, '灰旗'])
  })

  it('objections during the publicity window; the secretary answers; after the window: WINDOW_CLOSED', async () => {
    const { id } = await ratedAndClosed()
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    expectFail(await cloud.call({ action: 'fileObjection', periodId: id, reason: '出勤' }, 'm10'), 'PERIOD_STATE')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    await cloud.ok({ action: 'fileObjection', periodId: id, reason: '我参加了抢险，未计入' }, 'm10')
    const o = (await cloud.ok({ action: 'fileObjection', periodId: id, reason: '我参加了 7 月抢险保通，未计入加分' }, 'm10')).objection
    expect(await cloud.count('objections', { periodId: id })).toBe(1)
    expect(o).toMatchObject({ _id: `${id}:m10`, status: 'pending', reason: '我参加了 7 月抢险保通，未计入加分', name: '杨国栋' })
    expect((await cloud.ok({ action: 'listObjections', periodId: id }, 'm07')).objections).toEqual([])
    expect((await cloud.ok({ action: 'listObjections', periodId: id }, 'm03')).objections).toHaveLength(1)
    expectFail(await cloud.call({ action: 'answerObjection', objectionId: o._id, answer: '已核实' }, 'm04'), 'FORBIDDEN')
    const answered = (
      await cloud.ok({ action: 'answerObjection', objectionId: o._id, answer: '经核实，抢险表现已由支委会研究，本期不予加分' }, 'm03')
    ).objection
    expect(answered).toMatchObject({ status: 'answered', answeredBy: 'm03' })
    expectFail(await cloud.call({ action: 'answerObjection', objectionId: o._id, answer: '再答' }, 'm03'), 'CONFLICT')
    expectFail(await cloud.call({ action: 'fileObjection', periodId: id, reason: '再提' }, 'm10'), 'CONFLICT')
    expect((await cloud.ok({ action: 'memberResult', periodId: id }, 'm10')).objection.status).toBe('answered')

    await cloud.tc.db
      .collection('periods')
      .doc(id)
      .update({ data: { publicityEndsAt: new Date(Date.now() - 1000) } })
    const before = await cloud.snapshot()
    expectFail(await cloud.call({ action: 'fileObjection', periodId: id, reason: '晚了' }, 'm09'), 'WINDOW_CLOSED')
    expect(await cloud.snapshot()).toEqual(before)
  })

  it('the desk opens with one call: getPeriod carries the results, objections and talks, as the separate actions answer them', async () => {
    const { id } = await ratedAndClosed()
    const closed = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm03')
    expect([closed.results, closed.objections, closed.talks]).toEqual([null, null, null])
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const computed = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm03')
    const results = await cloud.ok({ action: 'results', periodId: id }, 'm03')
    expect(computed.results).toEqual(results.results)
    expect(computed.averages).toEqual(results.averages)
    expect(computed.objections).toBeNull()
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    await cloud.ok({ action: 'fileObjection', periodId: id, reason: '我参加了抢险，未计入' }, 'm10')
    const desk = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm03')
    expect(desk.objections).toEqual((await cloud.ok({ action: 'listObjections', periodId: id }, 'm03')).objections)
    expect(desk.talks.length).toBeGreaterThan(0)
    expect(desk.talks).toEqual((await cloud.ok({ action: 'listTalks', orgId: 'org-b1', periodId: id }, 'm03')).talks)
    // a member of the period reads the period and its rubric, none of the desk's lists
    const member = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm10')
    expect([member.progress, member.results, member.objections, member.talks]).toEqual([null, null, null, null])
  })

  it('a result carries its frozen rubric (one call for the result page)', async () => {
    const { id } = await ratedAndClosed()
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const r = await cloud.ok({ action: 'memberResult', periodId: id }, 'm10')
    const p = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm10')
    expect(r.rubric).toEqual(p.rubric)
  })

  it('talks: assign to a committee member, record, acknowledge (done); overdue listed first', async () => {
    const { id } = await ratedAndClosed()
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const talks = (await cloud.ok({ action: 'listTalks', orgId: 'org-b1' }, 'm03')).talks
    const t10 = talks.find((t: any) => t.memberId === 'm10')
    expect(t10).toMatchObject({ status: 'assigned', talkerId: 'm03', talkerName: '王建军', periodName: '2026年第四季度', overdue: false })
    expect(Math.round((new Date(t10.dueAt).getTime() - Date.now()) / 86_400_000)).toBe(14)

    expectFail(await cloud.call({ action: 'assignTalk', talkId: t10._id, talkerId: 'm07' }, 'm03'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'assignTalk', talkId: t10._id, talkerId: 'm05' }, 'm04'), 'FORBIDDEN')
    await cloud.ok({ action: 'assignTalk', talkId: t10._id, talkerId: 'm05' }, 'm03')
    const record = {
      date: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      problems: '理论学习不够系统',
      shortfalls: '组织生活发言不积极',
      plan: '每月撰写一篇学习心得，主动承担支部志愿服务'
    }
    expectFail(await cloud.call({ action: 'ackTalk', talkId: t10._id }, 'm10'), 'TALK_STATE')
    expectFail(await cloud.call({ action: 'recordTalk', talkId: t10._id, ...record }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'recordTalk', talkId: t10._id, ...record, date: '2099-01-01' }, 'm05'), 'INVALID_INPUT')
    const recorded = (await cloud.ok({ action: 'recordTalk', talkId: t10._id, ...record }, 'm05')).talk
    expect(recorded).toMatchObject({ status: 'recorded', record })
    expectFail(await cloud.call({ action: 'recordTalk', talkId: t10._id, ...record }, 'm05'), 'TALK_STATE')
    expectFail(await cloud.call({ action: 'ackTalk', talkId: t10._id }, 'm03'), 'FORBIDDEN')
    const done = (await cloud.ok({ action: 'ackTalk', talkId: t10._id }, 'm10')).talk
    expect(done.status).toBe('acknowledged')
    expect(done.acknowledgedAt).not.toBeNull()
    expectFail(await cloud.call({ action: 'ackTalk', talkId: t10._id }, 'm10'), 'TALK_STATE')
    expect((await cloud.ok({ action: 'listTalks' }, 'm10')).talks.map((t: any) => [t.memberId, t.status])).toEqual([
      ['m10', 'acknowledged']
    ])

    const t09 = talks.find((t: any) => t.memberId === 'm09')
    await cloud.tc.db
      .collection('talks')
      .doc(t09._id)
      .update({ data: { dueAt: new Date(Date.now() - 60_000) } })
    const listed = (await cloud.ok({ action: 'listTalks', orgId: 'org-b1', periodId: id }, 'm05')).talks
    expect(listed[0]).toMatchObject({ memberId: 'm09', overdue: true })
    expect(listed.filter((t: any) => t.overdue)).toHaveLength(1)
    expectFail(await cloud.call({ action: 'listTalks', orgId: 'org-b1' }, 'm07'), 'FORBIDDEN')

    const actions = (await cloud.ok({ action: 'auditLog', periodId: id }, 'm03')).entries.map((e: any) => e.action)
    for (const a of [
      'openPeriod',
      'rate',
      'issueMassesCodes',
      'closePeriod',
      'compute',
      'publish',
      'createTalk',
      'assignTalk',
      'recordTalk',
      'ackTalk'
    ])
      expect(actions).toContain(a)
  })

  it('reopen (staff, with a reason) → a corrected rating → compute again (audited before → after) → publish again; talks not duplicated', async () => {
    const { id } = await ratedAndClosed()
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const talksBefore = await cloud.count('talks', { periodId: id })
    expectFail(await cloud.call({ action: 'compute', periodId: id }, 'm03'), 'PERIOD_STATE')
    expectFail(
      await cloud.call({ action: 'rate', periodId: id, source: 'org', memberId: 'm10', scores: scores('org') }, 'm03'),
      'PERIOD_STATE'
    )
    expectFail(await cloud.call({ action: 'reopenPeriod', periodId: id, reason: '更正' }, 'm03'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'reopenPeriod', periodId: id, reason: '' }, P.staff), 'INVALID_INPUT')
    const reopened = (await cloud.ok({ action: 'reopenPeriod', periodId: id, reason: '杨国栋的组织考评录入有误' }, P.staff)).period
    expect(reopened).toMatchObject({ status: 'closed', publishedAt: null })
    expect(reopened.reopenedAt).not.toBeNull()
    for (const rater of B1_ORG_RATERS)
      await cloud.ok({ action: 'rate', periodId: id, source: 'org', memberId: 'm10', scores: scores('org', (m) => half(m * 0.95)) }, rater)
    expectFail(await cloud.call({ action: 'publish', periodId: id }, 'm03'), 'PERIOD_STATE') // stale results
    const recomputed = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    expect(recomputed.results.find((r: any) => r.memberId === 'm10').flag).toBe('red')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    // m10 is red now: the open talk about the grey flag is cancelled (and audited); none duplicated.
    expect(await cloud.count('talks', { periodId: id })).toBe(talksBefore - 1)
    expect(await cloud.count('talks', { periodId: id, memberId: 'm10' })).toBe(0)
    const entries = (await cloud.ok({ action: 'auditLog', periodId: id }, P.staff)).entries
    expect(entries.filter((e: any) => e.action === 'cancelTalk')).toEqual([
      expect.objectContaining({
        by: 'm03',
        target: `talk:${id}:m10`,
        before: { status: 'assigned', flag: 'grey', total: 60.3 },
        after: null
      })
    ])
    const change = entries.filter((e: any) => e.target === 'result:m10')
    expect(change.map((e: any) => [e.before?.flag ?? null, e.after.flag])).toEqual([
      [null, 'grey'],
      ['grey', 'red']
    ])
    expect(entries.find((e: any) => e.action === 'reopenPeriod')).toMatchObject({
      by: P.staff,
      after: { status: 'closed', reason: '杨国栋的组织考评录入有误' }
    })
  })

  it('compute is idempotent: twice gives the same results and one doc per member', async () => {
    const { id } = await ratedAndClosed()
    const a = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const b = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    const strip = (rs: any[]) => rs.map(({ computedAt, ...r }) => r)
    expect(strip(b.results)).toEqual(strip(a.results))
    expect(await cloud.count('results', { periodId: id })).toBe(11)
    expect(await cloud.count('assessmentAudit', { periodId: id, action: 'compute' })).toBe(11)
  })

  it('a 90% attendance at the period’s meetings scores the derived item from check-in data', async () => {
    const period = await openB1(cloud, { from: '2026-01-01', to: '2026-12-31' })
    const startAt = new Date('2026-11-05T09:00:00+08:00')
    const acts = Array.from({ length: 10 }, (_, i) => ({
      _id: `a00000000${i}`,
      type: 'branchMeeting',
      title: `会议${i}`,
      orgId: 'org-b1',
      startAt,
      endAt: startAt,
      opensAt: startAt,
      closesAt: startAt,
      lateAfter: startAt,
      open: false,
      venue: null,
      stationIds: [],
      rotateSeconds: 30,
      expectedMemberIds: B1_ASSESSED,
      createdBy: 'm03',
      createdAt: startAt
    }))
    await cloud.tc.db.collection('activities').add({ data: acts })
    await cloud.tc.db.collection('checkins').add({
      data: acts.slice(0, 9).map((a) => ({
        _id: `${a._id}:m07`,
        activityId: a._id,
        memberId: 'm07',
        orgId: 'org-b1',
        checkedInAt: startAt,
        late: false,
        makeup: a._id.endsWith('8'),
        makeupReason: null,
        makeupBy: null,
        via: 'code',
        distanceM: null
      }))
    })
    await orgRateAll(cloud, period._id, () => 1)
    await cloud.ok({ action: 'closePeriod', periodId: period._id }, 'm03')
    const { results } = await cloud.ok({ action: 'compute', periodId: period._id }, 'm03')
    const m07 = results.find((r: any) => r.memberId === 'm07')
    expect(m07.items.find((i: any) => i.itemId === 'meeting-attendance')).toMatchObject({
      basis: 'derived',
      ratio: 0.9,
      score: 5.4,
      note: '出勤 9/10'
    })
    // Study, card and volunteering (16) have no data: (78 + 5.4) × 100/84 = 99.29 → 99.3; m08 was at none of the
    // ten meetings: 0 of 6 counts (data exists), 78 × 100/84 = 92.86 → 92.9.
    expect(m07.total).toBe(99.3)
    expect(results.find((r: any) => r.memberId === 'm08').total).toBe(92.9)
  })
})

describe('anonymity: peer and masses raters cannot be read back', () => {
  /** m09 rates three peers; the masses code rated m07 and m08: several ratings of one rater each. */
  const severalEach = (id: string) =>
    Promise.all(
      ['m07', 'm08', 'm10'].map((m) =>
        cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: m, scores: scores('peer', (x) => x - 1) }, 'm09')
      )
    ).then(() => undefined)
  const anonRatings = async (id: string) =>
    (await cloud.all('ratings', { periodId: id })).filter((r) => r.source === 'peer' || r.source === 'masses')
  /** The rater keys in a text, each with the members the text names next to it (`…:<key>:<memberId>`). */
  const keysWithMembers = (text: string) => {
    const out = new Map<string, Set<string>>()
    for (const m of text.matchAll(/([0-9a-f]{64}):(m\d\d)/g)) out.set(m[1], new Set([...(out.get(m[1]) ?? []), m[2]]))
    return out
  }

  it('stored: one key per rater and rated member (a rater’s ratings share no key); no rater member id', async () => {
    const { id } = await ratedAndClosed(severalEach)
    const anon = await anonRatings(id)
    expect(anon).toHaveLength(7) // m08→m07, m07→m08, m09→m07/m08/m10, the code → m07/m08
    expect(new Set(anon.map((r) => r.rater)).size).toBe(anon.length)
    const memberIds = new Set(B1_ASSESSED)
    for (const r of anon) {
      expect(r.rater).toMatch(/^[0-9a-f]{64}$/)
      expect(r._id).toBe(`${id}:${r.source}:${r.rater}:${r.memberId}`)
      const { memberId, ...rest } = r
      expect(memberIds.has(memberId)).toBe(true)
      // The rated member is the only member id in the doc, and its _id ends with it.
      const text = JSON.stringify(rest).replace(`:${memberId}"`, '"')
      for (const m of memberIds) expect(text).not.toContain(`"${m}"`)
      for (const m of memberIds) expect(text).not.toContain(`:${m}:`)
    }
    const codes = await cloud.all('massesCodes', { periodId: id })
    for (const c of codes) expect(c._id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('nothing the secretary (assessed too) or staff can read links two peer/masses ratings to one rater', async () => {
    const { id } = await ratedAndClosed(severalEach)
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const anon = await anonRatings(id)
    const readable = [
      await cloud.ok({ action: 'auditLog', periodId: id }, 'm03'),
      await cloud.ok({ action: 'auditLog', periodId: id }, P.staff),
      await cloud.ok({ action: 'results', periodId: id }, 'm03'),
      await cloud.ok({ action: 'getPeriod', periodId: id }, 'm03'),
      await cloud.ok({ action: 'rateTargets', periodId: id }, 'm03'),
      await cloud.ok({ action: 'listTalks', orgId: 'org-b1' }, 'm03'),
      await cloud.ok({ action: 'listObjections', periodId: id }, 'm03')
    ]
    const entries = readable[0].entries.filter((e: any) => /^rating:[^:]+:(peer|masses):/.test(e.target))
    expect(entries).toHaveLength(anon.length)
    // Logged by source only: no key, no member id in `by`.
    expect(new Set(entries.map((e: any) => e.by))).toEqual(new Set(['peer', 'masses']))
    // Every key that can be read goes with exactly one rated member: no key joins two targets.
    const keys = keysWithMembers(JSON.stringify(readable))
    expect(keys.size).toBe(anon.length)
    for (const [, members] of keys) expect(members.size).toBe(1)
    // m09's three ratings: three different keys, none of them in any other entry.
    const m09s = anon.filter((r) => r.source === 'peer' && ['m07', 'm08', 'm10'].includes(r.memberId) && r.scores.theory === 4)
    expect(new Set(m09s.map((r) => r.rater)).size).toBe(3)
  })

  it('no member-callable answer returns a rater key or who rated whom', async () => {
    const { id } = await ratedAndClosed(severalEach)
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const keys = (await anonRatings(id)).map((r) => r.rater)
    // Everything a member can call about this period: no rater key, no peer's member id in their detail.
    const answers = [
      await cloud.ok({ action: 'memberResult', periodId: id }, 'm07'),
      await cloud.ok({ action: 'memberResult', periodId: id }, 'm08'),
      await cloud.ok({ action: 'board', periodId: id }, 'm07'),
      await cloud.ok({ action: 'getPeriod', periodId: id }, 'm07'),
      await cloud.ok({ action: 'rateTargets', periodId: id }, 'm07'),
      await cloud.ok({ action: 'listPeriods' }, 'm07'),
      await cloud.ok({ action: 'listTalks' }, 'm09'),
      await cloud.ok({ action: 'listObjections', periodId: id }, 'm07')
    ]
    const text = JSON.stringify(answers)
    for (const k of keys) expect(text).not.toContain(k)
    expect(JSON.stringify(answers[0].result)).not.toContain('m08') // m08 rated m07 as a peer
    expectFail(await cloud.call({ action: 'auditLog', periodId: id }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'results', periodId: id }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'exportResults', periodId: id }, 'm07'), 'FORBIDDEN')
  })
})
