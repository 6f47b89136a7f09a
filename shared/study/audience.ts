// Who a plan item or task is for, among the members an org assesses.
import type { EmploymentType } from '@shared/member/api'
import type { Audience } from './api'

export interface AudienceMember {
  _id: string
  groupId?: string | null
  employment: EmploymentType
}

export function inAudience(a: Audience, m: AudienceMember): boolean {
  switch (a.kind) {
    case 'all':
      return true
    case 'group':
      return !!a.groupId && m.groupId === a.groupId
    case 'dispatched':
      return m.employment === 'dispatched'
    case 'gig':
      return m.employment === 'gig'
  }
}

/** The ids of `members` the audience covers, in their order. */
export const audienceIds = (a: Audience, members: readonly AudienceMember[]): string[] =>
  members.filter((m) => inAudience(a, m)).map((m) => m._id)
