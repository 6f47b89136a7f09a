// Whose birthdays a secretary sees: the members an org serves. A dual-managed member (org life in one
// org, home in another) is counted once, at their ASSESSING org (it greets them, holds the 七个一 and
// gets the reminder); their HOME org may read them too, marked as elsewhere. Pure.
import type { MemberBasic } from '@shared/member/api'

export type BirthdayPlacement = Pick<MemberBasic, '_id' | 'homeOrgId' | 'assessingOrgId'>

/** The org that greets the member: their assessing org, else their home org. */
export const greetingOrgOf = (m: Pick<MemberBasic, 'homeOrgId' | 'assessingOrgId'>): string => m.assessingOrgId || m.homeOrgId

/** How `m` belongs to `orgId`'s birthday list: 'own' (greeted here), 'home' (greeted elsewhere, readable), or null. */
export function birthdayRelation(m: BirthdayPlacement, orgId: string): 'own' | 'home' | null {
  if (greetingOrgOf(m) === orgId) return 'own'
  if (m.homeOrgId === orgId) return 'home'
  return null
}
