// Shared set-up for the commitment integration tests: a local cloud seeded with the demo organisation,
// its commitment data emptied, the clock (Date only) held at a fixed instant so years and self-check
// windows do not depend on the day the tests run. 第一养护中心党支部 (org-b1): m03 secretary, m04 deputy,
// m05 committee member and leader of group g1, m06 leader of group g2, m07–m13 members (m10, m11, m12
// dispatched from village branches; m11 unbound); m32 is the secretary of m10's home village branch.
import { DEFAULT_SECTIONS, type CardItem } from '@shared/commitment/api'
import { type FunctionCloud, setNow, useFunctionCloud } from '@tests/cloudfunctions/functionCloud'

export { as, expectFail, expectOk, P } from '@tests/cloudfunctions/member/helpers'

/** Collections the commitment function writes (a refusal must leave them equal). */
export const COMMITMENT_COLLECTIONS = [
  'commitmentTemplates',
  'commitmentCards',
  'commitmentVersions',
  'commitmentChecks',
  'commitmentTasks',
  'commitmentWallLinks',
  'commitmentAudit'
]

/** 2026-06-20 10:00 CST: inside the second quarter's self-check window (06-16 … 07-15). */
export const IN_Q2_WINDOW = '2026-06-20T02:00:00Z'
/** 2026-05-10 10:00 CST: no window open (Q1's closed 04-15, Q2's opens 06-16). */
export const NO_WINDOW = '2026-05-10T02:00:00Z'

export { setNow }

export type CommitmentCloud = FunctionCloud

export function useCommitmentCloud(at = IN_Q2_WINDOW): CommitmentCloud {
  return useFunctionCloud({ fn: 'commitment', collections: COMMITMENT_COLLECTIONS, at })
}

/** One item in each of the five default sections: a card that may be submitted. */
export function fullItems(tag = ''): CardItem[] {
  return DEFAULT_SECTIONS.map((s, i) => ({
    id: `${s.id}-1`,
    section: s.id,
    what: `${s.name}承诺${tag}${i + 1}`,
    target: `完成 ${10 * (i + 1)} 项`,
    deadline: `2026-${String(3 * (i % 4) + 3).padStart(2, '0')}-30`
  }))
}

/** `who` saves a full draft (rev 0) and submits it; returns the submitted card. */
export async function submitFull(cloud: CommitmentCloud, who: string, items: CardItem[] = fullItems()) {
  const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: 0 }, who)
  return (await cloud.ok({ action: 'submitCard', year: 2026, rev: card.rev }, who)).card
}

/** Submitted by `who`, approved by the secretary m03 (or `reviewer`). */
export async function approvedCard(cloud: CommitmentCloud, who: string, reviewer = 'm03', items?: CardItem[]) {
  const card = await submitFull(cloud, who, items)
  return (await cloud.ok({ action: 'reviewCard', cardId: card._id, rev: card.rev, decision: 'approve' }, reviewer)).card
}
