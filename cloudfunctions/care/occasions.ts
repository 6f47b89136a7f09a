// The committee's lists of occasions 六必谈 / 五必访: read by anyone serving members, edited by committee staff.
import type { CareApi } from '@shared/care/api'
import { DEFAULT_OCCASIONS, MAX_OCCASIONS, occasionListProblem } from '@shared/care/occasions'
import { NO_CHECKIN_WEEKS, NO_CHECKIN_WEEKS_MAX, NO_CHECKIN_WEEKS_MIN } from '@shared/care/triggers'
import { onCommitteeOf } from '@shared/member/roles'
import { requireCaller, requireStaff } from '@server/auth'
import type { Database } from '@server/cloud'
import { getOrNull } from '@server/db'
import { forbidden, invalidInput } from '@server/errors'
import { committeeOf, loadOrg } from '@server/orgs'
import { action } from '@server/router'
import { v } from '@server/validate'
import { staffOf } from './access'
import { occasionSchema, orgId } from './schemas'

/** The list that applies to an org: its committee's, else the defaults. */
export async function occasionsFor(db: Database, org: string): Promise<CareApi['occasions']['res']> {
  const committeeId = await committeeOf(db, await getOrNull(db, 'orgs', org))
  const saved = committeeId ? await getOrNull(db, 'careOccasions', committeeId) : null
  return saved
    ? { occasions: saved.occasions, isDefault: false, committeeId, noCheckinWeeks: saved.noCheckinWeeks ?? NO_CHECKIN_WEEKS }
    : { occasions: [...DEFAULT_OCCASIONS], isDefault: true, committeeId, noCheckinWeeks: NO_CHECKIN_WEEKS }
}

export const occasions = action({
  schema: v.object({ orgId: orgId() }),
  async handler(input, { db, openid }): Promise<CareApi['occasions']['res']> {
    const caller = await requireCaller(db, openid)
    await loadOrg(db, input.orgId)
    if (!onCommitteeOf(caller.roles, input.orgId) && !(await staffOf(db, caller, input.orgId)))
      throw forbidden('只有该组织的支委或党委工作人员可以查看')
    return occasionsFor(db, input.orgId)
  }
})

export const saveOccasions = action({
  schema: v.object({
    occasions: v.array(occasionSchema, { max: MAX_OCCASIONS, label: '谈话走访事项' }),
    noCheckinWeeks: v.optional(v.int({ min: NO_CHECKIN_WEEKS_MIN, max: NO_CHECKIN_WEEKS_MAX, label: '未参加组织生活提醒周数' }))
  }),
  async handler(input, { db, openid, now }): Promise<CareApi['saveOccasions']['res']> {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    const committeeId = caller.roles.find((r) => r.role === 'staff')?.orgId as string
    const problem = occasionListProblem(input.occasions)
    if (problem) throw invalidInput(problem)
    const noCheckinWeeks = input.noCheckinWeeks ?? (await getOrNull(db, 'careOccasions', committeeId))?.noCheckinWeeks ?? NO_CHECKIN_WEEKS
    await db
      .collection('careOccasions')
      .doc(committeeId)
      .set({ data: { occasions: input.occasions, noCheckinWeeks, savedBy: caller.memberId, savedAt: now } })
    return { occasions: input.occasions, noCheckinWeeks }
  }
})
