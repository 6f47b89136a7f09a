// bind: ties the caller's OPENID to a pre-loaded roster entry.
// Proof: name + last 4 phone digits, or a one-time invitation code from a secretary.
// Race safety: the binding's _id is the OPENID and bindings.memberId is a unique index, so of two
// concurrent binds only one insert can win, whatever the interleaving.
import crypto from 'node:crypto'
import type { WhoamiResult } from '@shared/member/api'
import type { Database, Transaction } from '@server/cloud'
import { findAll, getOrNull, isDuplicateKeyError } from '@server/db'
import { BIND_LOCK_MINUTES, retryAfterSeconds, type LockStatus } from '@shared/member/bindLock'
import { inviteState, normalizeInviteCode } from '@shared/member/invite'
import { AppError, invalidInput } from '@server/errors'
import type { BindingDoc, MemberDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { clear, fail, memberKey, openidKey, statusOf } from './attempts'
import { whoamiOf } from './present'

export const hashInviteCode = (code: string) => crypto.createHash('sha256').update(`tongxin-invite:${code}`).digest('hex')

const alreadyBoundSelf = () => new AppError('ALREADY_BOUND', '当前微信已绑定党员身份')
const alreadyBoundOther = () => new AppError('ALREADY_BOUND', '该党员已绑定其他微信，如需更换请联系支部书记')

function locked(status: LockStatus, now: Date): AppError {
  const seconds = retryAfterSeconds(status, now)
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return new AppError('BIND_LOCKED', `尝试次数过多，已锁定 ${BIND_LOCK_MINUTES} 分钟，请 ${minutes} 分钟后再试，或向支部书记索取邀请码`, {
    lockedUntil: status.lockedUntil?.toISOString() ?? null,
    retryAfterSeconds: seconds
  })
}

type BindBy = { by: 'phone'; name: string; phoneLast4: string } | { by: 'invite'; inviteCode: string }

/** Exactly one way to bind: name and the phone's last four digits, or an invite code. */
function bindBy(input: { name?: string; phoneLast4?: string; inviteCode?: string }): BindBy {
  const { name, phoneLast4, inviteCode } = input
  const byPhone = name !== undefined || phoneLast4 !== undefined
  if (byPhone && inviteCode !== undefined) throw invalidInput('请选择一种绑定方式：姓名和手机号后四位，或邀请码')
  if (byPhone) {
    if (name === undefined || phoneLast4 === undefined) throw invalidInput('请填写姓名和手机号后四位')
    return { by: 'phone', name, phoneLast4 }
  }
  if (inviteCode === undefined) throw invalidInput('请填写姓名和手机号后四位，或邀请码')
  return { by: 'invite', inviteCode }
}

export const bind = action({
  schema: v.object({
    name: v.optional(v.string({ min: 1, max: 20, label: '姓名' })),
    phoneLast4: v.optional(v.string({ pattern: /^\d{4}$/, label: '手机号后四位', patternMessage: '手机号后四位必须是 4 位数字' })),
    inviteCode: v.optional(v.string({ min: 1, max: 20, label: '邀请码' }))
  }),
  async handler(input, { db, openid, now }): Promise<WhoamiResult> {
    const how = bindBy(input)

    if (await getOrNull(db, 'bindings', openid)) throw alreadyBoundSelf()
    const own = await statusOf(db, openidKey(openid), now)
    if (own.locked) throw locked(own, now)

    const { member, inviteId } =
      how.by === 'phone'
        ? { member: await matchByPhone(db, openid, how.name, how.phoneLast4, now), inviteId: null }
        : await matchByInvite(db, openid, how.inviteCode, now)

    await insertBinding(db, openid, member._id, how.by, now)
    if (inviteId !== null) {
      try {
        await claimInvite(db, inviteId, openid, now)
      } catch (e) {
        await db.collection('bindings').doc(openid).remove() // undo: nothing bound unless the code is spent
        throw e
      }
    }
    await clear(db, [openidKey(openid), memberKey(member._id)])
    return whoamiOf(db, member, now)
  }
})

async function matchByPhone(db: Database, openid: string, name: string, last4: string, now: Date): Promise<MemberDoc> {
  const namesakes = await findAll(db, 'members', { name })
  const matches = namesakes.filter((m) => typeof m.phone === 'string' && m.phone.slice(-4) === last4)
  if (matches.length > 1) {
    throw new AppError('BIND_AMBIGUOUS', '有同名且手机号后四位相同的党员，请向支部书记索取邀请码绑定')
  }
  if (matches.length === 0) {
    // Count the failure against this WeChat user and against every roster entry with that name.
    const [own, ...entries] = await fail(db, [openidKey(openid), ...namesakes.map((m) => memberKey(m._id))], now)
    if (own.locked) throw locked(own, now)
    if (entries.length > 0 && entries.every((s) => s.locked)) throw locked(entries[0], now)
    const remaining = Math.min(own.remaining, ...entries.filter((s) => !s.locked).map((s) => s.remaining))
    throw new AppError('BIND_MISMATCH', `姓名或手机号后四位不正确，还可尝试 ${remaining} 次`, { remainingTries: remaining })
  }
  const member = matches[0]
  const entry = await statusOf(db, memberKey(member._id), now)
  if (entry.locked) throw locked(entry, now)
  return member
}

/** The invited member and the invite's id (spent once the binding is in). */
async function matchByInvite(db: Database, openid: string, rawCode: string, now: Date): Promise<{ member: MemberDoc; inviteId: string }> {
  const code = normalizeInviteCode(rawCode)
  const inviteId = code ? hashInviteCode(code) : null
  const invite = inviteId ? await getOrNull(db, 'invites', inviteId) : null
  const member = invite && inviteState(invite, now) === 'valid' ? await getOrNull(db, 'members', invite.memberId) : null
  if (!member || !inviteId) {
    const [own] = await fail(db, [openidKey(openid)], now)
    if (own.locked) throw locked(own, now)
    throw new AppError('INVITE_INVALID', `邀请码无效、已使用或已过期，还可尝试 ${own.remaining} 次`, { remainingTries: own.remaining })
  }
  // An invitation from a secretary is proof enough even while the entry is locked by guesses.
  return { member, inviteId }
}

async function insertBinding(db: Database, openid: string, memberId: string, via: BindingDoc['via'], now: Date): Promise<void> {
  const taken = await db.collection('bindings').where({ memberId }).limit(1).get()
  if ((taken as unknown as { data: unknown[] }).data.length) throw alreadyBoundOther()
  try {
    await db.collection('bindings').add({ data: { _id: openid, memberId, via, boundAt: now } })
  } catch (e) {
    if (!isDuplicateKeyError(e)) throw e
    // Lost a race: either this WeChat user or this member was bound a moment ago.
    if (await getOrNull(db, 'bindings', openid)) throw alreadyBoundSelf()
    throw alreadyBoundOther()
  }
}

async function claimInvite(db: Database, inviteId: string, openid: string, now: Date): Promise<void> {
  await db.runTransaction(async (t: Transaction) => {
    const doc = await getOrNull(t, 'invites', inviteId)
    if (!doc || inviteState(doc, now) !== 'valid') {
      throw new AppError('INVITE_INVALID', '邀请码无效、已使用或已过期')
    }
    await t
      .collection('invites')
      .doc(inviteId)
      .update({ data: { usedAt: now, usedBy: openid } })
  })
}
