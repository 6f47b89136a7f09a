// Demo activities for issue 4 (check-in), written next to the demo organisation by seedDemo: stations
// with locations around 兰州, for each of the 3 company branches a few past activities over the last
// 3 months with check-ins (most present, some late, a few absent, one 补签 with a reason), one activity
// of 第一养护中心党支部 whose check-in window is open for the next hours (so `npm start` → station
// screen works at once), one upcoming 党课, and an open 志愿服务 at the community's 红色驿站 running now.
// The riders' platform branch (兰州市外卖配送行业党支部, secretary 魏东) has its last month: a volunteer
// shift at its 红色驿站, a theme day there between the lunch and dinner rushes, and an online Party
// lecture after the evening rush checked in by the 6-digit code, one rider's signal lost → a 补签.
// Deterministic for a given `now`: every time is relative to it (CST), statuses come from a hash of
// activity and member, and every doc is written with doc(id).set (seeding twice leaves the same data).
import crypto from 'node:crypto'
import type { ActivityType, LatLng, WindowOverride } from '@shared/checkin/api'
import { isExpected } from '@shared/checkin/eligibility'
import { haversineM } from '@shared/checkin/geo'
import { checkinWindow } from '@shared/checkin/window'
import { checkinId, type ActivityDoc, type CheckinDoc, type MemberDoc, type OrgDoc, type RefusalDoc, type StationDoc } from '@server/model'
import { addDaysYmd, cstDate, cstMidnight } from '@shared/core/time'
import { onCommitteeOf } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { demoMembers, demoOrgs } from './demo'
import { must } from './must'
import { putAll } from './put'

const MIN = 60_000

interface StationSpec {
  _id: string
  orgId: string
  name: string
  location: LatLng
  by: string
}

export const DEMO_STATIONS: StationSpec[] = [
  { _id: 's_d0b1a001', orgId: 'org-b1', name: '第一养护中心三楼会议室', location: { lat: 36.0712, lng: 103.7562 }, by: 'm03' },
  { _id: 's_d0b1a002', orgId: 'org-b1', name: '柳沟河养护工区', location: { lat: 35.9571, lng: 104.0486 }, by: 'm03' },
  { _id: 's_d0b2a001', orgId: 'org-b2', name: '第二养护中心党员活动室', location: { lat: 36.1043, lng: 103.6291 }, by: 'm14' },
  { _id: 's_d0b3a001', orgId: 'org-b3', name: '集团机关党员活动室', location: { lat: 36.0594, lng: 103.8318 }, by: 'm23' },
  { _id: 's_d0c0a001', orgId: 'org-community', name: '西湖街道红色驿站', location: { lat: 36.0548, lng: 103.7934 }, by: 'm34' },
  { _id: 's_d0pf0001', orgId: 'org-platform', name: '城关区骑手之家红色驿站', location: { lat: 36.0593, lng: 103.8467 }, by: 'm33' }
]

interface ActivitySpec {
  _id: string
  type: ActivityType
  title: string
  orgId: string
  by: string
  /** CST date = the seed's CST date + days; start at hh:mm CST. */
  days: number
  at: string
  minutes: number
  station: string | null
  /** false: the station is named but no radius is checked (default: the station's location, 300 m). */
  venue?: false
  window?: WindowOverride
  open?: boolean
  /** The one make-up of the activity, if any. */
  makeup?: { memberId: string; reason: string }
}

/** Past activities: 3 branches × 4 over the last 3 months (a group meeting among them). */
export const DEMO_PAST: ActivitySpec[] = [
  {
    _id: 'ademob1001',
    type: 'branchMeeting',
    title: '支部党员大会：学习贯彻全会精神',
    orgId: 'org-b1',
    by: 'm03',
    days: -80,
    at: '14:30',
    minutes: 120,
    station: 's_d0b1a001'
  },
  {
    _id: 'ademob1002',
    type: 'partyLecture',
    title: '党课：公路人的初心与担当',
    orgId: 'org-b1',
    by: 'm03',
    days: -52,
    at: '15:00',
    minutes: 90,
    station: 's_d0b1a001',
    window: { lateAfterMinutes: 5 }
  },
  {
    _id: 'ademob1003',
    type: 'themeDay',
    title: '主题党日：走进柳沟河养护一线',
    orgId: 'org-b1',
    by: 'm03',
    days: -24,
    at: '09:30',
    minutes: 180,
    station: 's_d0b1a002',
    makeup: { memberId: 'm11', reason: '在连霍高速抢修现场值守，会后向支部书记说明并补学' }
  },
  {
    _id: 'ademob1004',
    type: 'groupMeeting',
    title: '路面养护党小组会：冬季除雪保通分工',
    orgId: 'org-b1-g1',
    by: 'm05',
    days: -9,
    at: '16:00',
    minutes: 60,
    station: 's_d0b1a001'
  },
  {
    _id: 'ademob2001',
    type: 'branchMeeting',
    title: '支部党员大会：年度党费收缴情况通报',
    orgId: 'org-b2',
    by: 'm14',
    days: -76,
    at: '14:30',
    minutes: 90,
    station: 's_d0b2a001'
  },
  {
    _id: 'ademob2002',
    type: 'partyLecture',
    title: '党课：安全生产与党员责任区',
    orgId: 'org-b2',
    by: 'm14',
    days: -47,
    at: '15:00',
    minutes: 90,
    station: 's_d0b2a001'
  },
  {
    _id: 'ademob2003',
    type: 'themeDay',
    title: '主题党日：应急保通演练',
    orgId: 'org-b2',
    by: 'm14',
    days: -19,
    at: '09:00',
    minutes: 180,
    station: 's_d0b2a001',
    makeup: { memberId: 'm20', reason: '回卓尼老家参加村支部组织生活，已报备' }
  },
  {
    _id: 'ademob2004',
    type: 'committeeMeeting',
    title: '支委会：研究发展党员工作',
    orgId: 'org-b2',
    by: 'm14',
    days: -6,
    at: '17:00',
    minutes: 60,
    station: null
  },
  {
    _id: 'ademob3001',
    type: 'study',
    title: '集中学习：党纪学习教育',
    orgId: 'org-b3',
    by: 'm23',
    days: -72,
    at: '15:00',
    minutes: 120,
    station: 's_d0b3a001'
  },
  {
    _id: 'ademob3002',
    type: 'branchMeeting',
    title: '支部党员大会：民主评议党员',
    orgId: 'org-b3',
    by: 'm23',
    days: -44,
    at: '14:30',
    minutes: 150,
    station: 's_d0b3a001'
  },
  {
    _id: 'ademob3003',
    type: 'partyLecture',
    title: '党课：以高质量党建引领交通强省建设',
    orgId: 'org-b3',
    by: 'm23',
    days: -29,
    at: '15:00',
    minutes: 90,
    station: 's_d0b3a001',
    makeup: { memberId: 'm02', reason: '赴省交通运输厅参加专题会议，会后补学' }
  },
  {
    _id: 'ademob3004',
    type: 'themeDay',
    title: '主题党日：重温入党誓词',
    orgId: 'org-b3',
    by: 'm23',
    days: -13,
    at: '09:30',
    minutes: 120,
    station: 's_d0b3a001'
  }
]

type Attendance = 'present' | 'late' | 'absent' | { makeup: string }

/**
 * The platform branch's month: its 5 members (the secretary and 4 riders) with explicit attendance,
 * since riders' shifts decide who can come (王小龙 comes to all three).
 */
export const DEMO_PLATFORM: Array<ActivitySpec & { via: 'code' | 'shortCode'; attendance: Record<string, Attendance> }> = [
  {
    _id: 'ademopf001',
    type: 'volunteer',
    title: '志愿服务：红色驿站值守，为环卫工人和骑手送热水',
    orgId: 'org-platform',
    by: 'm33',
    days: -26,
    at: '14:00',
    minutes: 180,
    station: 's_d0pf0001',
    via: 'code',
    attendance: { m33: 'present', m35: 'present', m36: 'absent', m37: 'late', m38: 'present' }
  },
  {
    _id: 'ademopf002',
    type: 'themeDay',
    title: '主题党日：骑手交通安全承诺与文明配送',
    orgId: 'org-platform',
    by: 'm33',
    days: -16,
    at: '15:00',
    minutes: 90,
    station: 's_d0pf0001',
    via: 'code',
    attendance: { m33: 'present', m35: 'present', m36: 'present', m37: 'absent', m38: 'late' }
  },
  {
    // Online: no venue; members type the 6 digits shown in the live stream.
    _id: 'ademopf003',
    type: 'partyLecture',
    title: '线上党课：新就业群体党员如何亮身份、作表率',
    orgId: 'org-platform',
    by: 'm33',
    days: -6,
    at: '21:30',
    minutes: 60,
    station: null,
    window: { opensMinutesBefore: 15, closesMinutesAfter: 10, lateAfterMinutes: 10 },
    via: 'shortCode',
    attendance: {
      m33: 'present',
      m35: 'present',
      m36: 'late',
      m37: 'present',
      m38: { makeup: '送餐途中手机信号中断，未能在线签到；已观看回放并向支部书记报备' }
    }
  }
]

/** The check-ins of an activity with explicit attendance: on time a few minutes before the start, late after the threshold. */
function explicitCheckins(a: ActivityDoc, spec: (typeof DEMO_PLATFORM)[number]): CheckinDoc[] {
  return a.expectedMemberIds.flatMap((memberId, i): CheckinDoc[] => {
    const what = spec.attendance[memberId] ?? 'absent'
    const base = { _id: checkinId(a._id, memberId), activityId: a._id, memberId, orgId: a.orgId }
    if (what === 'absent') return []
    if (typeof what === 'object') {
      // Recorded by the secretary the next day.
      const checkedInAt = new Date(a.endAt.getTime() + 14 * 60 * MIN)
      return [
        {
          ...base,
          checkedInAt,
          late: false,
          makeup: true,
          makeupReason: what.makeup,
          makeupBy: secretaryOf(spec),
          via: 'makeup',
          distanceM: null
        }
      ]
    }
    const late = what === 'late'
    const checkedInAt = late ? new Date(a.lateAfter.getTime() + (3 + i) * MIN) : new Date(a.startAt.getTime() - (2 + 3 * i) * MIN)
    return [
      { ...base, checkedInAt, late, makeup: false, makeupReason: null, makeupBy: null, via: spec.via, distanceM: scanFrom(a, 7 * i + 3) }
    ]
  })
}

export const DEMO_OPEN_ACTIVITY_ID = 'ademob1now'
export const DEMO_UPCOMING_ACTIVITY_ID = 'ademob1nxt'
export const DEMO_VOLUNTEER_ACTIVITY_ID = 'ademocv001'

/** Stable 0..99 from an activity and a member: the same seed gives the same attendance. */
const roll = (activityId: string, memberId: string) =>
  crypto.createHash('sha256').update(`${activityId}:${memberId}`).digest().readUInt32BE(0) % 100

/** The instant of hh:mm CST on the seed's CST date + days. */
function cstAt(now: Date, days: number, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number)
  return new Date(cstMidnight(addDaysYmd(cstDate(now), days)).getTime() + (h * 60 + m) * MIN)
}

function activityDoc(
  spec: Omit<ActivitySpec, 'days' | 'at'>,
  startAt: Date,
  org: OrgDoc,
  members: MemberDoc[],
  stations: Map<string, StationSpec>,
  now: Date
): ActivityDoc {
  const endAt = new Date(startAt.getTime() + spec.minutes * MIN)
  const w = checkinWindow(startAt, endAt, spec.window ?? {})
  const station = spec.station ? must(stations.get(spec.station), `station ${spec.station}`) : null
  return {
    _id: spec._id,
    type: spec.type,
    title: spec.title,
    orgId: org._id,
    startAt,
    endAt,
    opensAt: w.opensAt,
    closesAt: w.closesAt,
    lateAfter: w.lateAfter,
    open: spec.open ?? false,
    venue: station && spec.venue !== false ? { ...station.location, radiusM: 300 } : null,
    stationIds: station ? [station._id] : [],
    rotateSeconds: 30,
    expectedMemberIds: expectedAt(spec.type, org, members),
    createdBy: spec.by,
    createdAt: new Date(Math.min(now.getTime(), w.opensAt.getTime() - 3 * 86_400_000))
  }
}

/**
 * Who is expected: the org's members (as createActivity does by default); a 支委会 is the branch
 * committee's meeting, so only its secretary, deputy and committee members (chosen, as an organiser would).
 */
function expectedAt(type: ActivitySpec['type'], org: OrgDoc, members: MemberDoc[]): string[] {
  const inOrg = members.filter((m) => isExpected(m, { orgId: org._id, orgKind: org.kind }))
  const chosen = type === 'committeeMeeting' ? inOrg.filter((m) => onCommitteeOf(m.roles, org._id)) : inOrg
  return chosen.map((m) => m._id).sort()
}

/** A scan near the venue: a few metres to ~80 m off, as phones report. */
function scanFrom(a: ActivityDoc, r: number): number | null {
  if (!a.venue) return null
  const at = { lat: a.venue.lat + ((r % 7) - 3) * 0.0002, lng: a.venue.lng + ((r % 5) - 2) * 0.0002 }
  return Math.round(haversineM(a.venue, at))
}

/** Most present (scanned before the start), some late, a few absent; the unbound cannot scan. */
function pastCheckins(a: ActivityDoc, spec: ActivitySpec, unbound: Set<string>): CheckinDoc[] {
  const out: CheckinDoc[] = []
  const start = a.startAt.getTime()
  for (const memberId of a.expectedMemberIds) {
    const base = { _id: checkinId(a._id, memberId), activityId: a._id, memberId, orgId: a.orgId }
    if (spec.makeup?.memberId === memberId) {
      // Recorded by the secretary the next morning.
      const checkedInAt = new Date(start + 86_400_000 + 60 * MIN)
      out.push({
        ...base,
        checkedInAt,
        late: false,
        makeup: true,
        makeupReason: spec.makeup.reason,
        makeupBy: secretaryOf(spec),
        via: 'makeup',
        distanceM: null
      })
      continue
    }
    const r = roll(a._id, memberId)
    if (unbound.has(memberId) || r < 12) continue // absent
    const late = r >= 88
    const checkedInAt = late ? new Date(a.lateAfter.getTime() + (2 + (r % 17)) * MIN) : new Date(start - (2 + (r % 24)) * MIN)
    out.push({ ...base, checkedInAt, late, makeup: false, makeupReason: null, makeupBy: null, via: 'code', distanceM: scanFrom(a, r) })
  }
  return out
}

const secretaryOf = (spec: ActivitySpec) =>
  ({ 'org-b1': 'm03', 'org-b1-g1': 'm03', 'org-b2': 'm14', 'org-b3': 'm23', 'org-platform': 'm33' })[spec.orgId] ?? spec.by

/**
 * Writes the demo stations, activities, check-ins and a few refused attempts into `db`
 * (a wx-server-sdk database). Returns what it wrote.
 */
export async function seedDemoCheckin(
  db: Database,
  now: Date
): Promise<{ stations: number; activities: number; checkins: number; refusals: number }> {
  const orgs = new Map(demoOrgs(now).map((o) => [o._id, o]))
  const members = demoMembers(now)
  const unbound = new Set(['m11', 'm20']) // 何小军, 卓玛草: no binding in the demo, so no scan
  const stations = new Map(DEMO_STATIONS.map((s) => [s._id, s]))

  const activities: ActivityDoc[] = []
  const checkins: CheckinDoc[] = []
  for (const spec of DEMO_PAST) {
    const a = activityDoc(spec, cstAt(now, spec.days, spec.at), must(orgs.get(spec.orgId), spec.orgId), members, stations, now)
    activities.push(a)
    checkins.push(...pastCheckins(a, spec, unbound))
  }
  for (const spec of DEMO_PLATFORM) {
    const a = activityDoc(spec, cstAt(now, spec.days, spec.at), must(orgs.get(spec.orgId), spec.orgId), members, stations, now)
    activities.push(a)
    checkins.push(...explicitCheckins(a, spec))
  }

  // Open now for the next hours: starts at the next full half hour ≥ 20 minutes away, runs 3 hours,
  // check-in opens 60 minutes before the start (so it is open as soon as the seed is written).
  const halfHour = 30 * MIN
  const nowStart = new Date(Math.ceil((now.getTime() + 20 * MIN) / halfHour) * halfHour)
  activities.push(
    activityDoc(
      // No radius: a desk browser without a location can still try the station screen.
      {
        _id: DEMO_OPEN_ACTIVITY_ID,
        type: 'themeDay',
        title: '主题党日：学习新修订的《中国共产党纪律处分条例》',
        orgId: 'org-b1',
        by: 'm03',
        minutes: 180,
        station: 's_d0b1a001',
        venue: false,
        window: { opensMinutesBefore: 60 }
      },
      nowStart,
      must(orgs.get('org-b1'), 'org-b1'),
      members,
      stations,
      now
    )
  )

  activities.push(
    activityDoc(
      {
        _id: DEMO_UPCOMING_ACTIVITY_ID,
        type: 'partyLecture',
        title: '党课：发扬“两路”精神，守护陇原大通道',
        orgId: 'org-b1',
        by: 'm03',
        minutes: 90,
        station: 's_d0b1a001'
      },
      cstAt(now, 6, '15:00'),
      must(orgs.get('org-b1'), 'org-b1'),
      members,
      stations,
      now
    )
  )

  // The community's open volunteer service at its 红色驿站: started an hour ago, runs 6 hours; riders
  // (both branches are active for them) and a guest from 第一养护中心 have already checked in.
  const volStart = new Date(Math.floor((now.getTime() - 60 * MIN) / halfHour) * halfHour)
  const vol = activityDoc(
    {
      _id: DEMO_VOLUNTEER_ACTIVITY_ID,
      type: 'volunteer',
      title: '志愿服务：红色驿站为骑手送清凉',
      orgId: 'org-community',
      by: 'm34',
      minutes: 360,
      station: 's_d0c0a001',
      open: true
    },
    volStart,
    must(orgs.get('org-community'), 'org-community'),
    members,
    stations,
    now
  )
  activities.push(vol)
  for (const [memberId, minutesAfterOpen, late] of [
    ['m35', 5, false],
    ['m36', 20, false],
    ['m07', 50, true]
  ] as const) {
    const checkedInAt = new Date(Math.min(now.getTime(), vol.opensAt.getTime() + minutesAfterOpen * MIN))
    checkins.push({
      _id: checkinId(vol._id, memberId),
      activityId: vol._id,
      memberId,
      orgId: vol.orgId,
      checkedInAt,
      late: late && checkedInAt > vol.lateAfter,
      makeup: false,
      makeupReason: null,
      makeupBy: null,
      via: 'code',
      distanceM: 40
    })
  }

  // Refused attempts at the latest past b1 activity, for the secretary's attendance page: a code
  // scanned too slowly by someone who then scanned again, and an old photo from someone absent.
  const recent = must(
    activities.find((a) => a._id === 'ademob1004'),
    'activity ademob1004'
  )
  const present = must(
    checkins.find((c) => c.activityId === recent._id && !c.makeup),
    'check-in at ademob1004'
  )
  const plain = new Set(members.filter((m) => !m.roles.length).map((m) => m._id))
  const absent = recent.expectedMemberIds.find(
    (mid) => plain.has(mid) && !unbound.has(mid) && !checkins.some((c) => c.activityId === recent._id && c.memberId === mid)
  )
  const refusal = (n: number, memberId: string, at: Date, code: string): RefusalDoc & { _id: string } => ({
    _id: `rdemo000${n}`,
    memberId,
    openid: `demo:${memberId}`,
    activityId: recent._id,
    at,
    code,
    via: 'code'
  })
  const refusals = [refusal(1, present.memberId, new Date(present.checkedInAt.getTime() - MIN), 'CODE_EXPIRED')]
  if (absent) refusals.push(refusal(2, absent, new Date(recent.startAt.getTime() + 40 * MIN), 'CODE_REPLAYED'))

  const stationDocs: StationDoc[] = DEMO_STATIONS.map((s) => ({
    _id: s._id,
    orgId: s.orgId,
    name: s.name,
    location: s.location,
    createdBy: s.by,
    createdAt: now,
    updatedAt: now
  }))
  await putAll(db, 'stations', stationDocs)
  await putAll(db, 'activities', activities)
  await putAll(db, 'checkins', checkins)
  await putAll(db, 'checkinRefusals', refusals)
  return { stations: DEMO_STATIONS.length, activities: activities.length, checkins: checkins.length, refusals: refusals.length }
}
