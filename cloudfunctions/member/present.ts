// Turning stored docs into API shapes, and the reads several actions share.
import type { MemberBasic, MemberDetail, Org, WhoamiResult } from '@shared/member/api'
import type { Database } from '@server/cloud'
import { findByIds, findIn } from '@server/db'
import { politicalStanding } from '@shared/member/politicalAge'
import type { MemberDoc, OrgDoc } from '@server/model'
import { balancesOf } from '@server/consent'
import { subscribeTemplatesOf } from '@shared/reminders/templates'
import { birthdayTodoOf } from './birthdayTodo'
import { cardTodoOf } from './cardTodo'
import { studyTodoOf } from './studyTodo'
import { careTodoOf } from './careTodo'
import { todoOf } from './todo'

export function toOrg(o: OrgDoc): Org {
  return { _id: o._id, name: o.name, kind: o.kind, parentId: o.parentId ?? null, external: !!o.external }
}

export function toBasic(m: MemberDoc, bound: boolean): MemberBasic {
  return {
    _id: m._id,
    name: m.name,
    partyStatus: m.partyStatus,
    employment: m.employment,
    homeOrgId: m.homeOrgId,
    activeOrgIds: [...(m.activeOrgIds ?? [])],
    assessingOrgId: m.assessingOrgId,
    groupId: m.groupId ?? null,
    joinedAt: m.joinedAt ?? null,
    fullAt: m.fullAt ?? null,
    roles: (m.roles ?? []).map((r) => ({ orgId: r.orgId, role: r.role })),
    bound
  }
}

export function toDetail(m: MemberDoc, bound: boolean): MemberDetail {
  return { ...toBasic(m, bound), phone: m.phone }
}

/** Every org a member refers to: home, active, assessing, group, and the orgs of their roles. */
export function orgIdsOf(m: MemberDoc, withRoles = false): string[] {
  const ids = [m.homeOrgId, ...(m.activeOrgIds ?? []), m.assessingOrgId, ...(m.groupId ? [m.groupId] : [])]
  if (withRoles) ids.push(...(m.roles ?? []).map((r) => r.orgId))
  return [...new Set(ids.filter(Boolean))]
}

export async function orgsById(db: Database, ids: string[]): Promise<Record<string, Org>> {
  const docs = await findByIds(db, 'orgs', ids)
  const out: Record<string, Org> = {}
  for (const [id, o] of docs) out[id] = toOrg(o)
  return out
}

/** Which of these members are bound to a WeChat user. */
export async function boundMemberIds(db: Database, memberIds: string[]): Promise<Set<string>> {
  const docs = await findIn(db, 'bindings', 'memberId', memberIds)
  return new Set(docs.map((b) => b.memberId))
}

/** `env`: where the subscribe-message template ids are set (the function's environment variables). */
export async function whoamiOf(
  db: Database,
  member: MemberDoc,
  now: Date,
  env: Record<string, string | undefined> = process.env
): Promise<WhoamiResult> {
  return {
    bound: true,
    member: toDetail(member, true),
    orgs: await orgsById(db, orgIdsOf(member, true)),
    ...politicalStanding(member, now),
    roles: (member.roles ?? []).map((r) => ({ orgId: r.orgId, role: r.role })),
    todo: await todoOf(db, member._id, member.roles ?? [], now),
    cardTodo: await cardTodoOf(db, member, now),
    birthdayTodo: await birthdayTodoOf(db, member, now),
    studyTodo: await studyTodoOf(db, member, now),
    careTodo: await careTodoOf(db, member, now),
    consents: await balancesOf(db, member._id),
    subscribeTemplates: subscribeTemplatesOf(env)
  }
}
