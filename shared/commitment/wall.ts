// What the wall 亮承诺 shows of a card: name, post (亮身份), the approved commitments and the progress of
// the last accepted self-check — built field by field from the approved version, so nothing private
// (phone, ID number, home village, notes, photos, reviewers' comments) can reach it.
import type { CardItem, CheckEntry, Progress, WallCard } from './api'

export interface WallSource {
  cardId: string
  name: string
  post: string
  approvedItems: CardItem[]
  approvedAt: string
  /** Accepted self-checks of the card's year. */
  accepted: Array<{ quarter: number; entries: Array<Pick<CheckEntry, 'itemId' | 'progress'>> }>
}

export function wallCard(s: WallSource): WallCard {
  const last = [...s.accepted].sort((a, b) => b.quarter - a.quarter)[0]
  const progress = new Map<string, Progress>((last?.entries ?? []).map((e) => [e.itemId, e.progress]))
  return {
    cardId: s.cardId,
    name: s.name,
    post: s.post,
    items: s.approvedItems.map((x) => ({
      id: x.id,
      section: x.section,
      what: x.what,
      target: x.target,
      deadline: x.deadline,
      progress: progress.get(x.id) ?? null
    })),
    approvedAt: s.approvedAt,
    progressQuarter: last?.quarter ?? null
  }
}

/** 亮身份: the member's post in the org — its committee role, a party group's leader, else 党员 / 预备党员. */
export function postOf(
  m: { roles: ReadonlyArray<{ orgId: string; role: string }>; groupId: string | null; partyStatus: string },
  orgId: string
): string {
  const inOrg = (role: string) => m.roles.some((r) => r.orgId === orgId && r.role === role)
  if (inOrg('secretary')) return '支部书记'
  if (inOrg('deputy')) return '支部副书记'
  if (inOrg('committeeMember')) return '支部委员'
  if (m.groupId && m.roles.some((r) => r.orgId === m.groupId && r.role === 'groupLeader')) return '党小组长'
  return m.partyStatus === 'probationary' ? '预备党员' : '党员'
}
