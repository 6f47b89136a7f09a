// setRoles: committee staff replace a member's role grants. One secretary per org; a staff member
// cannot remove their own staff role (the committee would lock itself out).
import type { MemberBasic } from '@shared/member/api'
import { requireCaller, requireStaff } from '@server/auth'
import { findAll, findByIds, getOrNull } from '@server/db'
import { checkRoles } from '@shared/member/orgRules'
import { ROLE_LABEL } from '@shared/member/labels'
import { ROLE_NAMES } from '@shared/member/roles'
import { conflict, forbidden, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { boundMemberIds, toBasic } from './present'

export const setRoles = action({
  schema: v.object({
    memberId: v.string({ min: 1, max: 64, label: '党员编号' }),
    roles: v.array(v.object({ orgId: v.string({ min: 1, max: 64, label: '组织编号' }), role: v.enum(ROLE_NAMES, { label: '角色' }) }), {
      max: 20,
      label: '角色'
    })
  }),
  async handler(input, { db, openid, now }): Promise<{ member: MemberBasic }> {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    const member = await getOrNull(db, 'members', input.memberId)
    if (!member) throw notFound('该党员不存在')
    if (member._id === caller.memberId && !input.roles.some((r) => r.role === 'staff')) {
      throw forbidden('不能移除自己的党委工作人员角色，请由其他工作人员操作')
    }
    const orgs = await findByIds(
      db,
      'orgs',
      input.roles.map((r) => r.orgId)
    )
    const reasons = checkRoles(input.roles, new Map([...orgs].map(([id, o]) => [id, { ...o, external: !!o.external }])))
    if (reasons.length)
      throw invalidInput(
        reasons[0],
        reasons.map((message) => ({ path: 'roles', message }))
      )

    const _ = db.command
    for (const r of input.roles.filter((g) => g.role === 'secretary')) {
      const holders = await findAll(db, 'members', { roles: _.elemMatch({ orgId: r.orgId, role: 'secretary' }) })
      const other = holders.find((m) => m._id !== member._id)
      if (other) throw conflict(`「${orgs.get(r.orgId)?.name ?? r.orgId}」已有${ROLE_LABEL.secretary}：${other.name}，请先撤销其职务`)
    }

    const roles = input.roles.map((r) => ({ orgId: r.orgId, role: r.role }))
    await db
      .collection('members')
      .doc(member._id)
      .update({ data: { roles, updatedAt: now } })
    const bound = (await boundMemberIds(db, [member._id])).has(member._id)
    return { member: toBasic({ ...member, roles }, bound) }
  }
})
