// Who may do what with a card. Roles come from the database (requireCaller), never from the event.
//   the member                       edits their own card (draft, submit, copy last year's), files self-checks
//   the assessing org's committee    secretary, deputy, committee members: review cards and checks, assign tasks
//   a party group's leader           reviews the cards of their group where the committee's template allows it
//   the secretary                    withdraws a card from the wall (audited)
//   the home org's committee         reads a dispatched member's card (双重管理)
//   committee staff                  templates, completion; read every card of their committee
import type { CardTemplate } from '@shared/commitment/api'
import { defaultTemplate } from '@shared/commitment/template'
import type { Caller } from '@server/auth'
import type { Database } from '@server/cloud'
import { committeeOf, loadOrg } from '@server/orgs'
import { findFirst, getOrNull } from '@server/db'
import { forbidden, invalidInput, notFound } from '@server/errors'
import type { CardDoc, MemberDoc, OrgDoc } from '@server/model'
import { hasRole, onCommitteeOf } from '@shared/member/roles'

// One org-tree read for every function (cloudfunctions/lib/orgs.ts).
export { committeeOf, loadOrg }

export async function loadCard(db: Database, cardId: string): Promise<CardDoc> {
  const card = await getOrNull(db, 'commitmentCards', cardId)
  if (!card) throw notFound('该承诺卡不存在')
  return card
}

export async function loadMember(db: Database, memberId: string): Promise<MemberDoc> {
  const m = await getOrNull(db, 'members', memberId)
  if (!m) throw notFound('该党员不存在')
  return m
}

/** The committee's latest template, or the built-in default. */
export async function latestTemplate(db: Database, committeeId: string | null): Promise<CardTemplate> {
  if (!committeeId) return defaultTemplate(null)
  const t = await findFirst(db, 'commitmentTemplates', { committeeId }, { field: 'version', order: 'desc' })
  return t ?? defaultTemplate(committeeId)
}

/** The template a card started with ('default': the built-in one). */
export async function templateOf(db: Database, templateId: string, committeeId: string | null): Promise<CardTemplate> {
  if (templateId === 'default') return defaultTemplate(committeeId)
  const t = await getOrNull(db, 'commitmentTemplates', templateId)
  if (!t) throw notFound('承诺卡模板不存在')
  return t
}

export const isCommitteeOf = (c: Caller, orgId: string) => onCommitteeOf(c.roles, orgId)
export const isStaffOf = (c: Caller, committeeId: string | null) => !!committeeId && hasRole(c.roles, committeeId, ['staff'])

/** A group leader of the member's group, where the template lets group leaders review. */
export const isGroupReviewer = (c: Caller, member: Pick<MemberDoc, 'groupId'>, template: Pick<CardTemplate, 'groupLeadersReview'>) =>
  template.groupLeadersReview && !!member.groupId && hasRole(c.roles, member.groupId, ['groupLeader'])

/** Reviews (approves, returns) this member's card and self-checks. */
export function canReviewCard(c: Caller, card: Pick<CardDoc, 'orgId'>, member: MemberDoc, template: CardTemplate): boolean {
  return isCommitteeOf(c, card.orgId) || isGroupReviewer(c, member, template)
}

/** Reads the card: its owner, its reviewers, the home org's committee (dispatched members), committee staff. */
export function canReadCard(c: Caller, card: CardDoc, member: MemberDoc, template: CardTemplate, committeeId: string | null): boolean {
  return (
    c.memberId === card.memberId ||
    canReviewCard(c, card, member, template) ||
    (member.homeOrgId !== card.orgId && isCommitteeOf(c, member.homeOrgId)) ||
    isStaffOf(c, committeeId)
  )
}

export function requireReviewer(c: Caller, card: CardDoc, member: MemberDoc, template: CardTemplate): void {
  if (c.memberId === card.memberId) throw forbidden('不能审核自己的承诺卡或自查，请由其他支委审核')
  if (!canReviewCard(c, card, member, template)) throw forbidden('只有该支部的书记、副书记、支委（或获授权的党小组长）可以审核')
}

/** The caller's assessing org, where their card lives. */
export async function callerOrg(db: Database, c: Caller): Promise<OrgDoc> {
  if (!c.member.assessingOrgId) throw invalidInput('你还没有考核所在的党组织，请联系支部书记')
  return loadOrg(db, c.member.assessingOrgId)
}
