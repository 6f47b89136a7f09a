// createInvite: a secretary of an org serving the member issues a one-time code (7 days) the member
// enters to bind. Only a hash of the code is stored; older unused codes of the member are revoked.
import crypto from 'node:crypto'
import { requireCaller } from '@server/auth'
import { getOrNull } from '@server/db'
import { codeFromRandom, INVITE_ALPHABET, INVITE_LENGTH, inviteExpiresAt } from '@shared/member/invite'
import { canInvite } from '@shared/member/visibility'
import { AppError, forbidden, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { hashInviteCode } from './bind'
import { boundMemberIds } from './present'

export const createInvite = action({
  schema: v.object({ memberId: v.string({ min: 1, max: 64, label: '党员编号' }) }),
  async handler(input, { db, openid, now }): Promise<{ code: string; expiresAt: string }> {
    const caller = await requireCaller(db, openid)
    const member = await getOrNull(db, 'members', input.memberId)
    if (!member) throw notFound('该党员不存在')
    const viewer = { memberId: caller.memberId, roles: caller.roles }
    if (!canInvite(viewer, member)) throw forbidden('只有该党员所在支部的书记可以生成邀请码')
    if ((await boundMemberIds(db, [member._id])).has(member._id)) throw new AppError('ALREADY_BOUND', '该党员已绑定微信，无需邀请码')

    const code = codeFromRandom(Array.from({ length: INVITE_LENGTH }, () => crypto.randomInt(INVITE_ALPHABET.length)))
    const id = hashInviteCode(code)
    const expiresAt = inviteExpiresAt(now)
    const orgId = [...member.activeOrgIds, member.assessingOrgId].find((o) =>
      caller.roles.some((r) => r.orgId === o && r.role === 'secretary')
    )
    if (!orgId) throw forbidden('只有该党员所在支部的书记可以生成邀请码')
    await db.collection('invites').add({
      data: {
        _id: id,
        memberId: member._id,
        orgId,
        createdBy: caller.memberId,
        createdAt: now,
        expiresAt,
        usedAt: null,
        usedBy: null,
        revokedAt: null
      }
    })
    const _ = db.command
    await db
      .collection('invites')
      .where({ memberId: member._id, usedAt: null, revokedAt: null, _id: _.neq(id) })
      .update({ data: { revokedAt: now } })
    return { code, expiresAt: expiresAt.toISOString() }
  }
})
