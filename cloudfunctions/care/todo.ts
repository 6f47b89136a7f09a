// The secretary's care to-dos for a branch: the triggers of shared/care/triggers.ts over its members
// (read in cloudfunctions/lib/care.ts, which member.whoami shares for the line on home).
import type { CareApi } from '@shared/care/api'
import { requireCaller } from '@server/auth'
import { careTodosOfOrg, noCheckinWeeksFor } from '@server/care'
import { findAll } from '@server/db'
import { forbidden } from '@server/errors'
import { loadOrg } from '@server/orgs'
import { action } from '@server/router'
import { v } from '@server/validate'
import { isBranchSecretary } from './access'
import { orgId } from './schemas'

export const todo = action({
  schema: v.object({ orgId: orgId() }),
  async handler(input, { db, openid, now }): Promise<CareApi['todo']['res']> {
    const caller = await requireCaller(db, openid)
    await loadOrg(db, input.orgId)
    if (!isBranchSecretary(caller, input.orgId)) throw forbidden('只有支部书记可以查看关爱提醒')
    const members = (await findAll(db, 'members', { assessingOrgId: input.orgId }, { field: { name: true } }))
      .filter((m) => m._id !== caller.memberId)
      .map((m) => ({ _id: m._id, name: m.name }))
    const todos = await careTodosOfOrg(db, input.orgId, now, caller.memberId)
    return { todos, weeks: await noCheckinWeeksFor(db, input.orgId), members }
  }
})
