// The check-in verdict, pure: facts in, verdict out (no cloud). The integration tests in scan.test.ts
// show the same answers through the function, with what it records.
import type { ActivityDoc, CheckinDoc, MemberDoc, OrgDoc } from '@server/model'
import type { RecentRefusal } from '@shared/checkin/attemptLimit'
import { makeCode, makeShortCode, windowOf } from '@shared/checkin/code'
import { decideScan, type ScanFacts, type ScanInput } from '../../../cloudfunctions/checkin/scanVerdict'

const SECRET = 'scan-verdict-test-secret-0123456789'
// 10:05 CST on 1 July 2026: the activity started at 10:00 (window 09:30–11:00, late after 10:00).
const NOW = new Date('2026-07-01T10:05:00+08:00')
const at = (hhmm: string) => new Date(`2026-07-01T${hhmm}:00+08:00`)

const activity = (over: Partial<ActivityDoc> = {}): ActivityDoc => ({
  _id: 'a00000000a',
  type: 'themeDay',
  title: '7月主题党日',
  orgId: 'b1',
  startAt: at('10:00'),
  endAt: at('11:00'),
  opensAt: at('09:30'),
  closesAt: at('11:00'),
  lateAfter: at('10:00'),
  open: false,
  venue: null,
  stationIds: [],
  rotateSeconds: 30,
  expectedMemberIds: ['m01'],
  createdBy: 'm02',
  createdAt: at('08:00'),
  ...over
})
const A = activity()
const OTHER = activity({ _id: 'a00000000b', orgId: 'b2', title: '支部党员大会' })
const ORGS = new Map<string, OrgDoc>([
  ['b1', { _id: 'b1', name: '第一养护中心党支部', kind: 'branch', parentId: 'c1', external: false }],
  ['b2', { _id: 'b2', name: '第二养护站党支部', kind: 'branch', parentId: 'c1', external: false }]
])
const MEMBER = { _id: 'm01', name: '赵永平', activeOrgIds: ['b1'], groupId: null, roles: [] } as unknown as MemberDoc

const codeAt = (a: ActivityDoc, when: Date) => makeCode(SECRET, a._id, windowOf(when.getTime(), 30), 30)
const codeAgo = (a: ActivityDoc, seconds: number) => codeAt(a, new Date(NOW.getTime() - seconds * 1000))
const shortAgo = (a: ActivityDoc, seconds: number) => makeShortCode(SECRET, a._id, windowOf(NOW.getTime() - seconds * 1000, 30), 30)
const refusalsAgo = (n: number, code: string, minutes = 1): RecentRefusal[] =>
  Array.from({ length: n }, () => ({ code, at: new Date(NOW.getTime() - minutes * 60_000) }))
const existing: CheckinDoc = {
  _id: 'a00000000a:m01',
  activityId: A._id,
  memberId: 'm01',
  orgId: 'b1',
  checkedInAt: at('10:02'),
  late: true,
  makeup: false,
  makeupReason: null,
  makeupBy: null,
  via: 'code',
  distanceM: null
}

/** Facts of a scan of A's current code by a member of b1, overridden per case. */
function facts(input: ScanInput, over: Partial<ScanFacts> = {}): ScanFacts {
  return { now: NOW, secret: SECRET, member: MEMBER, input, recent: [], named: A, picked: null, orgs: ORGS, existing: null, ...over }
}
const scanNow = facts({ code: codeAgo(A, 0) })
const typed = (shortCode: string, over: Partial<ScanFacts> = {}) =>
  facts({ activityId: A._id, shortCode }, { named: null, picked: A, ...over })

describe('decideScan: refusals, in the order of the checks', () => {
  it.each<[string, ScanFacts, Record<string, unknown>]>([
    [
      '10 code refusals in 10 minutes',
      { ...scanNow, recent: refusalsAgo(10, 'CODE_FORGED') },
      { code: 'TOO_MANY_ATTEMPTS', record: { activityId: A._id } }
    ],
    [
      'the limit, already recorded: answered only',
      { ...scanNow, recent: [...refusalsAgo(10, 'CODE_FORGED'), ...refusalsAgo(1, 'TOO_MANY_ATTEMPTS')] },
      { code: 'TOO_MANY_ATTEMPTS', record: null }
    ],
    [
      'not a code',
      facts({ code: 'hello' }, { named: null }),
      { code: 'CODE_MALFORMED', message: '这不是有效的签到码，请扫描签到屏上的二维码', record: { activityId: null } }
    ],
    [
      'not a code, with an activity picked: recorded there',
      facts({ code: 'hello', activityId: A._id }, { named: null, picked: A }),
      { code: 'CODE_MALFORMED', record: { activityId: A._id } }
    ],
    [
      'a code of an unknown activity',
      facts({ code: codeAgo(A, 0) }, { named: null }),
      { code: 'CODE_FORGED', record: { activityId: null } }
    ],
    [
      'a code of another activity than the one picked',
      facts({ code: codeAgo(A, 0), activityId: OTHER._id }, { picked: OTHER, member: { ...MEMBER, activeOrgIds: ['b1', 'b2'] } }),
      { code: 'CODE_OTHER_ACTIVITY', message: '这是另一个活动的签到码，请核对活动', record: { activityId: OTHER._id } }
    ],
    [
      'another activity picked, not eligible there: recorded under none',
      facts({ code: codeAgo(A, 0), activityId: OTHER._id }, { picked: OTHER }),
      { code: 'CODE_OTHER_ACTIVITY', record: { activityId: null } }
    ],
    [
      'already checked in',
      { ...scanNow, existing },
      { code: 'ALREADY_CHECKED_IN', message: '已于 10:02 签到', details: { clock: '10:02', makeup: false }, record: null }
    ],
    [
      'a code 2 windows old',
      facts({ code: codeAgo(A, 60) }),
      { code: 'CODE_EXPIRED', message: '签到码已过期，请扫描签到屏上最新的二维码' }
    ],
    ['a code 20 windows old (a photo)', facts({ code: codeAgo(A, 600) }), { code: 'CODE_REPLAYED', record: { activityId: A._id } }],
    ['the org of the activity is gone', { ...scanNow, orgs: new Map() }, { code: 'NOT_FOUND', message: '该组织不存在', record: null }],
    [
      'a member of another branch',
      { ...scanNow, member: { ...MEMBER, activeOrgIds: ['b2'] } },
      { code: 'NOT_ELIGIBLE', message: '你不在第一养护中心党支部参加组织生活，不能在该活动签到', record: { activityId: null } }
    ],
    [
      'before the window opens',
      facts({ code: codeAt(A, at('09:00')) }, { now: at('09:00') }),
      { code: 'WINDOW_NOT_OPEN', message: '签到尚未开始，将于 2026-07-01 09:30 开放', details: { opensAt: at('09:30').toISOString() } }
    ],
    [
      'after the window closed',
      { ...scanNow, named: activity({ closesAt: at('10:04') }) },
      { code: 'WINDOW_CLOSED', message: '签到已于 2026-07-01 10:04 结束', details: { closesAt: at('10:04').toISOString() } }
    ],
    [
      'a venue and no location',
      { ...scanNow, named: activity({ venue: { lat: 36.06, lng: 103.83, radiusM: 300 } }) },
      { code: 'LOCATION_REQUIRED', message: '该活动需要确认位置，请允许获取位置后重试' }
    ],
    [
      'too far from the venue',
      facts(
        { code: codeAgo(A, 0), location: { lat: 36.07, lng: 103.83 } },
        { named: activity({ venue: { lat: 36.06, lng: 103.83, radiusM: 300 } }) }
      ),
      { code: 'OUT_OF_RANGE', details: { distanceM: 1112, radiusM: 300 }, message: '你距活动地点约 1112 米，超出 300 米的签到范围' }
    ]
  ])('%s', (_l, f, expected) => {
    const v = decideScan(f)
    expect(v).toMatchObject({ ok: false, claimFirst: null, ...expected })
  })
})

describe('decideScan: a typed short code claims a slot first', () => {
  it.each<[string, ScanFacts, Record<string, unknown>]>([
    [
      'an unknown activity: no check ran, no claim',
      typed('123456', { picked: null }),
      { ok: false, code: 'NOT_FOUND', message: '该活动不存在', claimFirst: null }
    ],
    ['already checked in: no claim', typed(shortAgo(A, 0), { existing }), { ok: false, code: 'ALREADY_CHECKED_IN', claimFirst: null }],
    [
      'a wrong code: the claim is its record',
      typed(shortAgo(A, 0) === '000000' ? '000001' : '000000'),
      {
        ok: false,
        code: 'CODE_FORGED',
        message: '数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字',
        claimFirst: { activityId: A._id, keep: true }
      }
    ],
    [
      'an old code: the claim is its record',
      typed(shortAgo(A, 90)),
      { ok: false, code: 'CODE_EXPIRED', claimFirst: { activityId: A._id, keep: true } }
    ],
    [
      'the right code, window closed: the claim is released, the refusal recorded apart',
      typed(shortAgo(A, 0), { picked: activity({ closesAt: at('10:04') }) }),
      { ok: false, code: 'WINDOW_CLOSED', claimFirst: { activityId: A._id, keep: false } }
    ],
    ['the right code', typed(shortAgo(A, 0)), { ok: true, late: true, claimFirst: { activityId: A._id, keep: false } }],
    [
      'another branch’s member: the draft names no activity',
      typed(shortAgo(A, 0), { member: { ...MEMBER, activeOrgIds: ['b2'] } }),
      { ok: false, code: 'NOT_ELIGIBLE', claimFirst: { activityId: null, keep: false } }
    ]
  ])('%s', (_l, f, expected) => expect(decideScan(f)).toMatchObject(expected))
})

describe('decideScan: checked in', () => {
  it.each<[string, ScanFacts, Record<string, unknown>]>([
    ['on time', facts({ code: codeAt(A, at('09:55')) }, { now: at('09:55') }), { late: false, distanceM: null }],
    ['late (after lateAfter)', scanNow, { late: true }],
    [
      'inside the radius',
      facts(
        { code: codeAgo(A, 0), location: { lat: 36.0601, lng: 103.83 } },
        { named: activity({ venue: { lat: 36.06, lng: 103.83, radiusM: 300 } }) }
      ),
      { distanceM: 11 }
    ],
    [
      'an open activity takes a guest',
      { ...scanNow, member: { ...MEMBER, activeOrgIds: ['b2'] }, named: activity({ open: true }) },
      { late: true }
    ],
    ['the previous window’s code still counts', facts({ code: codeAgo(A, 30) }), {}]
  ])('%s', (_l, f, expected) => {
    const v = decideScan(f)
    expect(v).toMatchObject({ ok: true, claimFirst: null, ...expected })
    if (v.ok) expect(v.org._id).toBe('b1')
  })
})
