// Stations: a named place of an org (meeting room, depot, 红色驿站) with an optional location.
// Organisers of the org save and list them; an activity of the org or of one of its party groups uses them.
import crypto from 'node:crypto'
import type { Station } from '@shared/checkin/api'
import { requireCaller } from '@server/auth'
import { findIn, getOrNull } from '@server/db'
import { canOrganise } from '@shared/checkin/eligibility'
import { forbidden, notFound } from '@server/errors'
import { action } from '@server/router'
import { v } from '@server/validate'
import { loadOrg } from './common'
import type { StationDoc } from '@server/model'
import { organisedOrgs } from './activities'
import { id, latLng } from './schemas'

const toStation = (s: StationDoc): Station => ({ _id: s._id, orgId: s.orgId, name: s.name, location: s.location ?? null })

export const saveStation = action({
  schema: v.object({
    _id: v.optional(id('站点编号')),
    orgId: id('组织编号'),
    name: v.string({ min: 1, max: 40, label: '站点名称' }),
    location: v.optional(v.nullable(latLng('站点位置')))
  }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!canOrganise(caller.roles, org)) throw forbidden('只有该组织的书记、副书记、支委可以管理签到站点')
    const location = input.location ? { lat: input.location.lat, lng: input.location.lng } : null
    if (input._id) {
      const existing = await getOrNull(db, 'stations', input._id)
      if (!existing) throw notFound('该签到站点不存在')
      if (existing.orgId !== org._id) throw forbidden('站点不能移到另一个组织')
      await db
        .collection('stations')
        .doc(existing._id)
        .update({ data: { name: input.name, location, updatedAt: now } })
      return { station: toStation({ ...existing, name: input.name, location }) }
    }
    const doc: StationDoc = {
      _id: `s_${crypto.randomBytes(8).toString('hex')}`,
      orgId: org._id,
      name: input.name,
      location,
      createdBy: caller.memberId,
      createdAt: now,
      updatedAt: now
    }
    await db.collection('stations').add({ data: doc })
    return { station: toStation(doc) }
  }
})

export const listStations = action({
  schema: v.object({ orgId: v.optional(id('组织编号')) }),
  async handler(input, { db, openid }) {
    const caller = await requireCaller(db, openid)
    let orgIds: string[]
    if (input.orgId) {
      const org = await loadOrg(db, input.orgId)
      if (!canOrganise(caller.roles, org)) throw forbidden('只能查看你所组织的签到站点')
      // A party group's activities may use its branch's stations.
      orgIds = org.kind === 'group' && org.parentId ? [org._id, org.parentId] : [org._id]
    } else {
      orgIds = (await organisedOrgs(db, caller.roles)).map((o) => o._id)
    }
    const stations = await findIn(db, 'stations', 'orgId', orgIds)
    stations.sort((a, b) => a.orgId.localeCompare(b.orgId) || a.name.localeCompare(b.name, 'zh-Hans-CN'))
    return { stations: stations.map(toStation) }
  }
})
