// The stuck period (issue 10): a secretary who closes before every member has an organisation rating
// is not stuck (the organisation completes its ratings while the period is closed and not computed); the
// desk's data names what is missing before the close; derived items count only activities that have
// ended when compute runs; the audit log names people.
import { addDaysYmd, cstDate } from '@shared/core/time'
import { B1_ASSESSED, B1_ORG_RATERS, expectFail, openB1, orgRateAll, P, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

const orgRate = (periodId: string, memberId: string, who: string, share = 1) =>
  cloud.call({ action: 'rate', periodId, source: 'org', memberId, scores: scores('org', (m) => Math.round(m * share * 2) / 2) }, who)

/** Every org rater rates every member but m07 and m11 (the two the secretary forgot). */
async function closedWithoutTwo() {
  const p = await openB1(cloud)
  await orgRateAll(cloud, p._id, () => 1)
  await cloud.tc.db
    .collection('ratings')
    .where({ source: 'org', memberId: cloud.tc.db.command.in(['m07', 'm11']) })
    .remove()
  await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
  return p._id as string
}

describe('closed before every organisation rating: the organisation completes them, then compute', () => {
  it('compute names the members; their organisation ratings are still taken while closed (self, peer refused); then compute succeeds', async () => {
    const id = await closedWithoutTwo()
    const missing = expectFail(await cloud.call({ action: 'compute', periodId: id }, 'm03'), 'ORG_RATINGS_MISSING')
    expect(missing.details.members.map((m: any) => m.name)).toEqual(['赵永平', '何小军'])

    // Members may no longer rate: the close still means what it said for them.
    expectFail(
      await cloud.call({ action: 'rate', periodId: id, source: 'self', memberId: 'm07', scores: scores('self') }, 'm07'),
      'PERIOD_STATE'
    )
    expectFail(
      await cloud.call({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer') }, 'm07'),
      'PERIOD_STATE'
    )
    // The branch committee (secretary, deputy, committee member) completes the organisation ratings.
    for (const rater of B1_ORG_RATERS) {
      expect((await orgRate(id, 'm07', rater)).ok).toBe(true)
      expect((await orgRate(id, 'm11', rater, 0.8)).ok).toBe(true)
    }
    // A rater changes theirs too (same doc, audited as a change).
    expect((await orgRate(id, 'm07', 'm04', 0.9)).ok).toBe(true)
    expect(await cloud.count('ratings', { periodId: id, source: 'org', memberId: 'm07' })).toBe(3)

    const { results } = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    expect(results).toHaveLength(B1_ASSESSED.length)
    expect(results.find((r: any) => r.memberId === 'm11').sources.org.raters).toBe(3)

    // Once computed, a change needs committee staff to reopen (the results would go stale unseen).
    const late = expectFail(await orgRate(id, 'm07', 'm05', 0.5), 'PERIOD_STATE')
    expect(late.message).toBe('结果已计算，如需修改组织评分，请党委重新开启考核期')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    expectFail(await orgRate(id, 'm07', 'm05', 0.5), 'PERIOD_STATE')
  })

  it('the closed period’s organisation targets stay offered to the raters; non-raters still cannot rate as the organisation', async () => {
    const id = await closedWithoutTwo()
    const targets = (await cloud.ok({ action: 'rateTargets', periodId: id }, 'm04')).targets.filter((t: any) => t.source === 'org')
    expect(targets.find((t: any) => t.memberId === 'm07').mine).toBeNull()
    expectFail(await orgRate(id, 'm07', 'm07'), 'FORBIDDEN')
    expectFail(await orgRate(id, 'm07', P.staff), 'FORBIDDEN')
  })
})

describe('what the desk shows before closing (getPeriod, one call)', () => {
  it('progress counts, masses codes issued and used, and who rates as the organisation', async () => {
    const p = await openB1(cloud)
    const id = p._id
    await cloud.ok({ action: 'rate', periodId: id, source: 'self', memberId: 'm07', scores: scores('self') }, 'm07')
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer') }, 'm07')
    await orgRate(id, 'm07', 'm04')
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: id, count: 3 }, 'm03')
    await cloud.ok({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm07', scores: scores('masses') }] })

    const got = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm03')
    expect([got.massesCodesIssued, got.massesCodesUsed]).toEqual([3, 1])
    expect(got.orgRaters).toEqual([
      { memberId: 'm03', name: '王建军', role: 'secretary' },
      { memberId: 'm04', name: '李红梅', role: 'deputy' },
      { memberId: 'm05', name: '张志刚', role: 'committeeMember' }
    ])
    const m07 = got.progress.find((r: any) => r.memberId === 'm07')
    expect(m07).toMatchObject({ self: true, peer: 0, masses: 1, org: 1 })
    expect(got.progress.filter((r: any) => r.org === 0)).toHaveLength(B1_ASSESSED.length - 1)

    // A member of the period reads neither.
    const member = await cloud.ok({ action: 'getPeriod', periodId: id }, 'm08')
    expect([member.progress, member.orgRaters, member.massesCodesUsed]).toEqual([null, null, 0])
  })
})

describe('derived items count only activities that have ended when compute runs', () => {
  it('a party lecture later in the period is not an absence; the meeting that ended is', async () => {
    const today = cstDate(new Date())
    const period = await openB1(cloud, { from: addDaysYmd(today, -30), to: addDaysYmd(today, 30) })
    const at = (days: number) => new Date(Date.now() + days * 86_400_000)
    const activity = (id: string, type: string, startAt: Date) => ({
      _id: id,
      type,
      title: id,
      orgId: 'org-b1',
      startAt,
      endAt: new Date(startAt.getTime() + 2 * 3_600_000),
      opensAt: startAt,
      closesAt: startAt,
      lateAfter: startAt,
      open: false,
      venue: null,
      stationIds: [],
      rotateSeconds: 30,
      expectedMemberIds: B1_ASSESSED,
      createdBy: 'm03',
      createdAt: at(-40)
    })
    await cloud.tc.db.collection('activities').add({
      data: [
        activity('a-past-meeting', 'branchMeeting', at(-10)),
        activity('a-underway', 'themeDay', at(-1 / 24)), // started an hour ago, ends in an hour
        activity('a-next-lecture', 'partyLecture', at(6))
      ]
    })
    await cloud.tc.db.collection('checkins').add({
      data: {
        _id: 'a-past-meeting:m07',
        activityId: 'a-past-meeting',
        memberId: 'm07',
        orgId: 'org-b1',
        checkedInAt: at(-10),
        late: false,
        makeup: false,
        makeupReason: null,
        makeupBy: null,
        via: 'code',
        distanceM: null
      }
    })
    await orgRateAll(cloud, period._id, () => 1)
    await cloud.ok({ action: 'closePeriod', periodId: period._id }, 'm03')
    const { results } = await cloud.ok({ action: 'compute', periodId: period._id }, 'm03')
    const meetings = (m: string) => results.find((r: any) => r.memberId === m).items.find((i: any) => i.itemId === 'meeting-attendance')
    expect(meetings('m07')).toMatchObject({ basis: 'derived', ratio: 1, note: '出勤 1/1' })
    expect(meetings('m08')).toMatchObject({ basis: 'derived', ratio: 0, note: '出勤 0/1' })
  })
})

describe('the audit log names people', () => {
  it('answers the names of everyone its entries mention (who, whose, talkers), never for peer/masses', async () => {
    const p = await openB1(cloud)
    const id = p._id
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer') }, 'm07')
    await orgRateAll(cloud, id, (m) => (m === 'm10' ? 0.6 : 1))
    await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const [talk] = (await cloud.ok({ action: 'listTalks', periodId: id, orgId: 'org-b1' }, 'm03')).talks
    await cloud.ok({ action: 'assignTalk', talkId: talk._id, talkerId: 'm05' }, 'm03')

    const { entries, names } = await cloud.ok({ action: 'auditLog', periodId: id }, P.staff)
    expect(names).toMatchObject({ m03: '王建军', m04: '李红梅', m05: '张志刚', m08: '孙丽娟', m10: '杨国栋' })
    expect(Object.keys(names)).not.toContain('peer')
    for (const e of entries) if (e.by !== 'peer' && e.by !== 'masses') expect(names[e.by]).toBeTruthy()
    // The peer rater (m07) is named only as the rated or as an org target, never as the rater of m08.
    const peer = entries.find((e: any) => e.by === 'peer')
    expect(peer.target.endsWith(':m08')).toBe(true)
  })
})
