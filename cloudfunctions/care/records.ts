// Care records: who, when, where, the occasion, what was said or done, the follow-up. Written by the
// member's branch committee; read by it, committee staff and the member; nobody else learns they exist.
import type { CareApi, CareRecord } from '@shared/care/api'
import { cstDate } from '@shared/core/time'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, getOrNull } from '@server/db'
import { AppError, forbidden, invalidInput, notFound } from '@server/errors'
import type { CareRecordDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { careOrgOf, isBranchSecretary, loadMember, NOT_FOUND_MEMBER, onBranchCommittee, staffOf } from './access'
import { occasionsFor } from './occasions'
import { kind, memberId } from './schemas'

async function toRecords(db: Database, docs: CareRecordDoc[]): Promise<CareRecord[]> {
  const names = await findByIds(db, 'members', [...docs.map((d) => d.memberId), ...docs.map((d) => d.by)])
  return docs
    .sort((a, b) => (a.date === b.date ? new Date(b.at).getTime() - new Date(a.at).getTime() : a.date < b.date ? 1 : -1))
    .map((d) => ({
      _id: d._id,
      memberId: d.memberId,
      memberName: names.get(d.memberId)?.name ?? '',
      orgId: d.orgId,
      kind: d.kind,
      occasionId: d.occasionId,
      occasionName: d.occasionName,
      date: d.date,
      place: d.place,
      content: d.content,
      followUp: d.followUp,
      byName: names.get(d.by)?.name ?? '',
      at: new Date(d.at).toISOString()
    }))
}

export const record = action({
  schema: v.object({
    memberId: memberId(),
    kind: kind(),
    occasionId: v.string({ min: 1, max: 24, label: '事项' }),
    date: v.date({ label: '日期' }),
    place: v.string({ min: 1, max: 60, label: '地点' }),
    content: v.string({ min: 1, max: 1000, label: '谈话或走访内容' }),
    followUp: v.nullable(v.string({ max: 500, label: '后续跟进' }))
  }),
  async handler(input, { db, openid, now }): Promise<CareApi['record']['res']> {
    const caller = await requireCaller(db, openid)
    const member = await loadMember(db, input.memberId)
    if (!onBranchCommittee(caller, member)) throw notFound(NOT_FOUND_MEMBER)
    if (member._id === caller.memberId) throw forbidden('不能为自己记录谈话或走访')
    if (input.date > cstDate(now)) throw invalidInput('日期不能晚于今天')
    const { occasions } = await occasionsFor(db, careOrgOf(member))
    const occasion = occasions.find((o) => o.id === input.occasionId && o.kind === input.kind)
    if (!occasion) throw new AppError('UNKNOWN_OCCASION', '请从本党委的“六必谈”“五必访”事项中选择')
    const doc: Omit<CareRecordDoc, '_id'> = {
      memberId: member._id,
      orgId: careOrgOf(member),
      kind: input.kind,
      occasionId: occasion.id,
      occasionName: occasion.name,
      date: input.date,
      place: input.place,
      content: input.content,
      followUp: input.followUp || null,
      by: caller.memberId,
      at: now
    }
    const { _id } = (await db.collection('careRecords').add({ data: doc })) as { _id: string }
    const [out] = await toRecords(db, [{ _id, ...doc }])
    return out
  }
})

export const records = action({
  schema: v.object({ memberId: memberId() }),
  async handler(input, { db, openid }): Promise<CareApi['records']['res']> {
    const caller = await requireCaller(db, openid)
    const member = await loadMember(db, input.memberId)
    const committee = onBranchCommittee(caller, member)
    const allowed = caller.memberId === member._id || committee || (await staffOf(db, caller, careOrgOf(member)))
    if (!allowed) throw notFound(NOT_FOUND_MEMBER)
    const canRecord = committee && caller.memberId !== member._id
    const canFlag = canRecord && isBranchSecretary(caller, careOrgOf(member))
    const flag = committee ? await getOrNull(db, 'careFlags', member._id) : null
    return {
      memberName: member.name,
      records: await toRecords(db, await findAll(db, 'careRecords', { memberId: member._id })),
      canRecord,
      occasions: canRecord ? (await occasionsFor(db, careOrgOf(member))).occasions : [],
      canFlag,
      hardship: flag ? { note: flag.note, since: new Date(flag.since).toISOString() } : null
    }
  }
})

export const setHardship = action({
  schema: v.object({
    memberId: memberId(),
    hardship: v.boolean({ label: '是否困难' }),
    note: v.nullable(v.string({ max: 200, label: '困难情况' }))
  }),
  async handler(input, { db, openid, now }): Promise<CareApi['setHardship']['res']> {
    const caller = await requireCaller(db, openid)
    const member = await loadMember(db, input.memberId)
    if (!onBranchCommittee(caller, member)) throw notFound(NOT_FOUND_MEMBER)
    if (!isBranchSecretary(caller, careOrgOf(member))) throw forbidden('只有支部书记可以标记生活困难')
    if (input.hardship) {
      await db
        .collection('careFlags')
        .doc(member._id)
        .set({ data: { hardship: true, note: input.note || null, since: now, by: caller.memberId } })
    } else {
      await db.collection('careFlags').where({ _id: member._id }).remove()
    }
    return { memberId: member._id, hardship: input.hardship }
  }
})
