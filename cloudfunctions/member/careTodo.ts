// The care to-do line for a branch secretary's home, read with `whoami` so home needs one call: per org
// the caller is secretary of, how many members the care triggers name (cloudfunctions/lib/care.ts).
import type { CareTodoSummary } from '@shared/care/api'
import { careTodosOfOrg } from '@server/care'
import type { Database } from '@server/cloud'
import { findByIds } from '@server/db'
import type { MemberDoc } from '@server/model'

const MAX_NAMES = 5

export async function careTodoOf(db: Database, member: MemberDoc, now: Date): Promise<CareTodoSummary[]> {
  const orgIds = [...new Set((member.roles ?? []).filter((r) => r.role === 'secretary').map((r) => r.orgId))]
  if (!orgIds.length) return []
  const orgs = await findByIds(db, 'orgs', orgIds)
  const out: CareTodoSummary[] = []
  for (const orgId of orgIds) {
    const todos = await careTodosOfOrg(db, orgId, now, member._id)
    const names = [...new Set(todos.map((t) => t.name))]
    if (names.length) out.push({ orgId, orgName: orgs.get(orgId)?.name ?? '', count: names.length, names: names.slice(0, MAX_NAMES) })
  }
  return out
}
