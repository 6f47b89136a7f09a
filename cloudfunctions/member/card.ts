// card: the identity card 亮身份 — own by default; a secretary (or anyone who may see the member
// under the roster rules) may read another member's card; anyone else gets the answer an unknown id gets. The phone only per canSeePhone.
import type { IdentityCard, MemberBasic } from '@shared/member/api'
import { requireCaller } from '@server/auth'
import { getOrNull } from '@server/db'
import { politicalStanding } from '@shared/member/politicalAge'
import { canSeeMember, canSeePhone } from '@shared/member/visibility'
import { notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { boundMemberIds, orgIdsOf, orgsById, toBasic } from './present'

export const card = action({
  schema: v.object({ memberId: v.optional(v.string({ min: 1, max: 64, label: '党员编号' })) }),
  async handler(input, { db, openid, now }): Promise<IdentityCard & { member: MemberBasic & { phone?: string } }> {
    const caller = await requireCaller(db, openid)
    const viewer = { memberId: caller.memberId, roles: caller.roles }
    let member = caller.member
    if (input.memberId && input.memberId !== caller.memberId) {
      const found = await getOrNull(db, 'members', input.memberId)
      // One answer for "no such member" and "not yours to see", so member ids cannot be enumerated.
      if (!found || !canSeeMember(viewer, found)) throw notFound('未找到该党员，或你无权查看其身份卡')
      member = found
    }
    const bound = member._id === caller.memberId || (await boundMemberIds(db, [member._id])).has(member._id)
    const basic: MemberBasic & { phone?: string } = toBasic(member, bound)
    if (canSeePhone(viewer, member)) basic.phone = member.phone
    return { member: basic, orgs: await orgsById(db, orgIdsOf(member)), ...politicalStanding(member, now) }
  }
})
