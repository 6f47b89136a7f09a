// The shape of the organisation tree and where each role may be granted.
//   committee 党委 (the root of our tree, parent null)
//   └ generalBranch 党总支 (parent: committee)
//     └ branch 党支部 / jointBranch 联合党支部 (parent: committee or generalBranch)
//       └ group 党小组 (parent: branch, jointBranch or generalBranch)
// External orgs (village/community/platform branches outside our tree) have no parent, or an
// external parent, and are never a committee or a group of ours.
import type { OrgKind, RoleGrant, RoleName } from './api'
import { ORG_KIND_LABEL, ROLE_LABEL } from './labels'

export interface OrgLike {
  _id: string
  name: string
  kind: OrgKind
  parentId: string | null
  external: boolean
}

/** Allowed parent kinds per kind (inside our tree). */
export const PARENT_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  committee: [],
  generalBranch: ['committee'],
  branch: ['committee', 'generalBranch'],
  jointBranch: ['committee', 'generalBranch'],
  group: ['branch', 'jointBranch', 'generalBranch']
}

/** Kinds a member may belong to as home/active/assessing org (a group is set with groupId). */
export const MEMBERSHIP_KINDS: readonly OrgKind[] = ['committee', 'generalBranch', 'branch', 'jointBranch']

/** Where each role may be granted. */
export const ROLE_ORG_KINDS: Record<RoleName, readonly OrgKind[]> = {
  secretary: ['committee', 'generalBranch', 'branch', 'jointBranch'],
  deputy: ['committee', 'generalBranch', 'branch', 'jointBranch'],
  committeeMember: ['committee', 'generalBranch', 'branch', 'jointBranch'],
  groupLeader: ['group'],
  staff: ['committee']
}

/**
 * Checks saving `org` (new or changed) against the other orgs. Returns a Chinese reason or null.
 * `all` holds every org as stored now (including the old version of `org` when it exists).
 */
export function checkOrgSave(org: OrgLike, all: OrgLike[]): string | null {
  const byId = new Map(all.map((o) => [o._id, o]))
  const old = byId.get(org._id)
  const parent = org.parentId ? byId.get(org.parentId) : null
  if (org.parentId && !parent) return '上级组织不存在'
  if (org.parentId === org._id) return '上级组织不能是自己'

  if (org.external) {
    if (org.kind === 'committee' || org.kind === 'group') return '外部组织只能是党支部、联合党支部或党总支'
    if (parent && !parent.external) return '外部组织不能挂在本党委的组织树下'
  } else if (org.kind === 'committee') {
    if (org.parentId) return '党委不能有上级组织'
    const other = all.find((o) => o.kind === 'committee' && !o.external && o._id !== org._id)
    if (other) return `已存在党委：${other.name}`
  } else {
    if (!parent) return `${ORG_KIND_LABEL[org.kind]}必须有上级组织`
    if (parent.external) return '本党委的组织不能挂在外部组织下'
    if (!PARENT_KINDS[org.kind].includes(parent.kind)) {
      return `${ORG_KIND_LABEL[org.kind]}的上级必须是${PARENT_KINDS[org.kind].map((k) => ORG_KIND_LABEL[k]).join('或')}`
    }
  }

  // No cycles: walking up from the parent must never reach org.
  const seen = new Set<string>()
  for (let p = parent; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    if (p._id === org._id) return '上级组织不能是自己的下级'
    if (seen.has(p._id)) break
    seen.add(p._id)
  }

  // Children must stay valid under a changed kind or external flag.
  if (old && (old.kind !== org.kind || old.external !== org.external)) {
    for (const child of all.filter((o) => o.parentId === org._id)) {
      const kinds = PARENT_KINDS[child.kind]
      if (child.external !== org.external || (!child.external && !kinds.includes(org.kind))) {
        return `下级组织「${child.name}」将不再合规，请先调整下级组织`
      }
    }
  }

  const sibling = all.find((o) => o._id !== org._id && o.parentId === org.parentId && o.name === org.name)
  if (sibling) return '同一上级下已有同名组织'
  return null
}

/** Checks a member's role list against the orgs. Returns reasons (empty when valid). */
export function checkRoles(roles: RoleGrant[], orgs: Map<string, OrgLike>): string[] {
  const reasons: string[] = []
  const seen = new Set<string>()
  roles.forEach((r, i) => {
    const key = `${r.orgId}/${r.role}`
    if (seen.has(key)) reasons.push(`第 ${i + 1} 项角色重复`)
    seen.add(key)
    const org = orgs.get(r.orgId)
    if (!org) {
      reasons.push(`第 ${i + 1} 项角色的组织不存在`)
      return
    }
    if (!ROLE_ORG_KINDS[r.role].includes(org.kind)) {
      reasons.push(`「${org.name}」是${ORG_KIND_LABEL[org.kind]}，不能设${ROLE_LABEL[r.role]}`)
    }
    if (r.role === 'staff' && org.external) reasons.push('党委工作人员只能设在本党委')
  })
  return reasons
}
