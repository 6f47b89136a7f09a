// The demo seed: deterministic, well-formed (every entry would pass the import validation), and
// holding the cases the brief asks for.
import { cstDate } from '@shared/core/time'
import { hasFiftyYears } from '@shared/member/politicalAge'
import { validateImportRows } from '@shared/member/importRows'
import { checkOrgSave, checkRoles } from '@shared/member/orgRules'
import { seedDemo } from '@localcloud/seed'
import { DEMO_PEOPLE, DEMO_UNBOUND, demoMembers, demoOrgs } from '@localcloud/seed/demo'
import { expectOk, useDemoCloud } from './helpers'

const now = new Date('2026-11-21T02:00:00Z')
const members = demoMembers(now)
const orgs = demoOrgs(now)

describe('demo seed data', () => {
  it('is deterministic for a given now', () => {
    expect(demoMembers(new Date(now))).toEqual(members)
    expect(JSON.stringify(demoMembers(new Date('2027-03-01T00:00:00Z')))).not.toEqual(JSON.stringify(members))
  })

  it('has ~40 members, 3 branches with groups, a joint branch and external village/platform/community orgs', () => {
    expect(members).toHaveLength(40)
    expect(orgs.filter((o) => o.kind === 'branch' && !o.external)).toHaveLength(3)
    expect(orgs.filter((o) => o.kind === 'jointBranch')).toHaveLength(1)
    expect(orgs.filter((o) => o.kind === 'group').length).toBeGreaterThanOrEqual(6)
    expect(
      orgs
        .filter((o) => o.external)
        .map((o) => o.name)
        .join()
    ).toMatch(/陇南.*定西.*甘南.*外卖.*社区/)
  })

  it('every org is well placed and every member passes the import rules', () => {
    for (const o of orgs) expect(checkOrgSave(o, orgs)).toBeNull()
    const rows = members.map(({ _id, roles, createdAt, updatedAt, ...row }) => row)
    const res = validateImportRows(rows, { orgs, existingPhones: new Set(), today: cstDate(now) })
    expect(res).toMatchObject({ ok: true })
    const byId = new Map(orgs.map((o) => [o._id, o]))
    for (const m of members) expect(checkRoles(m.roles, byId)).toEqual([])
  })

  it('holds contract, dispatched and gig members, every role, a 29 February joiner and a 50-year member', () => {
    const count = (f: (m: (typeof members)[number]) => boolean) => members.filter(f).length
    expect(count((m) => m.employment === 'contract')).toBeGreaterThan(20)
    expect(count((m) => m.employment === 'dispatched' && orgs.find((o) => o._id === m.homeOrgId)!.external)).toBeGreaterThanOrEqual(5)
    expect(count((m) => m.employment === 'gig' && m.activeOrgIds.join() === 'org-platform,org-community')).toBe(4)
    for (const role of ['secretary', 'deputy', 'committeeMember', 'groupLeader', 'staff'])
      expect(count((m) => m.roles.some((r) => r.role === role))).toBeGreaterThan(0)
    expect(count((m) => m.joinedAt === '2004-02-29')).toBe(1)
    // 马德明 since last year; 冯雪梅 reaches 50 years of 党龄 this year (before the 1 July cut-off).
    expect(members.filter((m) => hasFiftyYears(m, now)).map((m) => m.name)).toEqual(['马德明', '冯雪梅'])
    const months = new Set(members.filter((m) => m.joinedAt).map((m) => m.joinedAt!.slice(5, 7)))
    expect(months.size).toBe(12)
    expect(new Set(members.map((m) => m.phone)).size).toBe(40)
  })

  it('lists the bound demo people for the dev sign-in and leaves 2 unbound', () => {
    expect(DEMO_PEOPLE).toHaveLength(38)
    expect(DEMO_UNBOUND.map((u) => u.name)).toEqual(['何小军', '卓玛草'])
    expect(DEMO_PEOPLE.find((p) => p.memberId === 'm03')).toEqual({
      openid: 'demo:m03',
      memberId: 'm03',
      name: '王建军',
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      roleLabel: '书记',
      group: '第一养护中心党支部'
    })
    expect(DEMO_PEOPLE.find((p) => p.memberId === 'm10')!.roleLabel).toBe('党员 · 劳务派遣')
  })
})

describe('seedDemo into the local cloud', () => {
  const cloud = useDemoCloud('all')

  it('writes the data and is idempotent', async () => {
    expect(await cloud.count('members')).toBe(40)
    expect(await cloud.count('bindings')).toBe(38)
    expect(await seedDemo(cloud.tc.db, new Date())).toEqual({ orgs: 17, members: 40, bindings: 38 })
    expect(await cloud.count('members')).toBe(40)
    expect(await cloud.count('orgs')).toBe(17)
  })

  it.each(DEMO_PEOPLE.map((p) => [p.name, p]))('%s can sign in with their demo openid', async (_name, p) => {
    expect(expectOk(await cloud.call({ action: 'whoami' }, p.openid)).member._id).toBe(p.memberId)
  })
})
