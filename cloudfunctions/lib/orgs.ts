// Reads of the org tree that every function shares.
import type { Database } from './cloud'
import { getOrNull } from './db'
import { notFound } from './errors'
import type { OrgDoc } from './model'

/** The org, or NOT_FOUND. */
export async function loadOrg(db: Database, orgId: string): Promise<OrgDoc> {
  const org = await getOrNull(db, 'orgs', orgId)
  if (!org) throw notFound('该组织不存在')
  return org
}

/**
 * The committee (党委) an org belongs to: walk up the parents; null outside any committee. Bounded (the tree
 * is committee → general branch → branch → group), so a cycle in bad data cannot loop.
 */
export async function committeeOf(db: Database, org: OrgDoc | null): Promise<string | null> {
  let o: OrgDoc | null = org
  for (let hops = 0; o && hops < 8; hops++) {
    if (o.kind === 'committee') return o._id
    o = o.parentId ? await getOrNull(db, 'orgs', o.parentId) : null
  }
  return null
}
