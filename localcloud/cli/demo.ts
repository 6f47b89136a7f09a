// The demo organisation for npm start: seeded once into an empty store; its people listed for
// the dev sign-in (read from the data, so imported people appear too).
import crypto from 'node:crypto'
import type { Database } from '@server/cloud'
import type { BindingDoc, MemberDoc, OrgDoc } from '@server/model'
import type { LocalCloud } from '@localcloud/cloud'
import type { DevPerson } from '@localcloud/gateway/server'
import { SIGN_IN_ROLE_ORDER } from '@localcloud/seed/demo'
import type { EmploymentType, RoleGrant } from '@shared/member/api'
import { EMPLOYMENT_LABEL, ROLE_LABEL } from '@shared/member/labels'

/** Each listing offers a fresh, never-bound WeChat identity, so the bind flow can be tried again. */
export const newUserOpenid = () => `demo:new-${crypto.randomBytes(4).toString('hex')}`

function database(): Database {
  const cloud: typeof import('wx-server-sdk') = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  return cloud.database()
}

async function all<T>(db: Database, collection: string): Promise<T[]> {
  const out: T[] = []
  for (;;) {
    const { data } = (await db.collection(collection).skip(out.length).limit(1000).get()) as unknown as { data: T[] }
    out.push(...data)
    if (data.length < 1000) return out
  }
}

export function loadDemo() {
  return {
    /** Seeds the demo organisation when the store holds no members; true if it did. */
    async seedIfEmpty(cloud: LocalCloud): Promise<boolean> {
      if (cloud.store.count('members') > 0) return false
      const { seedDemo } = require('@localcloud/seed')
      await seedDemo(database(), new Date())
      return true
    },

    async people(_cloud: LocalCloud): Promise<DevPerson[]> {
      const db = database()
      const [members, orgs, bindings] = await Promise.all([
        all<MemberDoc>(db, 'members'),
        all<OrgDoc>(db, 'orgs'),
        all<BindingDoc>(db, 'bindings')
      ])
      const orgName = new Map(orgs.map((o) => [o._id, o.name]))
      const openidOf = new Map(bindings.map((b) => [b.memberId, b._id]))
      const people: DevPerson[] = []
      for (const m of members) {
        const openid = openidOf.get(m._id)
        if (!openid) continue
        const roles: RoleGrant[] = m.roles ?? []
        // The highest role's first grant.
        const top = SIGN_IN_ROLE_ORDER.map((r) => roles.find((g) => g.role === r)).find((g) => g !== undefined)
        const roleOrg = top ? top.orgId : m.assessingOrgId
        people.push({
          openid,
          memberId: m._id,
          name: m.name,
          orgId: roleOrg ?? null,
          orgName: orgName.get(roleOrg) ?? '',
          roleLabel: top ? ROLE_LABEL[top.role] : `党员 · ${EMPLOYMENT_LABEL[m.employment as EmploymentType] ?? ''}`,
          group: orgName.get(roleOrg) ?? '其他'
        })
      }
      people.push({
        openid: newUserOpenid(),
        memberId: null,
        name: '新微信用户（未绑定）',
        orgId: null,
        orgName: '',
        roleLabel: '尚未绑定',
        group: '未绑定'
      })
      return people
    }
  }
}
