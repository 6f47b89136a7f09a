// Group the demo people of local mode by heading (branch), then by role label. Pure; table-tested.
import type { DemoPerson } from './devSession'

export interface PeopleSection {
  group: string
  roles: Array<{ roleLabel: string; people: DemoPerson[] }>
}

/** Keeps the server's order of first appearance for groups, roles and people. */
export function groupPeople(people: readonly DemoPerson[]): PeopleSection[] {
  const sections: PeopleSection[] = []
  for (const p of people) {
    const groupName = p.group || '其他'
    let section = sections.find((s) => s.group === groupName)
    if (!section) {
      section = { group: groupName, roles: [] }
      sections.push(section)
    }
    const role = p.roleLabel || '党员'
    let bucket = section.roles.find((r) => r.roleLabel === role)
    if (!bucket) {
      bucket = { roleLabel: role, people: [] }
      section.roles.push(bucket)
    }
    bucket.people.push(p)
  }
  return sections
}

export function personTitle(p: DemoPerson): string {
  return p.memberId == null ? '新微信用户（未绑定）' : p.name
}
