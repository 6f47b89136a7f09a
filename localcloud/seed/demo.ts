// The demo organisation for local mode and tests: a road-maintenance group's Party committee with
// 3 branches and their party groups, a joint branch, and 40 people — contract members, dispatched
// members whose home org is a village branch in 陇南/定西/甘南, delivery riders active in a platform
// branch and a community branch (双报到), secretaries, deputies, committee members, group leaders and
// committee staff (党群工作部). Deterministic: the same `now` gives the same data (dates that depend
// on "this year" — the 50-year member, a birthday next week, the probationary members — follow `now`).
// Bindings use the openid `demo:<memberId>`; 何小军 and 卓玛草 are left unbound to demo binding.
import type { EmploymentType, OrgKind, PartyStatus, RoleGrant, RoleName } from '@shared/member/api'
import { EMPLOYMENT_LABEL, ROLE_LABEL } from '@shared/member/labels'
import type { Database } from '@server/cloud'
import type { MemberDoc, OrgDoc } from '@server/model'
import { addDaysYmd, cstDate, cstYmd, formatYmd, isLeapYear, parseYmd } from '@shared/core/time'
import { must } from './must'
import { putAll } from './put'

export const DEMO_COMMITTEE_ID = 'org-committee'

const ORGS: Array<[id: string, name: string, kind: OrgKind, parentId: string | null, external?: boolean]> = [
  [DEMO_COMMITTEE_ID, '甘肃公路养护集团党委', 'committee', null],
  ['org-b1', '第一养护中心党支部', 'branch', DEMO_COMMITTEE_ID],
  ['org-b1-g1', '路面养护党小组', 'group', 'org-b1'],
  ['org-b1-g2', '桥隧养护党小组', 'group', 'org-b1'],
  ['org-b2', '第二养护中心党支部', 'branch', DEMO_COMMITTEE_ID],
  ['org-b2-g1', '机械化养护党小组', 'group', 'org-b2'],
  ['org-b2-g2', '应急保通党小组', 'group', 'org-b2'],
  ['org-b3', '集团机关党支部', 'branch', DEMO_COMMITTEE_ID],
  ['org-b3-g1', '党群工作部党小组', 'group', 'org-b3'],
  ['org-b3-g2', '工程技术党小组', 'group', 'org-b3'],
  ['org-jb', '沿线服务区联合党支部', 'jointBranch', DEMO_COMMITTEE_ID],
  ['org-jb-g1', '服务区党小组', 'group', 'org-jb'],
  ['org-v-longnan', '陇南市武都区石门乡石门村党支部', 'branch', null, true],
  ['org-v-dingxi', '定西市安定区巉口镇杏园村党支部', 'branch', null, true],
  ['org-v-gannan', '甘南州卓尼县柳林镇寺古多村党支部', 'branch', null, true],
  ['org-platform', '兰州市外卖配送行业党支部', 'branch', null, true],
  ['org-community', '七里河区西湖街道建兰路社区党支部', 'branch', null, true]
]

type Role = [orgId: string, role: RoleName]
interface Person {
  id: string
  name: string
  status: PartyStatus
  employment: EmploymentType
  home: string
  active: string[]
  assessing?: string
  group: string | null
  /** YYYY-MM-DD, or a function of now for dates that follow the current year. */
  joined: string | null | ((now: Date) => string)
  roles?: Role[]
  unbound?: boolean
}

const S: Role = [DEMO_COMMITTEE_ID, 'staff']
const rider = { employment: 'gig' as const, active: ['org-platform', 'org-community'], assessing: 'org-platform', group: null }

/** A date relative to the CST date of `now` (days may be negative). */
const daysFromToday = (days: number) => (now: Date) => addDaysYmd(cstDate(now), days)
/** The CST date of `now` + `days`, `years` years earlier (29 Feb → 28 Feb in a non-leap year). */
const yearsBefore =
  (years: number, days = 0) =>
  (now: Date) => {
    const d = must(parseYmd(addDaysYmd(cstDate(now), days)), 'date')
    const y = d.y - years
    return formatYmd({ y, m: d.m, d: d.m === 2 && d.d === 29 && !isLeapYear(y) ? 28 : d.d })
  }

const PEOPLE: Person[] = [
  // 集团机关党支部 (committee staff of 党群工作部 are members here)
  {
    id: 'm01',
    name: '周文斌',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g1',
    joined: '1998-07-01',
    roles: [S]
  },
  {
    id: 'm02',
    name: '陈晓燕',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g1',
    joined: '2010-05-04',
    roles: [S]
  },
  // 第一养护中心党支部
  {
    id: 'm03',
    name: '王建军',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g1',
    joined: '1996-01-15',
    roles: [['org-b1', 'secretary']]
  },
  {
    id: 'm04',
    name: '李红梅',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g2',
    // Political birthday in 3 days, the 20th: a round anniversary on the secretary's list this week.
    joined: yearsBefore(20, 3),
    roles: [['org-b1', 'deputy']]
  },
  {
    id: 'm05',
    name: '张志刚',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g1',
    joined: '2001-06-20',
    roles: [
      ['org-b1', 'committeeMember'],
      ['org-b1-g1', 'groupLeader']
    ]
  },
  {
    id: 'm06',
    name: '刘海涛',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g2',
    joined: '2008-09-10',
    roles: [['org-b1-g2', 'groupLeader']]
  },
  {
    id: 'm07',
    name: '赵永平',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g1',
    joined: '2004-02-29'
  },
  {
    id: 'm08',
    name: '孙丽娟',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g2',
    // Political birthday today (the 08:00 timer greets her; she has a consent for the message).
    joined: yearsBefore(14)
  },
  {
    id: 'm09',
    name: '马德明',
    status: 'full',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g1',
    // Full a year later: 50 years of 党龄 by last year's 1 July, so 光荣在党50年 all this year.
    joined: (now) => `${cstYmd(now).y - 53}-12-26`
  },
  {
    id: 'm10',
    name: '杨国栋',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-longnan',
    active: ['org-b1'],
    group: 'org-b1-g1',
    joined: '2015-04-22'
  },
  {
    id: 'm11',
    name: '何小军',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-longnan',
    active: ['org-b1'],
    group: 'org-b1-g2',
    joined: '2018-08-16',
    unbound: true
  },
  {
    id: 'm12',
    name: '石永福',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-dingxi',
    active: ['org-b1'],
    group: 'org-b1-g2',
    joined: '2011-12-12'
  },
  {
    id: 'm13',
    name: '朱春燕',
    status: 'probationary',
    employment: 'contract',
    home: 'org-b1',
    active: ['org-b1'],
    group: 'org-b1-g1',
    joined: daysFromToday(-120)
  },
  // 第二养护中心党支部
  {
    id: 'm14',
    name: '高建平',
    status: 'full',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g1',
    joined: '1999-03-28',
    roles: [['org-b2', 'secretary']]
  },
  {
    id: 'm15',
    name: '冯雪梅',
    status: 'full',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g2',
    // Full 50 years ago on 30 May (a year after joining): on this year's 光荣在党50年 list.
    joined: (now) => `${cstYmd(now).y - 51}-05-30`,
    roles: [
      ['org-b2', 'committeeMember'],
      ['org-b2-g2', 'groupLeader']
    ]
  },
  {
    id: 'm16',
    name: '韩立新',
    status: 'full',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g1',
    joined: '2009-08-01',
    roles: [['org-b2-g1', 'groupLeader']]
  },
  {
    id: 'm17',
    name: '郭亮',
    status: 'full',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g1',
    joined: '2014-10-20'
  },
  {
    id: 'm18',
    name: '罗文静',
    status: 'candidate',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g2',
    joined: null
  },
  {
    id: 'm19',
    name: '扎西才让',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-gannan',
    active: ['org-b2'],
    group: 'org-b2-g1',
    joined: '2013-07-15'
  },
  {
    id: 'm20',
    name: '卓玛草',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-gannan',
    active: ['org-b2'],
    group: 'org-b2-g2',
    joined: '2016-01-08',
    unbound: true
  },
  {
    id: 'm21',
    name: '董海龙',
    status: 'full',
    employment: 'dispatched',
    home: 'org-v-dingxi',
    active: ['org-b2'],
    group: 'org-b2-g1',
    joined: '2012-09-26'
  },
  {
    id: 'm22',
    name: '袁志强',
    status: 'activist',
    employment: 'contract',
    home: 'org-b2',
    active: ['org-b2'],
    group: 'org-b2-g2',
    joined: null
  },
  // 集团机关党支部
  {
    id: 'm23',
    name: '黄振华',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g2',
    joined: '1997-06-30',
    roles: [['org-b3', 'secretary']]
  },
  {
    id: 'm24',
    name: '谢丽萍',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g1',
    joined: '2005-11-18',
    roles: [['org-b3', 'deputy']]
  },
  {
    id: 'm25',
    name: '唐明远',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g2',
    joined: '2007-02-14',
    roles: [['org-b3-g2', 'groupLeader']]
  },
  {
    id: 'm26',
    name: '许静',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g2',
    joined: '2017-04-05'
  },
  {
    id: 'm27',
    name: '邓建伟',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g1',
    joined: '2019-12-01'
  },
  {
    id: 'm39',
    name: '刘玉珍',
    status: 'full',
    employment: 'contract',
    home: 'org-b3',
    active: ['org-b3'],
    group: 'org-b3-g1',
    joined: yearsBefore(10, 5)
  },
  // 沿线服务区联合党支部 (small service-area operators)
  {
    id: 'm28',
    name: '彭秀英',
    status: 'full',
    employment: 'contract',
    home: 'org-jb',
    active: ['org-jb'],
    group: 'org-jb-g1',
    joined: '2002-08-08',
    roles: [['org-jb', 'secretary']]
  },
  {
    id: 'm29',
    name: '曹宏伟',
    status: 'full',
    employment: 'contract',
    home: 'org-jb',
    active: ['org-jb'],
    group: 'org-jb-g1',
    joined: '2010-10-10',
    roles: [['org-jb-g1', 'groupLeader']]
  },
  {
    id: 'm30',
    name: '蒋玉兰',
    status: 'full',
    employment: 'contract',
    home: 'org-jb',
    active: ['org-jb'],
    group: 'org-jb-g1',
    joined: '2020-03-16'
  },
  {
    id: 'm31',
    name: '吕强',
    status: 'full',
    employment: 'contract',
    home: 'org-jb',
    active: ['org-jb'],
    group: 'org-jb-g1',
    joined: '2015-09-09'
  },
  {
    id: 'm40',
    name: '胡建新',
    status: 'probationary',
    employment: 'contract',
    home: 'org-jb',
    active: ['org-jb'],
    group: 'org-jb-g1',
    joined: daysFromToday(-200)
  },
  // Secretaries of orgs outside our tree
  {
    id: 'm32',
    name: '石有财',
    status: 'full',
    employment: 'contract',
    home: 'org-v-longnan',
    active: ['org-v-longnan'],
    group: null,
    joined: '1993-05-20',
    roles: [['org-v-longnan', 'secretary']]
  },
  {
    id: 'm33',
    name: '魏东',
    status: 'full',
    employment: 'contract',
    home: 'org-platform',
    active: ['org-platform'],
    group: null,
    joined: '2016-06-06',
    roles: [['org-platform', 'secretary']]
  },
  {
    id: 'm34',
    name: '田桂芳',
    status: 'full',
    employment: 'contract',
    home: 'org-community',
    active: ['org-community'],
    group: null,
    joined: '2000-11-11',
    roles: [['org-community', 'secretary']]
  },
  // New-employment-group members: riders and a courier (双报到: platform + community)
  { id: 'm35', name: '王小龙', status: 'full', home: 'org-platform', joined: '2019-07-01', ...rider },
  { id: 'm36', name: '李刚', status: 'full', home: 'org-community', joined: '2021-05-04', ...rider },
  { id: 'm37', name: '张鹏飞', status: 'full', home: 'org-v-dingxi', joined: '2018-03-03', ...rider },
  { id: 'm38', name: '陈思远', status: 'probationary', home: 'org-platform', joined: daysFromToday(-60), ...rider }
]

/** Phones are fake but well-formed and unique; the last 4 digits are 1001..1040 by member number. */
export const demoPhone = (memberId: string) => `1390931${1000 + Number(memberId.slice(1))}`
export const demoOpenid = (memberId: string) => `demo:${memberId}`

/** The two roster entries left unbound, with what binding asks for. */
export const DEMO_UNBOUND = PEOPLE.filter((p) => p.unbound).map((p) => ({
  memberId: p.id,
  name: p.name,
  phoneLast4: demoPhone(p.id).slice(-4)
}))

export interface DemoPerson {
  openid: string
  memberId: string
  name: string
  orgId: string
  orgName: string
  roleLabel: string
  /** Heading for the dev sign-in list (the org the person acts in). */
  group: string
}

/** The role a person is listed under at the dev sign-in: the first of theirs in this order. */
export const SIGN_IN_ROLE_ORDER: readonly RoleName[] = ['staff', 'secretary', 'deputy', 'committeeMember', 'groupLeader']
const orgName = new Map(ORGS.map(([id, name]) => [id, name]))

/** The bound demo people, for the dev sign-in. */
export const DEMO_PEOPLE: DemoPerson[] = PEOPLE.filter((p) => !p.unbound).map((p) => {
  const top = SIGN_IN_ROLE_ORDER.map((r) => (p.roles ?? []).find(([, role]) => role === r)).find(Boolean)
  const orgId = top ? top[0] : (p.assessing ?? p.active[0])
  return {
    openid: demoOpenid(p.id),
    memberId: p.id,
    name: p.name,
    orgId,
    orgName: must(orgName.get(orgId), orgId),
    roleLabel: top ? ROLE_LABEL[top[1]] : `党员 · ${EMPLOYMENT_LABEL[p.employment]}`,
    group: must(orgName.get(orgId), orgId)
  }
})

export function demoOrgs(now: Date): OrgDoc[] {
  return ORGS.map(([_id, name, kind, parentId, external]) => ({
    _id,
    name,
    kind,
    parentId,
    external: !!external,
    createdAt: now,
    updatedAt: now
  }))
}

export function demoMembers(now: Date): MemberDoc[] {
  return PEOPLE.map((p) => {
    const joinedAt = typeof p.joined === 'function' ? p.joined(now) : p.joined
    return {
      _id: p.id,
      name: p.name,
      phone: demoPhone(p.id),
      partyStatus: p.status,
      employment: p.employment,
      homeOrgId: p.home,
      activeOrgIds: p.active,
      assessingOrgId: p.assessing ?? p.active[0],
      groupId: p.group,
      joinedAt,
      fullAt: p.status === 'full' && joinedAt ? addDaysYmd(joinedAt, 365) : null,
      roles: (p.roles ?? []).map(([orgId, role]): RoleGrant => ({ orgId, role })),
      createdAt: now,
      updatedAt: now
    }
  })
}

/**
 * Writes the demo organisation (orgs, members, bindings) into `db` (a wx-server-sdk database). Idempotent:
 * every doc is put by its id (put.ts), so seeding twice leaves the same data. Returns what it wrote.
 * The whole demo (with check-in and assessment data) is seedDemo in index.ts.
 */
export async function seedDemoOrg(db: Database, now: Date): Promise<{ orgs: number; members: number; bindings: number }> {
  const orgs = demoOrgs(now)
  const members = demoMembers(now)
  await putAll(db, 'orgs', orgs)
  await putAll(db, 'members', members)
  const bound = PEOPLE.filter((p) => !p.unbound)
  await putAll(
    db,
    'bindings',
    bound.map((p) => ({ _id: demoOpenid(p.id), memberId: p.id, via: 'seed', boundAt: now }))
  )
  return { orgs: orgs.length, members: members.length, bindings: bound.length }
}
