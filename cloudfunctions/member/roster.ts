// roster: the members of an org the caller serves (secretary, deputy, committee member, group
// leader; committee staff: any org). See shared/domain/visibility.ts for who sees whom and the phone.
import type { RosterEntry, RosterResult } from '@shared/member/api'
import { requireCaller } from '@server/auth'
import { findAll, getOrNull } from '@server/db'
import { canSeePhone, onRoster, relationsTo, rosterAccess, servedOrgIds } from '@shared/member/visibility'
import { forbidden, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { boundMemberIds, orgIdsOf, orgsById, toBasic, toOrg } from './present'

export const roster = action({
  schema: v.object({
    orgId: v.optional(v.string({ min: 1, max: 64, label: '组织编号' })),
    search: v.optional(v.string({ max: 20, label: '搜索内容' }))
  }),
  async handler(input, { db, openid }): Promise<RosterResult> {
    const caller = await requireCaller(db, openid)
    const viewer = { memberId: caller.memberId, roles: caller.roles }
    const orgId = input.orgId ?? servedOrgIds(caller.roles)[0] ?? caller.roles.find((r) => r.role === 'staff')?.orgId
    if (!orgId) throw forbidden('你没有可查看名册的组织')
    const access = rosterAccess(viewer, orgId)
    if (!access.allowed) throw forbidden('只能查看你所服务组织的名册')
    const orgDoc = await getOrNull(db, 'orgs', orgId)
    if (!orgDoc) throw notFound('该组织不存在')

    const _ = db.command
    const candidates = await findAll(
      db,
      'members',
      _.or([{ activeOrgIds: orgId }, { assessingOrgId: orgId }, { homeOrgId: orgId }, { groupId: orgId }])
    )
    const search = input.search?.trim()
    const listed = candidates
      .filter((m) => onRoster(m, orgId, access))
      .filter((m) => !search || m.name.includes(search))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a._id.localeCompare(b._id))

    const bound = await boundMemberIds(
      db,
      listed.map((m) => m._id)
    )
    const members: RosterEntry[] = listed.map((m) => {
      const entry: RosterEntry = { ...toBasic(m, bound.has(m._id)), relation: relationsTo(m, orgId) as RosterEntry['relation'] }
      if (canSeePhone(viewer, m)) entry.phone = m.phone
      return entry
    })
    const orgs = await orgsById(db, [orgId, ...listed.flatMap((m) => orgIdsOf(m))])
    return { org: toOrg(orgDoc), members, orgs }
  }
})
