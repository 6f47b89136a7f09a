// 我的考评 in one call: every period the caller may see, newest first, each with what the caller does or
// gets there — rating tasks while rating (and a committee member's organisation ratings while a closed
// period waits for them), the caller's own result once published. (It took one call per period.)
import type { MyPeriod } from '@shared/assessment/api'
import { disclosedResult } from '@shared/assessment/disclosure'
import { orgCatchUp } from '@shared/assessment/ratingWindow'
import { onCommitteeOf } from '@shared/member/roles'
import { requireCaller } from '@server/auth'
import { findByIds } from '@server/db'
import { action } from '@server/router'
import { v } from '@server/validate'
import { ms, toPeriod } from './access'
import { myTargets } from './rating'
import { visiblePeriods } from './visible'

export const myPeriods = action({
  schema: v.object({}),
  async handler(_input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const docs = (await visiblePeriods(db, caller)).sort((a, b) => ms(b.openedAt) - ms(a.openedAt))
    const published = docs.filter((p) => p.status === 'published' && p.memberIds.includes(caller.memberId))
    const results = await findByIds(
      db,
      'results',
      published.map((p) => `${p._id}:${caller.memberId}`)
    )
    const periods: MyPeriod[] = []
    for (const p of docs) {
      const period = toPeriod(p)
      const desk = onCommitteeOf(caller.roles, p.orgId)
      let targets: MyPeriod['targets'] = null
      if (p.status === 'rating') targets = await myTargets(db, caller, p)
      // Closed before every organisation rating: the committee completes its own until compute.
      else if (desk && orgCatchUp(period)) targets = (await myTargets(db, caller, p)).filter((t) => t.source === 'org')
      const r = results.get(`${p._id}:${caller.memberId}`)
      periods.push({ period, desk, targets, result: r ? disclosedResult(r) : null })
    }
    return { periods }
  }
})
