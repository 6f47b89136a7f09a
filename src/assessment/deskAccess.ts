// Who gets the 考评管理 entry (the periods list and each period's desk): the branch committee — the
// secretary manages the period; the deputy and committee members rate as the organisation, follow the
// progress and hold talks. Its own file so home's tiles pull in nothing else.
import type { RoleGrant } from '@shared/member/api'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'

/** The 考评管理 tile's note for these roles, or null when they have no desk. */
export function assessDeskNote(roles: readonly RoleGrant[] | null | undefined): string | null {
  const mine = (roles ?? []).filter((g) => BRANCH_COMMITTEE_ROLES.includes(g.role))
  if (!mine.length) return null
  return mine.some((g) => g.role === 'secretary') ? '开启 · 计算 · 发布' : '组织评分 · 进度 · 结果'
}
