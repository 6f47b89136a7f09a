process.env.CHECKIN_SECRET = 'checkin-integration-test-secret-0123456789'
import { B1_MEMBERS, codeBack, codeNow, createActivity, expectFail, expectOk, P, useCheckinCloud } from './helpers'

const cloud = useCheckinCloud()
const scan = (who: string, code: string) => cloud.call({ action: 'checkin', code }, who)
const makeup = (activityId: string, memberId: string, by: string = P.b1Secretary, reason = '在抢修现场，会后补签') =>
  cloud.call({ action: 'makeup', activityId, memberId, reason }, by)
const makeupMany = (activityId: string, memberIds: string[], by: string = P.b1Secretary, reason = '在连霍高速抢修现场，会后补学') =>
  cloud.call({ action: 'makeup', activityId, memberIds, reason }, by)

describe('makeup', () => {
  it('the secretary records a make-up with a reason; it is marked as such', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    const rec = expectOk(await makeup(a._id, P.dispatchedLongnan)).record
    expect(rec).toMatchObject({
      memberId: P.dispatchedLongnan,
      name: '杨国栋',
      makeup: true,
      late: false,
      makeupReason: '在抢修现场，会后补签'
    })
    expect(await cloud.all('checkins')).toEqual([
      expect.objectContaining({
        _id: `${a._id}:${P.dispatchedLongnan}`,
        makeup: true,
        makeupBy: P.b1Secretary,
        makeupReason: '在抢修现场，会后补签',
        via: 'makeup'
      })
    ])
    // The member's own scan afterwards: already checked in.
    expectFail(await scan(P.dispatchedLongnan, codeNow(a._id)), 'ALREADY_CHECKED_IN')
  })

  it('the branch secretary makes up at a party-group meeting', async () => {
    const g = await createActivity(cloud, { orgId: 'org-b1-g2', type: 'groupMeeting' }, P.b1G2Leader, -10)
    expectOk(await makeup(g._id, P.dispatchedDingxi))
  })

  it.each([
    ['the deputy', P.b1Deputy],
    ['a committee member', P.b1CommitteeAndG1Leader],
    ['the group leader', P.b1G2Leader],
    ['a plain member (for themself)', P.b1Member],
    ['the secretary of another branch', P.b2Secretary],
    ['committee staff', P.staff],
    ['the member’s home village secretary', P.longnanSecretary]
  ])('%s → FORBIDDEN, nothing written', async (_l, by) => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    expectFail(await makeup(a._id, by === P.b1Member ? P.b1Member : P.dispatchedLongnan, by), 'FORBIDDEN')
    expect(await cloud.count('checkins')).toBe(0)
  })

  it('refusals: not eligible, unknown member or activity, before the window', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    expectOk(await scan(P.b1Member, codeNow(a._id)))
    expectFail(await makeup(a._id, 'm17'), 'NOT_ELIGIBLE')
    expectFail(await makeup(a._id, 'm99'), 'NOT_FOUND')
    expectFail(await makeup('anope', P.b1Member2), 'NOT_FOUND')
    const later = await createActivity(cloud, {}, P.b1Secretary, 24 * 60)
    expectFail(await makeup(later._id, P.b1Member2), 'WINDOW_NOT_OPEN')
    expect(await cloud.count('checkins')).toBe(1)
  })

  it.each([
    ['no reason', { reason: undefined }],
    ['a one-character reason', { reason: '病' }],
    ['a 10 KB reason', { reason: '因'.repeat(10_240) }],
    ['an extra field', { late: false }],
    ['memberId as a number', { memberId: 10 }],
    ['no member', { memberId: undefined }],
    ['an empty list', { memberId: undefined, memberIds: [] }],
    ['both memberId and memberIds', { memberIds: ['m12'] }],
    ['the same member twice', { memberId: undefined, memberIds: ['m12', 'm12'] }],
    ['101 members', { memberId: undefined, memberIds: Array.from({ length: 101 }, (_, i) => `m${i}`) }]
  ])('%s → INVALID_INPUT', async (_l, over) => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    expectFail(
      await cloud.call({ action: 'makeup', activityId: a._id, memberId: P.dispatchedLongnan, reason: '出差', ...over }, P.b1Secretary),
      'INVALID_INPUT'
    )
    expect(await cloud.count('checkins')).toBe(0)
  })
})

// 孙丽娟 then 马德明 once gave only 马德明 the make-up: several members, one reason, one request.
describe('makeup of several members', () => {
  it('records each with the one reason and answers their records in the order asked', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    const res = expectOk(await makeupMany(a._id, ['m08', 'm09', 'm12']))
    expect(res.records.map((r: any) => [r.name, r.makeup, r.makeupReason])).toEqual([
      ['孙丽娟', true, '在连霍高速抢修现场，会后补学'],
      ['马德明', true, '在连霍高速抢修现场，会后补学'],
      ['石永福', true, '在连霍高速抢修现场，会后补学']
    ])
    expect(res.already).toEqual([])
    expect(res.record).toEqual(res.records[0])
    const stored = await cloud.all('checkins')
    expect(stored.map((c: any) => c._id).sort()).toEqual([`${a._id}:m08`, `${a._id}:m09`, `${a._id}:m12`])
    for (const c of stored) expect(c).toMatchObject({ makeup: true, via: 'makeup', makeupBy: P.b1Secretary })
    const att = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    expect(att.summary.makeup).toBe(3)
  })

  it('all or nothing: one member refused writes nobody, and the answer names who and why', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    const res = expectFail(await makeupMany(a._id, ['m08', 'm17', 'm99', 'm09']), 'NOT_ELIGIBLE')
    expect(res.message).toContain('郭亮不在第一养护中心党支部参加组织生活')
    expect(res.message).toContain('该党员不存在')
    expect(res.details.refused).toEqual([
      { memberId: 'm17', code: 'NOT_ELIGIBLE', message: expect.stringContaining('郭亮') },
      { memberId: 'm99', code: 'NOT_FOUND', message: '该党员不存在' }
    ])
    expect(await cloud.count('checkins')).toBe(0)
  })

  it('idempotent per member: asking again, or for someone who scanned meanwhile, adds nothing and says so', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    expectOk(await scan('m10', codeNow(a._id)))
    const first = expectOk(await makeupMany(a._id, ['m08', 'm10']))
    expect(first.already).toEqual(['m10'])
    expect(first.records.map((r: any) => [r.memberId, r.makeup])).toEqual([
      ['m08', true],
      ['m10', false]
    ])
    const again = expectOk(await makeupMany(a._id, ['m08', 'm09', 'm10']))
    expect(again.already).toEqual(['m08', 'm10'])
    expect(again.records[0]).toEqual(first.records[0])
    expect(await cloud.count('checkins')).toBe(3)
    // One member, as older clients send it: the same rule.
    expect(expectOk(await makeup(a._id, 'm08')).already).toEqual(['m08'])
  })

  it('the deputy is refused for everyone at once', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    const res = expectFail(await makeupMany(a._id, ['m08', 'm09'], P.b1Deputy), 'FORBIDDEN')
    expect(res.message).toBe('只有该活动所属组织的书记可以补签')
    expect(await cloud.count('checkins')).toBe(0)
  })
})

describe('attendance', () => {
  it('expected vs present vs not checked in yet, late, make-up, guests, rate, and the refusals', async () => {
    const a = await createActivity(cloud, { open: true }, P.b1Secretary, -10) // started 10 minutes ago
    // 3 expected members scan (late: the activity has started), 1 make-up, 1 guest from another branch,
    // and a stale photo of the code.
    for (const m of ['m07', 'm10', 'm12']) expectOk(await scan(m, codeNow(a._id)))
    expectOk(await makeup(a._id, 'm13', P.b1Secretary, '值班，会后补学'))
    expectOk(await scan('m17', codeNow(a._id)))
    expectFail(await scan('m08', codeBack(a._id, 40)), 'CODE_REPLAYED')

    const res = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    const n = B1_MEMBERS.length
    // It runs: nobody is 缺席 yet, the others are 未签到.
    expect(res.activity.stage).toBe('ongoing')
    expect(res.summary).toEqual({
      expected: n,
      present: 4,
      absent: 0,
      pending: n - 4,
      late: 3,
      makeup: 1,
      guests: 1,
      rate: Math.round((4 / n) * 10_000) / 10_000
    })
    const status = Object.fromEntries(res.rows.map((r: any) => [r.memberId, r.status]))
    expect(status).toMatchObject({ m07: 'late', m10: 'late', m12: 'late', m13: 'makeup', m17: 'guest', m08: 'pending', m11: 'pending' })
    expect(res.rows.find((r: any) => r.memberId === 'm13').makeupReason).toBe('值班，会后补学')
    expect(res.rows.find((r: any) => r.memberId === 'm17')).toMatchObject({ name: '郭亮', expected: false })
    expect(res.rows).toHaveLength(n + 1)
    expect(res.refusals).toEqual([
      expect.objectContaining({ memberId: 'm08', name: '孙丽娟', code: 'CODE_REPLAYED', message: expect.stringMatching(/翻拍|转发/) })
    ])
  })

  // Next week's 党课 once read 缺席 11 / 出勤率 0%.
  it.each([
    ['not started (next week)', 7 * 24 * 60, 90, 'upcoming', { absent: 0, rate: null }, 'pending'],
    ['running', -10, 60, 'ongoing', { absent: 0, rate: 0 }, 'pending'],
    ['ended an hour ago', -120, 60, 'ended', { pending: 0, rate: 0 }, 'absent']
  ])('%s: stage %s, nobody checked in', async (_l, startIn, length, stage, summary, status) => {
    const a = await createActivity(cloud, { type: 'partyLecture', title: '党课' }, P.b1Secretary, startIn, length)
    const res = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    const n = B1_MEMBERS.length
    expect(res.activity.stage).toBe(stage)
    expect(res.summary).toMatchObject({ expected: n, present: 0, ...summary })
    expect(res.summary.absent + res.summary.pending).toBe(n)
    expect(new Set(res.rows.map((r: any) => r.status))).toEqual(new Set([status]))
  })

  it.each([
    ['the deputy', P.b1Deputy, true],
    ['committee staff', P.staff, true],
    ['a plain member', P.b1Member, false],
    ['the secretary of another branch', P.b2Secretary, false],
    ['a dispatched member’s home village secretary', P.longnanSecretary, false]
  ])('%s may read: %s', async (_l, who, allowed) => {
    const a = await createActivity(cloud)
    const res = await cloud.call({ action: 'attendance', activityId: a._id }, who)
    if (allowed) expectOk(res)
    else expectFail(res, 'FORBIDDEN')
  })

  it('refusals naming no activity show to the organisers of the member’s org, during the check-in window', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    const b2 = await createActivity(cloud, { orgId: 'org-b2', title: '第二支部活动' }, P.b2Secretary, -10)
    expectFail(await scan('m08', 'not-a-code'), 'CODE_MALFORMED') // 孙丽娟, org-b1
    expectFail(await cloud.call({ action: 'checkin', activityId: 'anope', shortCode: '123456' }, 'm10'), 'NOT_FOUND') // 杨国栋, org-b1
    expectFail(await scan('m17', 'junk'), 'CODE_MALFORMED') // 郭亮, org-b2
    const mine = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    expect(mine.refusals).toEqual([])
    expect(mine.memberRefusals).toEqual([
      expect.objectContaining({ memberId: 'm10', name: '杨国栋', code: 'NOT_FOUND', message: '选择的活动不存在' }),
      expect.objectContaining({ memberId: 'm08', name: '孙丽娟', code: 'CODE_MALFORMED', message: '不是签到码' })
    ])
    const theirs = expectOk(await cloud.call({ action: 'attendance', activityId: b2._id }, P.b2Secretary))
    expect(theirs.memberRefusals).toEqual([expect.objectContaining({ memberId: 'm17', code: 'CODE_MALFORMED' })])
    // Outside the window of an activity they are not shown there.
    const later = await createActivity(cloud, {}, P.b1Secretary, 24 * 60)
    expect(expectOk(await cloud.call({ action: 'attendance', activityId: later._id }, P.b1Secretary)).memberRefusals).toEqual([])
  })

  it('TOO_MANY_ATTEMPTS shows in the attendance of the activity it named', async () => {
    const a = await createActivity(cloud, {}, P.b1Secretary, -10)
    for (let i = 0; i < 10; i++) expectFail(await scan('m08', `${a._id}.abc.0123456789`), 'CODE_FORGED')
    expectFail(await scan('m08', codeNow(a._id)), 'TOO_MANY_ATTEMPTS')
    const res = expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.b1Secretary))
    expect(res.refusals[0]).toMatchObject({ memberId: 'm08', code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('次数过多') })
    expect(res.refusals).toHaveLength(11)
  })

  it('unknown activity → NOT_FOUND; extra field → INVALID_INPUT', async () => {
    expectFail(await cloud.call({ action: 'attendance', activityId: 'anope' }, P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'attendance', activityId: 'anope', orgId: 'org-b1' }, P.b1Secretary), 'INVALID_INPUT')
  })
})

describe('committee staff read only the orgs of their own committee', () => {
  // A second committee, written straight into the store (saveOrg allows one committee of our own):
  // 另一集团党委 with one branch; m02 (the second staff member) becomes its staff.
  beforeEach(async () => {
    const now = new Date()
    await cloud.tc.db
      .collection('orgs')
      .doc('org-c2')
      .set({ data: { name: '另一集团党委', kind: 'committee', parentId: null, external: false, createdAt: now, updatedAt: now } })
    await cloud.tc.db
      .collection('orgs')
      .doc('org-c2-b1')
      .set({ data: { name: '另一集团第一党支部', kind: 'branch', parentId: 'org-c2', external: false, createdAt: now, updatedAt: now } })
    await cloud.tc.db
      .collection('members')
      .doc(P.staff2)
      .update({ data: { roles: [{ orgId: 'org-c2', role: 'staff' }] } })
  })
  const ledger = (orgId: string, who: string) => cloud.call({ action: 'ledger', orgId, from: '2026-01-01', to: '2026-01-31' }, who)

  it.each([
    ['our staff, our branch', P.staff, 'org-b1', true],
    ['our staff, our party group', P.staff, 'org-b1-g1', true],
    ['our staff, the other committee’s branch', P.staff, 'org-c2-b1', false],
    ['our staff, an external branch (platform)', P.staff, 'org-platform', false],
    ['our staff, a home village branch', P.staff, 'org-v-longnan', false],
    ['the other staff, its own branch', P.staff2, 'org-c2-b1', true],
    ['the other staff, our branch', P.staff2, 'org-b1', false]
  ])('ledger: %s → %s', async (_l, who, orgId, allowed) => {
    const res = await ledger(orgId, who)
    if (allowed) expectOk(res)
    else expectFail(res, 'FORBIDDEN')
  })

  it('attendance and the organiser list: staff of another committee → FORBIDDEN', async () => {
    const a = await createActivity(cloud)
    expectOk(await cloud.call({ action: 'attendance', activityId: a._id }, P.staff))
    expectFail(await cloud.call({ action: 'attendance', activityId: a._id }, P.staff2), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'listActivities', view: 'organiser', orgId: 'org-b1' }, P.staff2), 'FORBIDDEN')
    expectOk(await cloud.call({ action: 'listActivities', view: 'organiser', orgId: 'org-b1' }, P.staff))
  })
})

describe('ledger', () => {
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const addDays = (ymd: string, d: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10)

  it('one row per member per activity of the branch and its party groups, over a CST date range', async () => {
    const a = await createActivity(cloud, { title: '支部党员大会', type: 'branchMeeting' }, P.b1Secretary, -10)
    const g = await createActivity(cloud, { title: '桥隧养护党小组会', type: 'groupMeeting', orgId: 'org-b1-g2' }, P.b1G2Leader, -10)
    await createActivity(cloud, { title: '第二支部活动', orgId: 'org-b2' }, P.b2Secretary, -10)
    await createActivity(cloud, { title: '两周后的党课', type: 'partyLecture' }, P.b1Secretary, 14 * 24 * 60)
    expectOk(await scan('m10', codeNow(a._id)))
    expectOk(await makeup(g._id, 'm12'))

    const res = expectOk(
      await cloud.call({ action: 'ledger', orgId: 'org-b1', from: addDays(today(), -7), to: addDays(today(), 1) }, P.b1Secretary)
    )
    expect(res.org).toEqual({ _id: 'org-b1', name: '第一养护中心党支部' })
    expect(res.activities.map((x: any) => x.title).sort()).toEqual(['支部党员大会', '桥隧养护党小组会'])
    expect(res.rows).toHaveLength(B1_MEMBERS.length + 5)
    const row = (activityId: string, memberId: string) => res.rows.find((r: any) => r.activityId === activityId && r.memberId === memberId)
    expect(row(a._id, 'm10')).toMatchObject({
      status: 'late',
      name: '杨国栋',
      typeLabel: '支部党员大会',
      orgName: '第一养护中心党支部',
      clock: expect.stringMatching(/^\d\d:\d\d$/)
    })
    expect(row(a._id, 'm07')).toMatchObject({ status: 'pending', checkedInAt: null, clock: null }) // it still runs
    expect(row(g._id, 'm12')).toMatchObject({
      status: 'makeup',
      makeupReason: '在抢修现场，会后补签',
      orgName: '桥隧养护党小组',
      typeLabel: '党小组会'
    })
    expect(row(g._id, 'm07')).toBeUndefined()
    for (const r of res.rows) expect(r.date).toMatch(/^\d{4}-\d\d-\d\d$/)

    // Committee staff read any branch's ledger; a group leader reads their group's.
    expect(
      expectOk(await cloud.call({ action: 'ledger', orgId: 'org-b1', from: addDays(today(), -7), to: addDays(today(), 1) }, P.staff)).rows
    ).toHaveLength(res.rows.length)
    expect(
      expectOk(
        await cloud.call({ action: 'ledger', orgId: 'org-b1-g2', from: addDays(today(), -7), to: addDays(today(), 1) }, P.b1G2Leader)
      ).rows
    ).toHaveLength(5)
  })

  it('缺席 only for activities that have ended; 未签到 for one running or not started', async () => {
    const ended = await createActivity(cloud, { title: '昨天的党课', type: 'partyLecture' }, P.b1Secretary, -24 * 60, 90)
    const running = await createActivity(cloud, { title: '主题党日' }, P.b1Secretary, -10)
    const next = await createActivity(cloud, { title: '下周党课', type: 'partyLecture' }, P.b1Secretary, 6 * 24 * 60)
    expectOk(await makeup(ended._id, 'm12'))
    const res = expectOk(
      await cloud.call({ action: 'ledger', orgId: 'org-b1', from: addDays(today(), -7), to: addDays(today(), 7) }, P.b1Secretary)
    )
    const statuses = (id: string) => new Set(res.rows.filter((r: any) => r.activityId === id).map((r: any) => r.status))
    expect(statuses(ended._id)).toEqual(new Set(['absent', 'makeup']))
    expect(statuses(running._id)).toEqual(new Set(['pending']))
    expect(statuses(next._id)).toEqual(new Set(['pending']))
    const summary = (id: string) => res.activities.find((a: any) => a._id === id)
    expect(summary(ended._id)).toMatchObject({ stage: 'ended', summary: { absent: B1_MEMBERS.length - 1, pending: 0 } })
    expect(summary(running._id)).toMatchObject({ stage: 'ongoing', summary: { absent: 0, pending: B1_MEMBERS.length, rate: 0 } })
    expect(summary(next._id)).toMatchObject({ stage: 'upcoming', summary: { absent: 0, pending: B1_MEMBERS.length, rate: null } })
  })

  it('the range is in CST days: an activity at 00:30 CST belongs to that CST date', async () => {
    // Place an activity at 00:30 CST today (16:30 UTC yesterday), within the 30-day back limit.
    const day = today()
    const startAt = new Date(`${day}T00:30:00+08:00`)
    const endAt = new Date(`${day}T01:30:00+08:00`)
    expectOk(
      await cloud.call(
        {
          action: 'createActivity',
          type: 'study',
          title: '凌晨集中学习',
          orgId: 'org-b1',
          startAt: startAt.toISOString(),
          endAt: endAt.toISOString()
        },
        P.b1Secretary
      )
    )
    const only = (from: string, to: string) => cloud.call({ action: 'ledger', orgId: 'org-b1', from, to }, P.b1Secretary)
    expect(expectOk(await only(day, day)).activities).toHaveLength(1)
    expect(expectOk(await only(day, day)).rows[0].date).toBe(day)
    expect(expectOk(await only(addDays(day, -1), addDays(day, -1))).activities).toHaveLength(0)
  })

  it.each([
    ['a plain member', P.b1Member, 'org-b1', 'FORBIDDEN'],
    ['the secretary of another branch', P.b2Secretary, 'org-b1', 'FORBIDDEN'],
    ['a group leader for the branch', P.b1G2Leader, 'org-b1', 'FORBIDDEN'],
    ['unknown org', P.b1Secretary, 'org-nope', 'NOT_FOUND']
  ])('%s → %s', async (_l, who, orgId, code) => {
    expectFail(await cloud.call({ action: 'ledger', orgId, from: '2026-01-01', to: '2026-01-31' }, who), code)
  })

  it.each([
    ['to before from', { from: '2026-02-01', to: '2026-01-01' }],
    ['over a year', { from: '2025-01-01', to: '2026-02-01' }],
    ['an ISO instant as a date', { from: '2026-01-01T00:00:00Z', to: '2026-01-31' }],
    ['no from', { from: undefined, to: '2026-01-31' }],
    ['an extra field', { format: 'xlsx' }]
  ])('%s → INVALID_INPUT', async (_l, over) => {
    expectFail(
      await cloud.call({ action: 'ledger', orgId: 'org-b1', from: '2026-01-01', to: '2026-01-31', ...over }, P.b1Secretary),
      'INVALID_INPUT'
    )
  })
})
