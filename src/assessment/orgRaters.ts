// Who rates whom as the organisation (组织考评), as the server decides it (cloudfunctions/assessment/
// targets.ts): every secretary, deputy and committee member of the assessing org rates every member but
// themselves, unless they are its only organisation rater. Pure; table-tested.
import type { OrgRater } from '@shared/assessment/api'
import { roleLabel } from '@shared/member/labels'

/** The organisation raters of `memberId`. */
export function ratersOf(memberId: string, raters: readonly OrgRater[]): OrgRater[] {
  const others = raters.filter((r) => r.memberId !== memberId)
  return others.length ? others : raters.filter((r) => r.memberId === memberId)
}

/** Whether `meId` rates `memberId` as the organisation. */
export const ratesAsOrg = (meId: string, memberId: string, raters: readonly OrgRater[]): boolean =>
  ratersOf(memberId, raters).some((r) => r.memberId === meId)

/** 由 李红梅（副书记）、张志刚（支委委员）组织评分; null when nobody (else) rates the member. */
export function ratedByText(memberId: string, raters: readonly OrgRater[]): string | null {
  const by = ratersOf(memberId, raters).filter((r) => r.memberId !== memberId)
  return by.length ? `由 ${by.map((r) => `${r.name}（${roleLabel(r.role)}）`).join('、')}组织评分` : null
}
