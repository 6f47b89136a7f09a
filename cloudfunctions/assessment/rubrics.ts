// Rubrics: versioned per committee. Saving makes `<committeeId>:v<n+1>`; versions never change, so a
// period that froze one keeps its rules. Until staff save one, the shipped default applies.
import type { Rubric, RubricInput } from '@shared/assessment/api'
import { requireCaller, type Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findFirst, getOrNull, isDuplicateKeyError } from '@server/db'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { validateRubric } from '@shared/assessment/rubric'
import { AppError, conflict, forbidden, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { callerCommittees, committeeOf, staffCommittee, staffCommittees } from './access'
import type { RubricDoc } from '@server/model'
import { id, rubricSchema } from './schemas'
import { visiblePeriods } from './visible'

export const defaultRubric = (orgId: string): Rubric => ({
  ...(JSON.parse(JSON.stringify(DEFAULT_RUBRIC)) as RubricInput),
  _id: 'default',
  orgId,
  version: 0,
  createdAt: null,
  createdBy: null
})

export function toRubric(d: RubricDoc): Rubric {
  const at = d.createdAt as unknown
  return { ...d, createdAt: at instanceof Date ? at.toISOString() : (at as string | null) }
}

export async function latestRubric(db: Database, committeeId: string): Promise<RubricDoc | null> {
  return findFirst(db, 'rubrics', { orgId: committeeId }, { field: 'version', order: 'desc' })
}

/** The caller's committee: the one they are staff of, else the one above their assessing org. */
async function callerCommittee(db: Database, caller: Caller): Promise<string | null> {
  const staff = staffCommittees(caller)
  if (staff.length) return staff[0]
  const member = caller.member
  const org = await getOrNull(db, 'orgs', member.assessingOrgId)
  return org ? committeeOf(db, org) : null
}

export function assertRubric(input: RubricInput): void {
  const issues = validateRubric(input)
  if (issues.length) throw new AppError('RUBRIC_INVALID', `考核细则不正确：${issues[0].message}`, issues)
}

/** Saves the next version (a concurrent save of the same version loses with CONFLICT). */
export async function saveVersion(db: Database, committeeId: string, input: RubricInput, by: string, now: Date): Promise<Rubric> {
  const latest = await latestRubric(db, committeeId)
  const version = (latest?.version ?? 0) + 1
  const doc: RubricDoc = {
    ...input,
    _id: `${committeeId}:v${version}`,
    orgId: committeeId,
    version,
    createdAt: now as unknown as string,
    createdBy: by
  }
  try {
    await db.collection('rubrics').add({ data: doc })
  } catch (e) {
    if (isDuplicateKeyError(e)) throw conflict('细则刚被他人修改，请刷新后重试')
    throw e
  }
  return toRubric(doc)
}

export const getRubric = action({
  schema: v.object({ rubricId: v.optional(v.string({ min: 1, max: 64, label: '细则编号', pattern: /^[0-9A-Za-z_:.-]+$/ })) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    if (input.rubricId && input.rubricId !== 'default') {
      const d = await getOrNull(db, 'rubrics', input.rubricId)
      if (!d) throw notFound('该考核细则不存在')
      // Members of the committee's tree; and whoever sees a period that froze it (a home-org secretary, 双重管理).
      const mine = (await callerCommittees(db, caller)).has(d.orgId) || (await visiblePeriods(db, caller)).some((p) => p.rubricId === d._id)
      if (!mine) throw forbidden('只能查看本党委的考核细则')
      return { rubric: toRubric(d) }
    }
    const committeeId = await callerCommittee(db, caller)
    if (!committeeId) return { rubric: defaultRubric('') }
    const latest = await latestRubric(db, committeeId)
    return { rubric: latest ? toRubric(latest) : defaultRubric(committeeId) }
  }
})

export const listRubrics = action({
  schema: v.object({ committeeId: v.optional(id('党委编号')) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    const committeeId = staffCommittee(caller, input.committeeId, '仅党委（党群工作部）工作人员可以查看细则版本')
    const docs = await findAll(db, 'rubrics', { orgId: committeeId })
    return { rubrics: docs.sort((a, b) => b.version - a.version).map(toRubric) }
  }
})

export const saveRubric = action({
  schema: v.object({ rubric: rubricSchema, committeeId: v.optional(id('党委编号')) }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const committeeId = staffCommittee(caller, input.committeeId, '仅党委（党群工作部）工作人员可以修改考核细则')
    assertRubric(input.rubric)
    return { rubric: await saveVersion(db, committeeId, input.rubric, caller.memberId, now) }
  }
})
