// Reading: a suggestion, the lists (mine, my branch's, my peers', my dispatched members'), the branch's
// figures per category. Lists show only what the caller may read (shared/voice/access.ts).
import { cstYmd } from '@shared/core/time'
import type { VoiceApi } from '@shared/voice/api'
import { canRead } from '@shared/voice/access'
import { overdueOf } from '@shared/voice/rules'
import { statsRows } from '@shared/voice/stats'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'
import { type Caller, requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn } from '@server/db'
import { forbidden } from '@server/errors'
import type { SuggestionDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { loadReadable, toDetail, toSummaries, viewerOf } from './common'
import { listSchema, orgId, suggestionId, year } from './schemas'

export const LIST_MAX = 200

/** Orgs where the caller sits on the committee (secretary, deputy, committee member). */
const committeeOrgIds = (c: Caller) => [...new Set(c.roles.filter((r) => BRANCH_COMMITTEE_ROLES.includes(r.role)).map((r) => r.orgId))]

async function orgOptions(db: Database, ids: string[]) {
  const orgs = await findByIds(db, 'orgs', ids)
  return ids.map((id) => ({ _id: id, name: orgs.get(id)?.name ?? id }))
}

const newestFirst = (a: SuggestionDoc, b: SuggestionDoc) => new Date(b.submittedAt).getTime() - new Date(a.submittedAt).getTime()

export const get = action({
  schema: v.object({ id: suggestionId() }),
  async handler(input, { db, openid, now }): Promise<VoiceApi['get']['res']> {
    const caller = await requireCaller(db, openid)
    const { doc, viewer } = await loadReadable(db, caller, input.id)
    return toDetail(db, doc, viewer, now)
  }
})

export const list = action({
  schema: listSchema,
  async handler(input, { db, openid, now }): Promise<VoiceApi['list']['res']> {
    const caller = await requireCaller(db, openid)
    const viewer = viewerOf(db, caller)
    let docs: SuggestionDoc[] = []
    let orgs: Array<{ _id: string; name: string }> = []
    let chosen: string | null = null
    if (input.scope === 'mine') {
      docs = await findAll(db, 'suggestions', { memberId: caller.memberId })
    } else if (input.scope === 'branch' || input.scope === 'home') {
      const ids = committeeOrgIds(caller)
      if (!ids.length) throw forbidden('只有支部的书记、副书记、支委可以查看')
      chosen = input.orgId ?? ids[0]
      if (!ids.includes(chosen)) throw forbidden('你不在该组织的支委会中')
      orgs = await orgOptions(db, ids)
      docs =
        input.scope === 'branch'
          ? await findAll(db, 'suggestions', { orgId: chosen })
          : (await findIn(db, 'suggestions', 'homeOrgId', [chosen])).filter((d) => d.orgId !== d.homeOrgId)
    } else {
      const mine = [caller.member.assessingOrgId, ...(caller.member.activeOrgIds ?? [])].filter(Boolean)
      chosen = input.orgId ?? caller.member.assessingOrgId ?? null
      if (!chosen || !mine.includes(chosen)) throw forbidden('只能查看自己所在组织的建议')
      orgs = await orgOptions(db, [...new Set(mine)])
      docs = (await findAll(db, 'suggestions', { orgId: chosen })).filter((d) => d.memberId !== caller.memberId)
    }
    const readable: SuggestionDoc[] = []
    for (const d of docs) if ((!input.status || d.status === input.status) && canRead(await viewer(d.orgId), d)) readable.push(d)
    readable.sort(newestFirst)
    return { items: await toSummaries(db, readable.slice(0, LIST_MAX), now), orgs, orgId: chosen }
  }
})

export const stats = action({
  schema: v.object({ orgId: v.optional(orgId()), year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<VoiceApi['stats']['res']> {
    const caller = await requireCaller(db, openid)
    const ids = committeeOrgIds(caller)
    const chosen = input.orgId ?? ids[0]
    if (!chosen) throw forbidden('只有支部的书记、副书记、支委或党委工作人员可以查看统计')
    const viewer = await viewerOf(db, caller)(chosen)
    if (!ids.includes(chosen) && !viewer.staffOfCommittee) throw forbidden('你不能查看该组织的统计')
    const y = input.year ?? cstYmd(now).y
    const docs = await findAll(db, 'suggestions', { orgId: chosen, year: y })
    const counted = docs.map((d) => ({
      category: d.category,
      status: d.status,
      moderation: d.moderation,
      overdue: overdueOf({ ...d, submittedAt: new Date(d.submittedAt), reopenedAt: d.reopenedAt ? new Date(d.reopenedAt) : null }, now)
    }))
    const orgs = await orgOptions(db, ids.includes(chosen) ? ids : [chosen, ...ids])
    return { orgId: chosen, orgName: orgs.find((o) => o._id === chosen)?.name ?? chosen, year: y, ...statsRows(counted), orgs }
  }
})
