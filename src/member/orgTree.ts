// The org tree for committee staff: indentation order, parent choices, roles per org kind. Pure; table-tested.
// Which parent and which roles an org kind takes is shared/member/orgRules.ts; the server checks it again.
import type { Org, OrgKind, RoleName } from '@shared/member/api'
import { PARENT_KINDS, ROLE_ORG_KINDS } from '@shared/member/orgRules'
import { ROLE_NAMES } from '@shared/member/roles'

export interface TreeRow {
  org: Org
  depth: number
}

const KIND_ORDER: OrgKind[] = ['committee', 'generalBranch', 'branch', 'jointBranch', 'group']

/** Depth-first: our tree (roots first), then external orgs; siblings by kind, then in the given order. */
export function flattenTree(orgs: readonly Org[]): TreeRow[] {
  const ids = new Set(orgs.map((o) => o._id))
  const children = new Map<string | null, Org[]>()
  for (const o of orgs) {
    const key = o.parentId && ids.has(o.parentId) && o.parentId !== o._id ? o.parentId : null
    const list = children.get(key) ?? []
    list.push(o)
    children.set(key, list)
  }
  const sortKids = (list: Org[]) =>
    list
      .map((o, i) => ({ o, i }))
      .sort(
        (a, b) => Number(a.o.external) - Number(b.o.external) || KIND_ORDER.indexOf(a.o.kind) - KIND_ORDER.indexOf(b.o.kind) || a.i - b.i
      )
      .map((x) => x.o)
  const rows: TreeRow[] = []
  const seen = new Set<string>()
  const walk = (o: Org, depth: number) => {
    if (seen.has(o._id)) return
    seen.add(o._id)
    rows.push({ org: o, depth })
    for (const c of sortKids(children.get(o._id) ?? [])) walk(c, depth + 1)
  }
  for (const root of sortKids(children.get(null) ?? [])) walk(root, 0)
  // Anything left (a cycle in bad data) is still listed.
  for (const o of orgs) walk(o, 0)
  return rows
}

/** Kinds an org may have: external orgs are branches, joint branches or general branches. */
export function kindsFor(external: boolean): OrgKind[] {
  return external ? ['generalBranch', 'branch', 'jointBranch'] : KIND_ORDER.slice()
}

/** Whether an org of this kind must, may or must not have a parent. */
export function parentRequired(kind: OrgKind, external: boolean): boolean {
  return !external && kind !== 'committee'
}

/**
 * Orgs that may be the parent of `self` (an org being added, or edited: `self._id`), never itself or
 * one of its descendants.
 */
export function parentChoices(self: { _id?: string; kind: OrgKind; external: boolean }, orgs: readonly Org[]): Org[] {
  const below = new Set<string>()
  if (self._id) {
    below.add(self._id)
    let grew = true
    while (grew) {
      grew = false
      for (const o of orgs) {
        if (o.parentId && below.has(o.parentId) && !below.has(o._id)) {
          below.add(o._id)
          grew = true
        }
      }
    }
  }
  return orgs.filter((o) => {
    if (below.has(o._id)) return false
    if (self.external) return o.external && o.kind !== 'group' && o.kind !== 'committee'
    return !o.external && PARENT_KINDS[self.kind].includes(o.kind)
  })
}

/** Roles that may be granted on an org of this kind. */
export function rolesFor(kind: OrgKind): RoleName[] {
  return ROLE_NAMES.filter((r) => ROLE_ORG_KINDS[r].includes(kind))
}
