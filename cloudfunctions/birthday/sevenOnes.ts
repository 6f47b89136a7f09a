// The 七个一 checklist: sevenOnes (read a member's sheet of a year: the member themself, the committee of
// the org that greets them, staff), markSevenOne (that committee ticks an item: who, when, a note),
// sevenOnesList / saveSevenOnesList (the committee's list; staff edit it). Decide, then record.
import type { SevenOnesSheet } from '@shared/birthday/api'
import { listProblem, markProblem, type SevenOneItem } from '@shared/birthday/sevenOnes'
import { cstDate, cstYmd } from '@shared/core/time'
import { requireCaller, requireStaff, type Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { getOrNull } from '@server/db'
import { AppError, forbidden } from '@server/errors'
import type { MemberDoc } from '@server/model'
import { action } from '@server/router'
import { id, v } from '@server/validate'
import { canKeepSevenOnes, committeeOfOrg, loadMember, sevenOnesListOf } from './access'

const year = () => v.int({ min: 2000, max: 2100, label: '年度' })

async function sheetOf(db: Database, m: MemberDoc, y: number): Promise<SevenOnesSheet> {
  const { items } = await sevenOnesListOf(db, await committeeOfOrg(db, m.assessingOrgId || m.homeOrgId))
  const doc = await getOrNull(db, 'sevenOnes', `${m._id}:${y}`)
  return { memberId: m._id, name: m.name, year: y, items, marks: doc?.marks ?? {} }
}

function requireReader(c: Caller, m: MemberDoc): void {
  if (c.memberId !== m._id && !canKeepSevenOnes(c, m)) throw forbidden('无权查看该党员的“七个一”')
}

export const sevenOnes = action({
  schema: v.object({ memberId: id('党员编号'), year: year() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const m = await loadMember(db, input.memberId)
    requireReader(caller, m)
    return sheetOf(db, m, input.year)
  }
})

export const markSevenOne = action({
  schema: v.object({
    memberId: id('党员编号'),
    year: year(),
    itemId: v.string({ min: 1, max: 24, label: '项目编号' }),
    done: v.boolean({ label: '是否完成' }),
    date: v.optional(v.nullable(v.date({ label: '完成日期' }))),
    note: v.optional(v.string({ max: 200, label: '备注' }))
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const m = await loadMember(db, input.memberId)
    if (!canKeepSevenOnes(caller, m)) throw forbidden('只有该党员所在支部的书记、副书记、支委可以登记“七个一”')
    const sheet = await sheetOf(db, m, input.year)
    const date = input.date ?? (input.done ? cstDate(now) : null)
    const problem = markProblem(sheet.items, input.itemId, input.year, date, cstDate(now))
    if (problem) throw new AppError('MARK_INVALID', problem)
    const mark = { itemId: input.itemId, done: input.done, date, note: input.note ?? '', by: caller.memberId, at: now.toISOString() }
    const marks = { ...sheet.marks, [input.itemId]: mark }
    await db
      .collection('sevenOnes')
      .doc(`${m._id}:${input.year}`)
      .set({ data: { memberId: m._id, orgId: m.assessingOrgId || m.homeOrgId, year: input.year, marks, updatedAt: now } })
    return { ...sheet, marks }
  }
})

export const sevenOnesList = action({
  schema: v.object({ committeeId: v.optional(id('党委编号')) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const committeeId = input.committeeId ?? (await committeeOfOrg(db, caller.member.assessingOrgId || caller.member.homeOrgId))
    if (!committeeId) throw new AppError('NOT_FOUND', '没有找到所属党委')
    return { committeeId, ...(await sevenOnesListOf(db, committeeId)) }
  }
})

export const saveSevenOnesList = action({
  schema: v.object({
    items: v.array(
      v.object({ id: v.string({ min: 1, max: 24, label: '项目编号' }), name: v.string({ min: 1, max: 30, label: '项目名称' }) }),
      { max: 20, label: '清单' }
    )
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    const committeeId = caller.roles.find((r) => r.role === 'staff')?.orgId as string
    const items: SevenOneItem[] = input.items.map((i) => ({ id: i.id, name: i.name }))
    const problem = listProblem(items)
    if (problem) throw new AppError('LIST_INVALID', problem)
    await db
      .collection('sevenOnesLists')
      .doc(committeeId)
      .set({ data: { items, savedBy: caller.memberId, savedAt: now, year: cstYmd(now).y } })
    return { committeeId, items, isDefault: false }
  }
})
