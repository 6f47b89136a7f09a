// Replies shaped like shared/member/api.ts.
import type { IdentityCard, Org, RosterResult, WhoamiResult } from '@shared/member/api'

export const orgs: Record<string, Org> = {
  c1: { _id: 'c1', name: '养护集团党委', kind: 'committee', parentId: null, external: false },
  b1: { _id: 'b1', name: '第一养护站党支部', kind: 'branch', parentId: 'c1', external: false },
  b2: { _id: 'b2', name: '第二养护站党支部', kind: 'branch', parentId: 'c1', external: false },
  g1: { _id: 'g1', name: '路面党小组', kind: 'group', parentId: 'b1', external: false },
  v1: { _id: 'v1', name: '陇南市某村党支部', kind: 'branch', parentId: null, external: true }
}

export function whoMember(overrides: Partial<WhoamiResult> = {}): WhoamiResult {
  return {
    bound: true,
    member: {
      _id: 'm1',
      name: '王芳',
      partyStatus: 'full',
      employment: 'dispatched',
      homeOrgId: 'v1',
      activeOrgIds: ['b1'],
      assessingOrgId: 'b1',
      groupId: 'g1',
      joinedAt: '2012-07-01',
      fullAt: '2013-07-01',
      roles: [],
      bound: true,
      phone: '13800001234'
    },
    orgs,
    politicalAge: 13,
    honour: null,
    roles: [],
    ...overrides
  }
}

export function whoSecretary(roleOrgs: string[] = ['b1']): WhoamiResult {
  const base = whoMember()
  const roles = roleOrgs.map((orgId) => ({ orgId, role: 'secretary' as const }))
  return { ...base, member: { ...base.member!, name: '李书记', roles }, roles }
}

export function card(overrides: Partial<IdentityCard> = {}): IdentityCard {
  const m = whoMember().member!
  const { phone: _phone, ...basic } = m
  return { member: { ...basic, activeOrgIds: ['b1', 'b2'] }, orgs, politicalAge: 13, honour: null, ...overrides }
}

export function roster(orgId = 'b1'): RosterResult {
  const base = {
    homeOrgId: 'b1',
    activeOrgIds: [orgId],
    assessingOrgId: orgId,
    groupId: null,
    joinedAt: null,
    fullAt: null,
    roles: [],
    bound: true
  }
  return {
    org: orgs[orgId],
    orgs,
    members: [
      {
        ...base,
        _id: 'r1',
        name: '张伟',
        partyStatus: 'full',
        employment: 'contract',
        relation: ['active', 'assessing'],
        phone: '13900005678'
      },
      {
        ...base,
        _id: 'r2',
        name: '赵敏',
        partyStatus: 'probationary',
        employment: 'dispatched',
        homeOrgId: 'v1',
        relation: ['active', 'assessing']
      },
      { ...base, _id: 'r3', name: '孙强', partyStatus: 'full', employment: 'gig', relation: ['home'] }
    ]
  }
}

export function whoStaff(): WhoamiResult {
  const base = whoMember()
  const roles = [{ orgId: 'c1', role: 'staff' as const }]
  return { ...base, member: { ...base.member!, name: '周工作', roles }, roles }
}

/** The card of roster member r2 (赵敏), not bound, as a secretary of b1 sees it. */
export function unboundCard(overrides: Partial<IdentityCard['member']> = {}): IdentityCard {
  return {
    member: {
      _id: 'r2',
      name: '赵敏',
      partyStatus: 'probationary',
      employment: 'dispatched',
      homeOrgId: 'v1',
      activeOrgIds: ['b1'],
      assessingOrgId: 'b1',
      groupId: 'g1',
      joinedAt: '2025-07-01',
      fullAt: null,
      roles: [],
      bound: false,
      phone: '13900002222',
      ...overrides
    },
    orgs,
    // Probationary: no 党龄 yet.
    politicalAge: null,
    honour: null
  }
}

export const orgList: Org[] = Object.values(orgs)
