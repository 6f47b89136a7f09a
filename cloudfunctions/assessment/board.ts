// Reading results: the published board 评比台, one member's detail (never who rated what), the
// committee overview, the xlsx export and the audit log.
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import { FLAG_LABEL, FLAGS, type BranchOverview, type FlagCounts, type MemberResult } from '@shared/assessment/api'
import { requireCaller } from '@server/auth'
import { hasRole } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { findAll, findByIds, findIn, getOrNull } from '@server/db'
import { auditMemberIds } from '@shared/assessment/audit'
import { averagesOf } from '@shared/assessment/compute'
import { disclosedResult } from '@shared/assessment/disclosure'
import { forbidden, notFound } from '@server/errors'
import type { ObjectionDoc, OrgDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { canManage, canReview, isStaffOf, loadPeriod, loadVisiblePeriod, ms, staffCommittee, toPeriod } from './access'
import { loadResults } from './compute'
import { loadRubricOf, periodState } from './periods'
import { toRubric } from './rubrics'
import { id, memberId, periodId } from './schemas'
import { toTalk } from './talks'

export function flagCounts(results: Array<Pick<MemberResult, 'flag'>>): FlagCounts {
  const out: FlagCounts = { red: 0, yellow: 0, blue: 0, grey: 0 }
  for (const r of results) out[r.flag]++
  return out
}

export const board = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadVisiblePeriod(db, caller, input.periodId, '只能查看本支部的评比台')
    if (p.status !== 'published') throw periodState(p, '考核结果尚未发布')
    const list = await loadResults(db, p)
    return {
      period: toPeriod(p),
      entries: list.map((r) => ({ memberId: r.memberId, name: r.name, total: r.total, flag: r.flag, rank: r.rank })),
      flags: flagCounts(list)
    }
  }
})

export const memberResult = action({
  schema: v.object({ periodId: periodId(), memberId: v.optional(memberId()) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    const target = input.memberId ?? caller.memberId
    // Permission before membership: NOT_FOUND vs FORBIDDEN must not tell a stranger who is in the period.
    const published = p.status === 'published'
    let allowed = canReview(caller, p)
    if (!allowed && published) {
      if (target === caller.memberId) allowed = true
      else {
        const m = await getOrNull(db, 'members', target)
        allowed = !!m && m.homeOrgId !== p.orgId && hasRole(caller.roles, m.homeOrgId, ['secretary'])
      }
    }
    if (!allowed) throw target === caller.memberId ? periodState(p, '考核结果尚未发布') : forbidden('你不能查看这位党员的考核结果')
    if (!p.memberIds.includes(target)) throw notFound('该党员不在这个考核期内')
    const result = await getOrNull(db, 'results', `${p._id}:${target}`)
    if (!result) throw notFound('考核结果尚未计算')
    const rubric = await loadRubricOf(db, p)
    const all = await findAll(db, 'results', { periodId: p._id }, { field: { aspects: true } })
    const objection = await getOrNull(db, 'objections', `${p._id}:${target}`)
    const talk = await getOrNull(db, 'talks', `${p._id}:${target}`)
    return {
      period: toPeriod(p),
      rubric: toRubric(rubric),
      result: disclosedResult(result),
      averages: averagesOf(rubric, all),
      objection: objection ? toObjection(objection) : null,
      talk: talk ? toTalk(talk, now) : null
    }
  }
})

export function toObjection(o: ObjectionDoc): ObjectionDoc {
  const iso = (x: unknown) => (x ? new Date(x as string).toISOString() : null)
  return { ...o, filedAt: new Date(o.filedAt).toISOString(), answeredAt: iso(o.answeredAt) }
}

/** Branch-like orgs under a committee (two levels: branches and the branches of a general branch). */
async function branchesOf(db: Database, committeeId: string): Promise<OrgDoc[]> {
  const first = await findAll(db, 'orgs', { parentId: committeeId })
  const second = await findIn(
    db,
    'orgs',
    'parentId',
    first.filter((o) => o.kind === 'generalBranch').map((o) => o._id)
  )
  return [...first, ...second].filter((o) => ['branch', 'jointBranch', 'generalBranch'].includes(o.kind))
}

export const overview = action({
  schema: v.object({ name: v.optional(v.string({ min: 1, max: 30, label: '考核期名称' })), committeeId: v.optional(id('党委编号')) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const committeeId = staffCommittee(caller, input.committeeId, '仅党委（党群工作部）工作人员可以查看全委概况')
    const periods = await findAll(db, 'periods', { committeeId })
    periods.sort((a, b) => ms(b.openedAt) - ms(a.openedAt))
    const names = [...new Set(periods.map((p) => p.name))]
    const name = input.name ?? names[0] ?? null
    const chosen = periods.filter((p) => p.name === name)
    const published = chosen.filter((p) => p.status === 'published')
    const results = await findIn(
      db,
      'results',
      'periodId',
      published.map((p) => p._id)
    )
    const orgs = await branchesOf(db, committeeId)
    const branches: BranchOverview[] = orgs.map((o) => {
      const p = chosen.find((x) => x.orgId === o._id) ?? null
      const flags = flagCounts(p?.status === 'published' ? results.filter((r) => r.periodId === p._id) : [])
      return { orgId: o._id, orgName: o.name, period: p ? { _id: p._id, status: p.status, memberCount: p.memberIds.length } : null, flags }
    })
    const totals: FlagCounts = { red: 0, yellow: 0, blue: 0, grey: 0 }
    for (const b of branches) for (const f of FLAGS) totals[f] += b.flags[f]
    return { name, names, branches, totals }
  }
})

export const exportResults = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (!canManage(caller, p) && !isStaffOf(caller, p.committeeId)) throw forbidden('只有支部书记和党委工作人员可以导出考核结果')
    const rubric = await loadRubricOf(db, p)
    const list = await loadResults(db, p)
    if (!list.length) throw notFound('考核结果尚未计算')
    const header = [
      '排名',
      '姓名',
      '总分',
      '等次',
      ...rubric.aspects.map((a) => `${a.name}（${a.items.reduce((s, i) => s + i.max, 0)}）`),
      '加分',
      '否决项'
    ]
    const rows = list.map((r) => [
      r.rank,
      r.name,
      r.total,
      FLAG_LABEL[r.flag],
      ...rubric.aspects.map((a) => r.aspects.find((x) => x.aspectId === a.id)?.score ?? 0),
      r.bonus,
      r.vetoes.join('、')
    ])
    const data: SheetData = [
      header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...rows.map((row) => row.map((value) => ({ value })))
    ]
    const buffer = await writeXlsxFile(data, { sheet: '考核结果' }).toBuffer()
    return {
      fileName: `${p.orgName}-${p.name}-量化考核结果.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: buffer.toString('base64'),
      rowCount: rows.length,
      bytes: buffer.length
    }
  }
})

export const auditLog = action({
  schema: v.object({ periodId: periodId() }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const p = await loadPeriod(db, input.periodId)
    if (!canManage(caller, p) && !isStaffOf(caller, p.committeeId)) throw forbidden('只有支部书记和党委工作人员可以查看考核日志')
    const docs = await findAll(db, 'assessmentAudit', { periodId: p._id }, { max: 200_000 })
    docs.sort((a, b) => ms(a.at) - ms(b.at) || a._id.localeCompare(b._id))
    // Names, so the log reads 李书记 rather than m03 (the secretary and staff see these members anyway).
    const members = await findByIds(db, 'members', auditMemberIds(docs))
    const names: Record<string, string> = {}
    for (const m of members.values()) names[m._id] = m.name
    return { entries: docs.map((d) => ({ ...d, at: new Date(d.at).toISOString() })), names }
  }
})
