// The wall 亮承诺: the approved, not withdrawn cards of an org, for its members in the app (wall) and for
// anyone holding the org's public link (publicWall, no account). One read of the cards, the members'
// names and posts, and the accepted self-checks; each card goes through wallCard (shared/commitment/wall.ts),
// which copies the public fields one by one: phone, ID number, home village, notes and photos never leave.
import crypto from 'node:crypto'
import { type CommitmentApi, type Wall, X_SECTION } from '@shared/commitment/api'
import { postOf, wallCard } from '@shared/commitment/wall'
import { cardYearOf } from '@shared/commitment/year'
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { findAll, findByIds, getOrNull, isDuplicateKeyError } from '@server/db'
import { forbidden, notFound } from '@server/errors'
import type { OrgDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { committeeOf, isCommitteeOf, isStaffOf, loadOrg, templateOf } from './access'
import { orgId, year } from './schemas'

export const X_SECTION_NAME = '组织任务（X）'
export const PUBLIC_WALL_PAGE = 'commitment/pages/public/index'

export async function buildWall(db: Database, org: OrgDoc, y: number): Promise<Wall> {
  const cards = (await findAll(db, 'commitmentCards', { orgId: org._id, year: y, withdrawn: null })).filter(
    (c) => c.approvedVersion !== null && c.approvedItems
  )
  const members = await findByIds(
    db,
    'members',
    cards.map((c) => c.memberId)
  )
  const checks = await findAll(
    db,
    'commitmentChecks',
    { orgId: org._id, year: y, status: 'accepted' },
    { field: { cardId: true, quarter: true, entries: true } }
  )
  const committeeId = await committeeOf(db, org)
  const templateIds = [...new Set(cards.map((c) => c.templateId))]
  const templates = await Promise.all(templateIds.map((id) => templateOf(db, id, committeeId)))
  const sections = new Map<string, string>()
  for (const t of templates) for (const s of t.sections) if (!sections.has(s.id)) sections.set(s.id, s.name)
  sections.set(X_SECTION, X_SECTION_NAME)
  return {
    orgId: org._id,
    orgName: org.name,
    year: y,
    sections: [...sections].map(([id, name]) => ({ id, name })),
    cards: cards
      .map((c) => {
        const m = members.get(c.memberId)
        return wallCard({
          cardId: c._id,
          name: m?.name ?? c.memberName,
          post: m ? postOf(m, org._id) : '党员',
          approvedItems: c.approvedItems ?? [],
          approvedAt: c.approvedAt ?? c.updatedAt,
          accepted: checks.filter((k) => k.cardId === c._id).map((k) => ({ quarter: k.quarter, entries: k.entries }))
        })
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  }
}

export const wall = action({
  schema: v.object({ orgId: v.optional(orgId()), year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['wall']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId ?? caller.member.assessingOrgId)
    const m = caller.member
    const ofOrg =
      m.assessingOrgId === org._id ||
      (m.activeOrgIds ?? []).includes(org._id) ||
      caller.roles.some((r) => r.orgId === org._id) ||
      isStaffOf(caller, await committeeOf(db, org))
    if (!ofOrg) throw forbidden('只能查看本支部的承诺墙；群众请通过支部公开的链接查看')
    return buildWall(db, org, input.year ?? cardYearOf(now))
  }
})

export const publicWall = action({
  auth: 'none',
  schema: v.object({ token: v.string({ min: 16, max: 64, label: '链接', pattern: /^[A-Za-z0-9_-]+$/ }) }),
  async handler(input, { db, now }): Promise<CommitmentApi['publicWall']['res']> {
    const links = await findAll(db, 'commitmentWallLinks', { token: input.token }, { max: 1 })
    if (!links.length) throw notFound('该承诺墙链接无效或已失效')
    const org = await getOrNull(db, 'orgs', links[0]._id)
    if (!org) throw notFound('该承诺墙链接无效或已失效')
    const w = await buildWall(db, org, cardYearOf(now))
    // Without an account the card ids (which carry member ids) are replaced by positions.
    return { ...w, cards: w.cards.map((c, i) => ({ ...c, cardId: `c${i + 1}` })) }
  }
})

export const wallLink = action({
  schema: v.object({ orgId: orgId() }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['wallLink']['res']> {
    const caller = await requireCaller(db, openid)
    const org = await loadOrg(db, input.orgId)
    if (!isCommitteeOf(caller, org._id)) throw forbidden('只有该支部的书记、副书记、支委可以获取承诺墙公开链接')
    let link = await getOrNull(db, 'commitmentWallLinks', org._id)
    if (!link) {
      const token = crypto.randomBytes(18).toString('base64url')
      try {
        await db.collection('commitmentWallLinks').add({
          data: { _id: org._id, token, createdBy: caller.memberId, createdAt: now.toISOString() }
        })
      } catch (e) {
        if (!isDuplicateKeyError(e)) throw e
      }
      link = await getOrNull(db, 'commitmentWallLinks', org._id)
    }
    if (!link) throw notFound('承诺墙链接生成失败，请重试')
    return { token: link.token, path: `${PUBLIC_WALL_PAGE}?token=${link.token}` }
  }
})
