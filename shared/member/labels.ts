// Chinese words for the member enums: one table each, for the pages, the server's messages, the
// roster import (which also reads them back) and the demo. Pure; table-tested.
import type { EmploymentType, OrgKind, PartyStatus, RoleName, RosterEntry } from './api'

export const PARTY_STATUS_LABEL: Record<PartyStatus, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员'
}

export const EMPLOYMENT_LABEL: Record<EmploymentType, string> = {
  contract: '合同制',
  dispatched: '劳务派遣',
  gig: '新就业群体'
}

/** Short tag for lists; null when the type needs no tag (contract is the norm). */
const EMPLOYMENT_TAG: Record<EmploymentType, string | null> = {
  contract: null,
  dispatched: '派遣',
  gig: '新就业'
}

export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  committee: '党委',
  generalBranch: '党总支',
  branch: '党支部',
  jointBranch: '联合党支部',
  group: '党小组'
}

export const ROLE_LABEL: Record<RoleName, string> = {
  secretary: '书记',
  deputy: '副书记',
  committeeMember: '支委委员',
  groupLeader: '党小组长',
  staff: '党委工作人员'
}

type Relation = RosterEntry['relation'][number]

const RELATION: Record<Relation, string> = {
  active: '本支部',
  assessing: '考核',
  home: '组织关系在本支部',
  group: '本党小组'
}

function lookup<K extends string>(table: Record<K, string>, key: K | null | undefined): string {
  return (key != null && table[key]) || '未知'
}

export const partyStatusLabel = (s: PartyStatus | null | undefined) => lookup(PARTY_STATUS_LABEL, s)
export const employmentLabel = (e: EmploymentType | null | undefined) => lookup(EMPLOYMENT_LABEL, e)
export const employmentTag = (e: EmploymentType | null | undefined): string | null =>
  e != null && e in EMPLOYMENT_TAG ? EMPLOYMENT_TAG[e] : null
export const orgKindLabel = (k: OrgKind | null | undefined) => lookup(ORG_KIND_LABEL, k)
export const roleLabel = (r: RoleName | null | undefined) => lookup(ROLE_LABEL, r)
export const relationLabel = (r: Relation | null | undefined) => lookup(RELATION, r)

/** Relations in a stable display order. */
export function relationLabels(relations: readonly Relation[] | null | undefined): string[] {
  const order: Relation[] = ['active', 'group', 'assessing', 'home']
  const set = new Set(relations ?? [])
  // A member whose Party relationship is here but who takes part in org life elsewhere
  // (a dispatched member of ours working for another employer) is flagged as such.
  const away = set.has('home') && !set.has('active') && !set.has('group')
  return order.filter((r) => set.has(r)).map((r) => (r === 'home' && away ? '组织关系在本支部·在外' : relationLabel(r)))
}
