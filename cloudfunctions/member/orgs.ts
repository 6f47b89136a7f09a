// orgTree (any bound member) and saveOrg (committee staff).
import crypto from 'node:crypto'
import type { Org } from '@shared/member/api'
import { requireCaller, requireStaff } from '@server/auth'
import { findAll } from '@server/db'
import { checkOrgSave } from '@shared/member/orgRules'
import { conflict, invalidInput, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { toOrg } from './present'

const KINDS = ['committee', 'generalBranch', 'branch', 'jointBranch', 'group'] as const

export const orgTree = action({
  schema: v.object({}),
  async handler(_input, { db, openid }): Promise<{ orgs: Org[] }> {
    await requireCaller(db, openid)
    const orgs = await findAll(db, 'orgs')
    return { orgs: orgs.map(toOrg) }
  }
})

export const saveOrg = action({
  schema: v.object({
    org: v.object(
      {
        _id: v.optional(
          v.string({
            min: 1,
            max: 64,
            pattern: /^[A-Za-z0-9_-]+$/,
            label: '组织编号',
            patternMessage: '组织编号只能含字母、数字、下划线和连字符'
          })
        ),
        name: v.string({ min: 1, max: 50, label: '组织名称' }),
        kind: v.enum(KINDS, { label: '组织类型' }),
        parentId: v.nullable(v.string({ min: 1, max: 64, label: '上级组织' })),
        external: v.optional(v.boolean({ label: '是否外部组织' }))
      },
      { label: '组织' }
    )
  }),
  async handler(input, { db, openid, now }): Promise<{ org: Org }> {
    const caller = await requireCaller(db, openid)
    requireStaff(caller)
    const all = (await findAll(db, 'orgs')).map((o) => ({ ...o, external: !!o.external }))
    const existing = input.org._id ? all.find((o) => o._id === input.org._id) : undefined
    if (input.org._id && !existing) throw notFound('要修改的组织不存在')
    const org: Org = {
      _id: existing?._id ?? `o_${crypto.randomBytes(6).toString('hex')}`,
      name: input.org.name,
      kind: input.org.kind,
      parentId: input.org.parentId,
      external: input.org.external ?? existing?.external ?? false
    }
    const reason = checkOrgSave(org, all)
    if (reason) throw invalidInput(reason, [{ path: 'org', message: reason }])

    if (existing && (existing.kind !== org.kind || existing.external !== org.external)) {
      const _ = db.command
      const users = await findAll(
        db,
        'members',
        _.or([
          { activeOrgIds: org._id },
          { assessingOrgId: org._id },
          { homeOrgId: org._id },
          { groupId: org._id },
          { roles: _.elemMatch({ orgId: org._id }) }
        ])
      )
      if (users.length) throw conflict('已有党员或角色关联该组织，不能修改其类型或内外部属性')
    }

    const data = { name: org.name, kind: org.kind, parentId: org.parentId, external: org.external, updatedAt: now }
    if (existing) await db.collection('orgs').doc(org._id).update({ data })
    else await db.collection('orgs').add({ data: { _id: org._id, ...data, createdAt: now } })
    return { org }
  }
})
