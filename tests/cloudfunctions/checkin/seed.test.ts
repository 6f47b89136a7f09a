process.env.CHECKIN_SECRET = 'checkin-integration-test-secret-0123456789'
import { seedDemo } from '@localcloud/seed'
import {
  DEMO_OPEN_ACTIVITY_ID,
  DEMO_UPCOMING_ACTIVITY_ID,
  DEMO_VOLUNTEER_ACTIVITY_ID,
  seedDemoCheckin
} from '@localcloud/seed/demo-checkin'
import { codeNow, expectOk, P, useCheckinCloud } from './helpers'

const cloud = useCheckinCloud({ withDemoActivities: true })
const DAY = 86_400_000
const HOUR = 3_600_000
const t = (x: Date | string) => new Date(x).getTime()

describe('the demo check-in seed', () => {
  it('stations with locations, past activities for each company branch over the last 3 months, check-ins by the _id scheme', async () => {
    const now = Date.now()
    const stations = await cloud.all('stations')
    expect(stations).toHaveLength(6)
    for (const s of stations) {
      expect(s.location.lat).toBeGreaterThan(35.5) // around 兰州
      expect(s.location.lat).toBeLessThan(36.5)
      expect(s.location.lng).toBeGreaterThan(103.3)
      expect(s.location.lng).toBeLessThan(104.3)
    }
    expect(stations.find((s: any) => s.name.includes('红色驿站'))).toMatchObject({ orgId: 'org-community' })

    const activities = await cloud.all('activities')
    const checkins = await cloud.all('checkins')
    for (const branch of ['org-b1', 'org-b2', 'org-b3']) {
      const past = activities.filter((a: any) => (a.orgId === branch || a.orgId.startsWith(`${branch}-`)) && t(a.closesAt) < now)
      expect(past.length).toBeGreaterThanOrEqual(3)
      for (const a of past) expect(t(a.startAt)).toBeGreaterThan(now - 92 * DAY)
      expect(Math.max(...past.map((a: any) => t(a.startAt))) - Math.min(...past.map((a: any) => t(a.startAt)))).toBeGreaterThan(50 * DAY)
      const mine = checkins.filter((c: any) => past.some((a: any) => a._id === c.activityId))
      const expected = past.reduce((n: number, a: any) => n + a.expectedMemberIds.length, 0)
      expect(mine.length).toBeGreaterThan(expected * 0.6) // most present
      expect(mine.length).toBeLessThan(expected) // a few absent
      expect(mine.filter((c: any) => c.late).length).toBeGreaterThan(0)
      expect(mine.filter((c: any) => c.makeup)).toEqual(
        expect.arrayContaining([expect.objectContaining({ makeupReason: expect.stringMatching(/.{4,}/) })])
      )
    }
    const byId = new Map(activities.map((a: any) => [a._id, a]))
    for (const c of checkins) {
      const a: any = byId.get(c.activityId)
      expect(c._id).toBe(`${c.activityId}:${c.memberId}`)
      expect(a.expectedMemberIds.includes(c.memberId) || a.open).toBe(true)
      if (c.makeup) expect(c).toMatchObject({ late: false, via: 'makeup', makeupBy: expect.any(String) })
      else {
        expect(t(c.checkedInAt)).toBeGreaterThanOrEqual(t(a.opensAt))
        expect(t(c.checkedInAt)).toBeLessThanOrEqual(Math.min(t(a.closesAt), now))
        expect(c.late).toBe(t(c.checkedInAt) > t(a.lateAfter))
      }
    }
  })

  it('a 支委会 expects the branch committee only (secretary, deputy, committee members); other meetings the whole branch', async () => {
    const activities = await cloud.all('activities')
    const members = await cloud.all('members')
    const committeeOf = (orgId: string) =>
      members
        .filter((m: any) =>
          (m.roles ?? []).some((r: any) => r.orgId === orgId && ['secretary', 'deputy', 'committeeMember'].includes(r.role))
        )
        .map((m: any) => m._id)
        .sort()
    const branchOf = (orgId: string) =>
      members
        .filter((m: any) => m.activeOrgIds.includes(orgId))
        .map((m: any) => m._id)
        .sort()
    const committee = activities.filter((a: any) => a.type === 'committeeMeeting')
    expect(committee.length).toBeGreaterThan(0)
    for (const a of committee) {
      expect(a.expectedMemberIds).toEqual(committeeOf(a.orgId))
      expect(a.expectedMemberIds.length).toBeLessThan(branchOf(a.orgId).length)
    }
    for (const a of activities.filter((x: any) => x.type === 'branchMeeting')) expect(a.expectedMemberIds).toEqual(branchOf(a.orgId))
  })

  it('王建军 opens the station screen of the activity open now, and a member checks in at once', async () => {
    const screen = expectOk(await cloud.call({ action: 'stationCode', activityId: DEMO_OPEN_ACTIVITY_ID }, P.b1Secretary))
    expect(screen.activity).toMatchObject({ orgId: 'org-b1', phase: 'open', venue: null })
    expect(screen.count).toBe(0)
    expect(t(screen.activity.closesAt) - Date.now()).toBeGreaterThan(2 * HOUR)
    expectOk(await cloud.call({ action: 'checkin', code: codeNow(DEMO_OPEN_ACTIVITY_ID) }, P.dispatchedLongnan))
    expect(expectOk(await cloud.call({ action: 'stationCode', activityId: DEMO_OPEN_ACTIVITY_ID }, P.b1Secretary)).count).toBe(1)
  })

  // The rider demo once had no activities: 魏东's list was empty and 王小龙 had no history.
  it('the riders’ platform branch has its month: a 红色驿站 volunteer shift, a theme day and an online Party lecture, with check-ins', async () => {
    const DAY_MS = DAY
    const organiser = expectOk(await cloud.call({ action: 'listActivities', view: 'organiser' }, P.platformSecretary))
    const month = organiser.activities.filter((a: any) => a.orgId === 'org-platform')
    expect(month.map((a: any) => a.type).sort()).toEqual(['partyLecture', 'themeDay', 'volunteer'])
    for (const a of month) {
      expect(a.stage).toBe('ended')
      expect(t(a.startAt)).toBeGreaterThan(Date.now() - 31 * DAY_MS)
      expect(a.summary.expected).toBe(5) // the secretary and the 4 riders
      expect(a.summary.present).toBeGreaterThanOrEqual(3)
      expect(a.summary.absent + a.summary.present).toBe(5)
    }
    const stations = await cloud.all('stations', { orgId: 'org-platform' })
    expect(stations).toEqual([expect.objectContaining({ name: expect.stringContaining('红色驿站') })])
    const byType = (type: string) => month.find((a: any) => a.type === type)
    expect(byType('volunteer')).toMatchObject({ stationIds: [stations[0]._id], venue: expect.objectContaining({ radiusM: 300 }) })
    expect(byType('themeDay')).toMatchObject({ stationIds: [stations[0]._id] })
    // Online: no venue, no station; typed 6-digit codes, and one 补签 with its reason.
    const lecture = byType('partyLecture')
    expect(lecture).toMatchObject({ venue: null, stationIds: [] })
    expect(lecture.title).toContain('线上')
    const att = expectOk(await cloud.call({ action: 'attendance', activityId: lecture._id }, P.platformSecretary))
    expect(att.rows.find((r: any) => r.status === 'makeup')).toMatchObject({
      name: '陈思远',
      makeupReason: expect.stringContaining('信号')
    })
    const typed = await cloud.all('checkins', { activityId: lecture._id, via: 'shortCode' })
    expect(typed.length).toBeGreaterThanOrEqual(3)

    // 王小龙 sees all three in his history, present.
    const rider = expectOk(await cloud.call({ action: 'listActivities' }, P.riderPlatform))
    expect(
      rider.past
        .filter((a: any) => a.orgId === 'org-platform')
        .map((a: any) => a.mine.status)
        .sort()
    ).toEqual(['present', 'present', 'present'])
  })

  it('my activities, attendance and the ledger have data', async () => {
    const mine = expectOk(await cloud.call({ action: 'listActivities' }, P.b1Member))
    expect(mine.upcoming.map((a: any) => a._id)).toEqual(
      expect.arrayContaining([DEMO_OPEN_ACTIVITY_ID, DEMO_UPCOMING_ACTIVITY_ID, DEMO_VOLUNTEER_ACTIVITY_ID])
    )
    expect(mine.upcoming.find((a: any) => a._id === DEMO_UPCOMING_ACTIVITY_ID).phase).toBe('upcoming')
    expect(mine.past.length).toBeGreaterThanOrEqual(3)
    const rider = expectOk(await cloud.call({ action: 'listActivities' }, P.riderPlatform))
    expect(rider.upcoming.find((a: any) => a._id === DEMO_VOLUNTEER_ACTIVITY_ID)).toMatchObject({
      open: true,
      type: 'volunteer',
      phase: 'open',
      mine: { status: 'present' }
    })

    const from = new Date(Date.now() + 8 * HOUR - 95 * DAY).toISOString().slice(0, 10)
    const week = new Date(Date.now() + 8 * HOUR + 7 * DAY).toISOString().slice(0, 10)
    const ledger = expectOk(await cloud.call({ action: 'ledger', orgId: 'org-b1', from, to: week }, P.b1Secretary))
    expect(new Set(ledger.rows.map((r: any) => r.status))).toEqual(new Set(['present', 'late', 'makeup', 'absent', 'pending']))
    // Next week's 党课 (and the 主题党日 open now): 未签到, not 缺席, and no rate before the start.
    const next = ledger.rows.filter((r: any) => r.activityId === DEMO_UPCOMING_ACTIVITY_ID)
    expect(new Set(next.map((r: any) => r.status))).toEqual(new Set(['pending']))
    expect(ledger.activities.find((a: any) => a._id === DEMO_UPCOMING_ACTIVITY_ID)).toMatchObject({
      stage: 'upcoming',
      summary: { absent: 0, pending: next.length, rate: null }
    })
    const recent = ledger.activities.find((a: any) => a.type === 'groupMeeting')
    const att = expectOk(await cloud.call({ action: 'attendance', activityId: recent._id }, P.b1Secretary))
    expect(att.refusals.map((r: any) => r.code).sort()).toEqual(['CODE_EXPIRED', 'CODE_REPLAYED'])
  })

  it.each([
    ['00:10 CST (16:10 UTC the day before)', '2026-06-30T16:10:00Z'],
    ['23:50 CST', '2026-07-01T15:50:00Z'],
    ['noon CST', '2026-07-01T04:00:00Z']
  ])('seeded at %s: the open activity is open for hours, the upcoming one is ahead; seeding twice changes nothing', async (_l, at) => {
    await cloud.tc.reset()
    const now = new Date(at)
    await seedDemo(cloud.tc.db, now)
    const first = await seedDemoCheckin(cloud.tc.db, now)
    expect(first).toMatchObject({ stations: 6, activities: 18 })
    expect(await cloud.count('activities')).toBe(first.activities)
    expect(await cloud.count('checkins')).toBe(first.checkins)
    const [open] = await cloud.all('activities', { _id: DEMO_OPEN_ACTIVITY_ID })
    expect(t(open.opensAt)).toBeLessThanOrEqual(now.getTime())
    expect(t(open.closesAt) - now.getTime()).toBeGreaterThan(2 * HOUR)
    const [next] = await cloud.all('activities', { _id: DEMO_UPCOMING_ACTIVITY_ID })
    expect(t(next.opensAt)).toBeGreaterThan(now.getTime())
    const [vol] = await cloud.all('activities', { _id: DEMO_VOLUNTEER_ACTIVITY_ID })
    expect(t(vol.opensAt)).toBeLessThanOrEqual(now.getTime())
    expect(t(vol.closesAt)).toBeGreaterThan(now.getTime() + 3 * HOUR)
    for (const c of await cloud.all('checkins')) expect(t(c.checkedInAt)).toBeLessThanOrEqual(now.getTime() + DAY)
  })
})
