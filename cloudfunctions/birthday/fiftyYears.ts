// fiftyYears (committee staff): the 光荣在党50年 list of a year at a cut-off (default this CST year and
// 1 July), over the members of the staff's committee; members without dates listed apart.
import { fiftyYearsList, isCutoff, MISSING_DATES_LABEL } from '@shared/birthday/fiftyYears'
import { FIFTY_YEARS_CUTOFF } from '@shared/member/politicalAge'
import { cstYmd } from '@shared/core/time'
import { requireCaller, requireStaff } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findIn } from '@server/db'
import { invalidInput } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'

/** Every org under a committee (the committee included): a breadth-first walk by parentId. */
async function subtree(db: Database, committeeId: string): Promise<string[]> {
  const out = [committeeId]
  for (let i = 0; i < out.length && out.length < 5000; i++) {
    for (const o of await findAll(db, 'orgs', { parentId: out[i] }, { field: { _id: true } })) out.push(o._id)
  }
  return out
}

export const fiftyYears = action({
  schema: v.object({
    year: v.optional(v.int({ min: 1950, max: 2100, label: '年度' })),
    cutoff: v.optional(v.string({ min: 5, max: 5, label: '截止日期' }))
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    const cutoff = input.cutoff ?? FIFTY_YEARS_CUTOFF
    if (!isCutoff(cutoff)) throw invalidInput('截止日期格式应为 MM-DD', [{ path: 'cutoff', message: '截止日期格式应为 MM-DD' }])
    const committees = [...new Set(caller.roles.filter((r) => r.role === 'staff').map((r) => r.orgId))]
    const orgIds = (await Promise.all(committees.map((c) => subtree(db, c)))).flat()
    const members = await findIn(db, 'members', 'homeOrgId', orgIds)
    const list = fiftyYearsList(
      members.map((m) => ({
        _id: m._id,
        name: m.name,
        partyStatus: m.partyStatus,
        joinedAt: m.joinedAt ?? null,
        fullAt: m.fullAt ?? null,
        homeOrgId: m.homeOrgId,
        assessingOrgId: m.assessingOrgId
      })),
      input.year ?? cstYmd(now).y,
      cutoff
    )
    return { ...list, missingLabel: MISSING_DATES_LABEL }
  }
})
