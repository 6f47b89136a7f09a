process.env.CHECKIN_SECRET = 'checkin-integration-test-secret-0123456789'
import { cstQuarter } from '@shared/checkin/quarter'
import { activityEvent, as, B1_MEMBERS, codeNow, createActivity, expectFail, expectOk, iso, minutes, P, useCheckinCloud } from './helpers'

const cloud = useCheckinCloud()

describe('createActivity', () => {
  it('the branch secretary creates a theme Party day; expected = the branch’s active members, dispatched ones included', async () => {
    const a = await createActivity(cloud, { window: { opensMinutesBefore: 45, lateAfterMinutes: 5 }, venue: { lat: 36.06, lng: 103.83 } })
    expect(a).toMatchObject({
      type: 'themeDay',
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      open: false,
      rotateSeconds: 30,
      phase: 'open',
      createdBy: P.b1Secretary
    })
    expect(a._id).toMatch(/^a[0-9a-z]{9}$/)
    expect(a.venue).toEqual({ lat: 36.06, lng: 103.83, radiusM: 300 })
    expect(new Date(a.startAt).getTime() - new Date(a.opensAt).getTime()).toBe(minutes(45))
    expect(new Date(a.lateAfter).getTime() - new Date(a.startAt).getTime()).toBe(minutes(5))
    expect(a.closesAt).toBe(a.endAt)
    const [doc] = await cloud.all('activities')
    expect([...doc.expectedMemberIds].sort()).toEqual([...B1_MEMBERS].sort())
    expect(doc.expectedMemberIds).toContain(P.dispatchedLongnan)
    expect(a.expectedCount).toBe(B1_MEMBERS.length)
  })

  it.each([
    ['deputy', P.b1Deputy, 'org-b1'],
    ['committee member', P.b1CommitteeAndG1Leader, 'org-b1'],
    ['group leader for their group', P.b1G2Leader, 'org-b1-g2'],
    ['branch secretary for a party group of the branch', P.b1Secretary, 'org-b1-g1'],
    ['platform secretary (an external org) for riders', P.platformSecretary, 'org-platform']
  ])('%s may create', async (_l, by, orgId) => {
    const a = await createActivity(cloud, { orgId, type: 'groupMeeting' }, by)
    expect(a.orgId).toBe(orgId)
  })

  it('a party-group meeting expects the group’s members only', async () => {
    await createActivity(cloud, { orgId: 'org-b1-g2', type: 'groupMeeting' }, P.b1G2Leader)
    const [doc] = await cloud.all('activities')
    expect(doc.expectedMemberIds).toEqual(['m04', 'm06', 'm08', 'm11', 'm12'])
  })

  it.each([
    ['a plain member', P.b1Member, 'org-b1'],
    ['a dispatched member', P.dispatchedLongnan, 'org-b1'],
    ['the secretary of another branch', P.b2Secretary, 'org-b1'],
    ['committee staff', P.staff, 'org-b1'],
    ['a group leader for the branch', P.b1G2Leader, 'org-b1'],
    ['a group leader for another group', P.b1G2Leader, 'org-b1-g1'],
    ['the home village secretary', P.longnanSecretary, 'org-b1']
  ])('%s → FORBIDDEN, nothing written', async (_l, by, orgId) => {
    expectFail(await cloud.call(activityEvent({ orgId }), by), 'FORBIDDEN')
    expect(await cloud.count('activities')).toBe(0)
  })

  it.each([
    ['end before start', { startAt: iso(minutes(60)), endAt: iso(minutes(10)) }, 'endAt'],
    ['end equal to start', { startAt: iso(minutes(60)), endAt: iso(minutes(60)) }, 'endAt'],
    ['longer than 7 days', { startAt: iso(0), endAt: iso(minutes(8 * 24 * 60)) }, 'endAt'],
    ['ended more than 30 days ago', { startAt: iso(-minutes(40 * 24 * 60)), endAt: iso(-minutes(40 * 24 * 60 - 60)) }, 'endAt'],
    ['a 10 KB title', { title: 'x'.repeat(10_240) }, 'title'],
    ['an extra field', { createdBy: P.b1Member }, 'createdBy'],
    ['expectedMemberIds not a list', { expectedMemberIds: P.b1Member }, 'expectedMemberIds'],
    ['an expected member twice', { expectedMemberIds: [P.b1Member, P.b1Member] }, 'expectedMemberIds'],
    ['501 expected members', { expectedMemberIds: Array.from({ length: 501 }, (_, i) => `m${i}`) }, 'expectedMemberIds'],
    ['a number as an expected member', { expectedMemberIds: [7] }, 'expectedMemberIds.0'],
    ['a 10 KB expected member id', { expectedMemberIds: ['m'.repeat(10_240)] }, 'expectedMemberIds.0'],
    ['a number as start', { startAt: Date.now() }, 'startAt'],
    ['a start without a zone', { startAt: '2026-07-01T09:00:00' }, 'startAt'],
    ['a date only', { startAt: '2026-07-01' }, 'startAt'],
    ['an impossible instant', { startAt: '2026-02-30T09:00:00Z' }, 'startAt'],
    ['an unknown type', { type: 'party' }, 'type'],
    ['no title', { title: undefined }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['open as a string', { open: 'yes' }, 'open'],
    ['a negative window', { window: { opensMinutesBefore: -1 } }, 'window.opensMinutesBefore'],
    ['an unknown window field', { window: { opensAt: 5 } }, 'window.opensAt'],
    ['latitude 91', { venue: { lat: 91, lng: 103 } }, 'venue.lat'],
    ['a string latitude', { venue: { lat: '36', lng: 103 } }, 'venue.lat'],
    ['a 10 m radius', { venue: { lat: 36, lng: 103, radiusM: 10 } }, 'venue.radiusM'],
    ['stationIds not a list', { stationIds: 's_1' }, 'stationIds'],
    ['rotation of 1 s', { rotateSeconds: 1 }, 'rotateSeconds']
  ])('%s → INVALID_INPUT naming the field, nothing written', async (_l, over, path) => {
    const res = expectFail(await cloud.call(activityEvent(over), P.b1Secretary), 'INVALID_INPUT')
    expect(res.details.map((d: any) => d.path)).toContain(path)
    expect(await cloud.count('activities')).toBe(0)
  })

  it('unknown org → NOT_FOUND; unbound → NOT_BOUND; no OPENID → UNAUTHENTICATED', async () => {
    expectFail(await cloud.call(activityEvent({ orgId: 'org-nope' }), P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call(activityEvent(), 'wx-stranger'), 'NOT_BOUND')
    expectFail(await cloud.call(activityEvent()), 'UNAUTHENTICATED')
    expect(await cloud.count('activities')).toBe(0)
  })

  it('uses stations of its org or of the group’s branch; others refused', async () => {
    const depot = expectOk(
      await cloud.call(
        { action: 'saveStation', orgId: 'org-b1', name: '第一养护中心会议室', location: { lat: 36.06, lng: 103.83 } },
        P.b1Secretary
      )
    ).station
    const other = expectOk(await cloud.call({ action: 'saveStation', orgId: 'org-b2', name: '第二养护中心会议室' }, P.b2Secretary)).station
    expect((await createActivity(cloud, { stationIds: [depot._id] })).stationIds).toEqual([depot._id])
    expect((await createActivity(cloud, { orgId: 'org-b1-g1', stationIds: [depot._id] }, P.b1CommitteeAndG1Leader)).stationIds).toEqual([
      depot._id
    ])
    expectFail(await cloud.call(activityEvent({ stationIds: [other._id] }), P.b1Secretary), 'INVALID_INPUT')
    expectFail(await cloud.call(activityEvent({ stationIds: ['s_missing'] }), P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call(activityEvent({ stationIds: [depot._id, depot._id] }), P.b1Secretary), 'INVALID_INPUT')
    expect(await cloud.count('activities')).toBe(2)
  })
})

describe('createActivity.expectedMemberIds (who is expected)', () => {
  const expectedOf = async () => (await cloud.all('activities'))[0].expectedMemberIds

  it('a chosen subset of the branch, a dispatched member included; attendance counts only them', async () => {
    const a = await createActivity(cloud, { expectedMemberIds: [P.dispatchedLongnan, P.b1Member, P.b1Secretary] }, P.b1Secretary, -10)
    expect(a.expectedCount).toBe(3)
    expect(await expectedOf()).toEqual([P.b1Secretary, P.b1Member, P.dispatchedLongnan])
    const res = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    expect(res.summary).toMatchObject({ expected: 3, present: 0, absent: 0, pending: 3 })
    expect(res.rows.map((r: any) => r.memberId).sort()).toEqual([P.b1Secretary, P.b1Member, P.dispatchedLongnan])
  })

  it('members of the group at a party-group meeting; riders at their community branch', async () => {
    await createActivity(cloud, { orgId: 'org-b1-g2', type: 'groupMeeting', expectedMemberIds: ['m08', 'm12'] }, P.b1G2Leader)
    expect(await expectedOf()).toEqual(['m08', 'm12'])
    const r = await createActivity(
      cloud,
      { orgId: 'org-community', type: 'volunteer', expectedMemberIds: [P.riderCommunity, P.riderPlatform] },
      P.communitySecretary
    )
    expect(r.expectedCount).toBe(2)
  })

  it('an empty list: nobody expected (an open volunteer service where everyone is a guest)', async () => {
    const a = await createActivity(cloud, { type: 'volunteer', open: true, expectedMemberIds: [] })
    expect(a.expectedCount).toBe(0)
    expect(await expectedOf()).toEqual([])
  })

  it.each([
    ['a member of another branch', 'org-b1', P.b1Secretary, [P.b1Member, P.b2Secretary], [P.b2Secretary], ['expectedMemberIds.1']],
    [
      'the home village secretary of a dispatched member',
      'org-b1',
      P.b1Secretary,
      [P.longnanSecretary],
      [P.longnanSecretary],
      ['expectedMemberIds.0']
    ],
    ['an unknown id', 'org-b1', P.b1Secretary, ['m99', P.b1Member], ['m99'], ['expectedMemberIds.0']],
    [
      'a branch member outside the group',
      'org-b1-g2',
      P.b1G2Leader,
      ['m08', P.b1Member, 'm99'],
      ['m99', P.b1Member],
      ['expectedMemberIds.2', 'expectedMemberIds.1']
    ],
    [
      'a rider’s platform colleague at the joint branch',
      'org-jb',
      P.jbSecretary,
      [P.riderPlatform],
      [P.riderPlatform],
      ['expectedMemberIds.0']
    ]
  ])('%s → INVALID_INPUT naming the ids, nothing written', async (_l, orgId, by, ids, bad, paths) => {
    const res = expectFail(await cloud.call(activityEvent({ orgId, expectedMemberIds: ids }), by), 'INVALID_INPUT')
    for (const id of bad) expect(res.message).toContain(id)
    expect(res.details.map((d: any) => d.path)).toEqual(paths)
    expect(await cloud.count('activities')).toBe(0)
  })
})

describe('stations', () => {
  it('save, rename, list', async () => {
    const s = expectOk(await cloud.call({ action: 'saveStation', orgId: 'org-b1', name: '养护站' }, P.b1Deputy)).station
    expect(s).toMatchObject({ orgId: 'org-b1', name: '养护站', location: null })
    const renamed = expectOk(
      await cloud.call(
        { action: 'saveStation', _id: s._id, orgId: 'org-b1', name: '七里河养护站', location: { lat: 36.05, lng: 103.75 } },
        P.b1Secretary
      )
    ).station
    expect(renamed).toEqual({ _id: s._id, orgId: 'org-b1', name: '七里河养护站', location: { lat: 36.05, lng: 103.75 } })
    expect(expectOk(await cloud.call({ action: 'listStations' }, P.b1Secretary)).stations).toEqual([renamed])
    expect(expectOk(await cloud.call({ action: 'listStations', orgId: 'org-b1-g1' }, P.b1CommitteeAndG1Leader)).stations).toEqual([renamed])
    expect(expectOk(await cloud.call({ action: 'listStations' }, P.b2Secretary)).stations).toEqual([])
  })

  it('refusals', async () => {
    const s = expectOk(await cloud.call({ action: 'saveStation', orgId: 'org-b1', name: '养护站' }, P.b1Secretary)).station
    expectFail(await cloud.call({ action: 'saveStation', orgId: 'org-b1', name: '我的站' }, P.b1Member), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'saveStation', _id: s._id, orgId: 'org-b2', name: '挪走' }, P.b2Secretary), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'saveStation', _id: 's_nope', orgId: 'org-b1', name: '无' }, P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'saveStation', orgId: 'org-b1', name: 'x'.repeat(10_240) }, P.b1Secretary), 'INVALID_INPUT')
    expectFail(
      await cloud.call({ action: 'saveStation', orgId: 'org-b1', name: '站', location: { lat: 1 } }, P.b1Secretary),
      'INVALID_INPUT'
    )
    expectFail(await cloud.call({ action: 'listStations', orgId: 'org-b1' }, P.b1Member), 'FORBIDDEN')
    expect(await cloud.all('stations')).toEqual([expect.objectContaining({ name: '养护站' })])
  })
})

describe('listActivities', () => {
  it('a dispatched member sees their active branch’s activities: upcoming without attendance, past as absent or present', async () => {
    const upcoming = await createActivity(cloud, { title: '下周党课', type: 'partyLecture' }, P.b1Secretary, 60 * 24)
    const past = await createActivity(cloud, { title: '上周主题党日' }, P.b1Secretary, -60 * 24)
    const pastAttended = await createActivity(cloud, { title: '昨天集中学习', type: 'study' }, P.b1Secretary, -120)
    await createActivity(cloud, { title: '第二支部活动', orgId: 'org-b2' }, P.b2Secretary)
    await cloud.tc.db.collection('checkins').add({
      data: {
        _id: `${pastAttended._id}:${P.dispatchedLongnan}`,
        activityId: pastAttended._id,
        memberId: P.dispatchedLongnan,
        orgId: 'org-b1',
        checkedInAt: new Date(Date.now() - minutes(110)),
        late: true,
        makeup: false,
        makeupReason: null,
        makeupBy: null,
        via: 'code',
        distanceM: null
      }
    })
    const res = expectOk(await cloud.call({ action: 'listActivities' }, P.dispatchedLongnan))
    expect(res.upcoming.map((a: any) => [a.title, a.mine.status])).toEqual([['下周党课', null]])
    expect(res.past.map((a: any) => [a.title, a.mine.status, a.mine.late])).toEqual([
      ['昨天集中学习', 'late', true],
      ['上周主题党日', 'absent', false]
    ])
    expect(res.past[1]._id).toBe(past._id)
    expect(upcoming.phase).toBe('upcoming')
    expect([...res.upcoming, ...res.past].map((a: any) => [a.title, a.stage])).toEqual([
      ['下周党课', 'upcoming'],
      ['昨天集中学习', 'ended'],
      ['上周主题党日', 'ended']
    ])
  })

  it('this quarter’s totals: ended activities I was expected at, and those I attended (出勤 n/m)', async () => {
    // In the first 3 hours of a CST quarter the activities below would fall in the last one.
    if (cstQuarter(new Date(Date.now() - minutes(200))).from !== cstQuarter(new Date()).from) return
    const attended = await createActivity(cloud, { title: '昨天集中学习', type: 'study' }, P.b1Secretary, -120)
    await createActivity(cloud, { title: '前天主题党日' }, P.b1Secretary, -180)
    const running = await createActivity(cloud, { title: '正在进行的党课', type: 'partyLecture' }, P.b1Secretary, -10)
    await createActivity(cloud, { title: '下周党课', type: 'partyLecture' }, P.b1Secretary, 6 * 24 * 60)
    await createActivity(cloud, { title: '第二支部活动', orgId: 'org-b2' }, P.b2Secretary, -120)
    await cloud.tc.db.collection('checkins').add({
      data: {
        _id: `${attended._id}:${P.dispatchedLongnan}`,
        activityId: attended._id,
        memberId: P.dispatchedLongnan,
        orgId: 'org-b1',
        checkedInAt: new Date(Date.now() - minutes(115)),
        late: false,
        makeup: false,
        makeupReason: null,
        makeupBy: null,
        via: 'code',
        distanceM: null
      }
    })
    const before = expectOk(await cloud.call({ action: 'listActivities' }, P.dispatchedLongnan)).quarter
    expect(before).toMatchObject({ label: expect.stringMatching(/^\d{4}年第[一二三四]季度$/), attended: 1, expected: 2 })
    // Checked in at the one running now: it counts at once (its outcome is settled).
    expectOk(await cloud.call({ action: 'checkin', code: codeNow(running._id) }, P.dispatchedLongnan))
    const after = expectOk(await cloud.call({ action: 'listActivities' }, P.dispatchedLongnan)).quarter
    expect(after).toMatchObject({ attended: 2, expected: 3 })
  })

  it('an open activity a member joined as a guest is in their list', async () => {
    const open = await createActivity(cloud, { title: '志愿服务', type: 'volunteer', open: true, orgId: 'org-b2' }, P.b2Secretary)
    await cloud.tc.db.collection('checkins').add({
      data: {
        _id: `${open._id}:${P.riderPlatform}`,
        activityId: open._id,
        memberId: P.riderPlatform,
        orgId: 'org-b2',
        checkedInAt: new Date(),
        late: false,
        makeup: false,
        makeupReason: null,
        makeupBy: null,
        via: 'code',
        distanceM: null
      }
    })
    const res = expectOk(await cloud.call({ action: 'listActivities' }, P.riderPlatform))
    expect(res.upcoming.map((a: any) => [a.title, a.mine.status, a.mine.expected])).toEqual([['志愿服务', 'guest', false]])
  })

  it('the organiser view: the secretary’s branch and its groups, with summaries', async () => {
    await createActivity(cloud, { title: '支部党员大会', type: 'branchMeeting' })
    await createActivity(cloud, { title: '路面养护党小组会', type: 'groupMeeting', orgId: 'org-b1-g1' }, P.b1CommitteeAndG1Leader)
    await createActivity(cloud, { title: '第二支部活动', orgId: 'org-b2' }, P.b2Secretary)
    const res = expectOk(await cloud.call({ action: 'listActivities', view: 'organiser' }, P.b1Secretary))
    expect(res.activities.map((a: any) => a.title).sort()).toEqual(['支部党员大会', '路面养护党小组会'])
    // Starts in 10 minutes: nobody is 缺席 and there is no 出勤率 before the start.
    const meeting = res.activities.find((a: any) => a.title === '支部党员大会')
    expect(meeting.stage).toBe('upcoming')
    expect(meeting.summary).toMatchObject({ expected: B1_MEMBERS.length, present: 0, absent: 0, pending: B1_MEMBERS.length, rate: null })
    expect(expectOk(await cloud.call({ action: 'listActivities', view: 'organiser' }, P.b1Member)).activities).toEqual([])
    expect(expectOk(await cloud.call({ action: 'listActivities', view: 'organiser', orgId: 'org-b1' }, P.staff)).activities).toHaveLength(1)
    expectFail(await cloud.call({ action: 'listActivities', view: 'organiser', orgId: 'org-b1' }, P.b2Secretary), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'listActivities', view: 'organiser', orgId: 'org-b1' }, P.b1Member), 'FORBIDDEN')
  })

  it.each([
    ['to before from', { from: '2026-07-10', to: '2026-07-01' }],
    ['more than a year', { from: '2025-01-01', to: '2026-07-01' }],
    ['a bad date', { from: '2026-02-30' }],
    ['an unknown view', { view: 'all' }],
    ['an extra field', { memberId: 'm03' }]
  ])('%s → INVALID_INPUT', async (_l, over) => {
    expectFail(await cloud.call({ action: 'listActivities', ...over }, P.b1Member), 'INVALID_INPUT')
  })
})

describe('the router', () => {
  it('unknown action → INVALID_INPUT; as(...) openids only from the context', async () => {
    expectFail(await cloud.call({ action: 'deleteActivity' }, P.b1Secretary), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'listActivities', openid: as(P.b1Secretary) }, P.b1Member), 'INVALID_INPUT')
  })
})
