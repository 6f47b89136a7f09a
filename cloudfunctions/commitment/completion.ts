// Completion per branch for committee staff: members assessed there, cards approved, self-checks
// accepted for the last window that has opened (the committee's latest template's windows).
import type { CommitmentApi, CompletionRow } from '@shared/commitment/api'
import { currentOrLastWindow } from '@shared/commitment/windows'
import { cardYearOf } from '@shared/commitment/year'
import { requireCaller } from '@server/auth'
import { findAll } from '@server/db'
import { forbidden } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { latestTemplate } from './access'
import { year } from './schemas'

export const completion = action({
  schema: v.object({ year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['completion']['res']> {
    const caller = await requireCaller(db, openid)
    const committeeId = caller.roles.find((r) => r.role === 'staff')?.orgId
    if (!committeeId) throw forbidden('仅党委（党群工作部）工作人员可以查看完成情况')
    const y = input.year ?? cardYearOf(now)
    const orgs = await findAll(db, 'orgs', {}, { field: { name: true, kind: true, parentId: true } })
    // The committee's tree, then its orgs that assess members (not party groups).
    const inTree = new Set([committeeId])
    for (let grew = true; grew; ) {
      grew = false
      for (const o of orgs) {
        if (o.parentId && inTree.has(o.parentId) && !inTree.has(o._id)) {
          inTree.add(o._id)
          grew = true
        }
      }
    }
    const branches = orgs.filter((o) => inTree.has(o._id) && o._id !== committeeId && o.kind !== 'group')
    const _ = db.command
    const ids = branches.map((b) => b._id)
    const members = await findAll(db, 'members', { assessingOrgId: _.in(ids) }, { field: { assessingOrgId: true } })
    const cards = await findAll(db, 'commitmentCards', { orgId: _.in(ids), year: y }, { field: { orgId: true, approvedVersion: true } })
    const window = currentOrLastWindow(y, (await latestTemplate(db, committeeId)).checkWindow, now)
    const checks = window
      ? await findAll(
          db,
          'commitmentChecks',
          { orgId: _.in(ids), year: y, quarter: window.quarter, status: 'accepted' },
          { field: { orgId: true } }
        )
      : []
    const rows: CompletionRow[] = branches.map((b) => ({
      orgId: b._id,
      orgName: b.name,
      members: members.filter((m) => m.assessingOrgId === b._id).length,
      approved: cards.filter((c) => c.orgId === b._id && c.approvedVersion !== null).length,
      checksAccepted: checks.filter((c) => c.orgId === b._id).length
    }))
    return { year: y, rows: rows.filter((r) => r.members > 0).sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh')) }
  }
})
