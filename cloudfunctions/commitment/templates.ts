// The committee's card template, versioned like the rubric: saving makes `<committeeId>:v<n+1>`; a card
// keeps the version it started with. Staff edit it; any member reads the one their card uses.
import type { CardTemplate, CommitmentApi } from '@shared/commitment/api'
import { templateIssues } from '@shared/commitment/template'
import { requireCaller } from '@server/auth'
import { findAll, getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError, conflict, forbidden, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { committeeOf, latestTemplate } from './access'
import { templateSchema } from './schemas'

const staffOf = (roles: Array<{ orgId: string; role: string }>) => [...new Set(roles.filter((r) => r.role === 'staff').map((r) => r.orgId))]

export const getTemplate = action({
  schema: v.object({ templateId: v.optional(v.string({ min: 1, max: 80, label: '模板编号', pattern: /^[0-9A-Za-z_:.-]+$/ })) }),
  async handler(input, { db, openid }): Promise<CommitmentApi['getTemplate']['res']> {
    const caller = await requireCaller(db, openid)
    const staff = staffOf(caller.roles)
    const committeeId = staff[0] ?? (await committeeOf(db, await getOrNull(db, 'orgs', caller.member.assessingOrgId)))
    let template: CardTemplate
    if (input.templateId && input.templateId !== 'default') {
      const t = await getOrNull(db, 'commitmentTemplates', input.templateId)
      if (!t) throw notFound('承诺卡模板不存在')
      if (t.committeeId !== committeeId && !staff.includes(t.committeeId ?? '')) throw forbidden('只能查看本党委的承诺卡模板')
      template = t
    } else template = await latestTemplate(db, committeeId)
    const versions = staff.length && committeeId ? await findAll(db, 'commitmentTemplates', { committeeId }) : []
    return { template, versions: versions.sort((a, b) => b.version - a.version) }
  }
})

export const saveTemplate = action({
  schema: v.object({ template: templateSchema }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['saveTemplate']['res']> {
    const caller = await requireCaller(db, openid)
    const staff = staffOf(caller.roles)
    if (!staff.length) throw forbidden('仅党委（党群工作部）工作人员可以修改承诺卡模板')
    if (staff.length > 1) throw invalidInput('你是多个党委的工作人员，暂不支持在此修改模板')
    const issues = templateIssues(input.template)
    if (issues.length) throw new AppError('TEMPLATE_INVALID', `承诺卡模板不正确：${issues[0].message}`, issues)
    const committeeId = staff[0]
    const latest = await latestTemplate(db, committeeId)
    const version = latest.version + 1
    const doc: CardTemplate = {
      ...input.template,
      _id: `${committeeId}:v${version}`,
      committeeId,
      version,
      savedAt: now.toISOString(),
      savedBy: caller.memberId
    }
    try {
      await db.collection('commitmentTemplates').add({ data: doc })
    } catch (e) {
      if (isDuplicateKeyError(e)) throw conflict('模板刚被他人修改，请刷新后重试')
      throw e
    }
    return { template: doc }
  }
})
