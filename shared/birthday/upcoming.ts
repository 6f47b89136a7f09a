// Upcoming political birthdays of an org's members (default: the next 30 days), round anniversaries
// marked; a secretary's reminder N days ahead (default 7). Pure.
import { birthdayRelation, type BirthdayPlacement } from './served'
import { birthdaysBetween, inDays } from './anniversary'

export const UPCOMING_DAYS = 30
export const REMIND_DAYS_AHEAD = 7

export interface BirthdayMember extends BirthdayPlacement {
  name: string
  joinedAt: string | null
}

export interface UpcomingEntry {
  memberId: string
  name: string
  date: string
  inDays: number
  years: number
  round: boolean
  /** 'own': greeted by this org; 'home': a member of ours greeted at their assessing org. */
  relation: 'own' | 'home'
}

/** The birthdays of `orgId`'s members in [today, today + days), date order, then name. */
export function upcomingOf(members: readonly BirthdayMember[], orgId: string, today: string, days = UPCOMING_DAYS): UpcomingEntry[] {
  const out: UpcomingEntry[] = []
  for (const m of members) {
    const relation = birthdayRelation(m, orgId)
    if (!relation) continue
    for (const b of birthdaysBetween(m.joinedAt, today, days))
      out.push({ memberId: m._id, name: m.name, date: b.date, inDays: inDays(today, b.date), years: b.years, round: b.round, relation })
  }
  return out.sort((a, b) => a.inDays - b.inDays || a.name.localeCompare(b.name, 'zh') || a.memberId.localeCompare(b.memberId))
}
