// The review queue's counts: cards by status (members without a card are 'missing') and self-checks of
// the window in question by status ('missing' when the member's card is approved and nothing was filed).
import type { CheckStatus, QueueStatus } from './api'

export const emptyCounts = (): Record<QueueStatus, number> => ({ missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0 })
export const emptyCheckCounts = (): Record<CheckStatus | 'missing', number> => ({ missing: 0, submitted: 0, accepted: 0, returned: 0 })

/** A row's self-check column: null when no window has opened or the member has no approved card. */
export function checkColumn(hasApproved: boolean, windowOpened: boolean, filed: CheckStatus | null): CheckStatus | 'missing' | null {
  if (!windowOpened || !hasApproved) return null
  return filed ?? 'missing'
}

/** Who is behind first: missing, returned, draft, then waiting for review, then approved. */
export const QUEUE_ORDER: Record<QueueStatus, number> = { missing: 0, returned: 1, draft: 2, submitted: 3, approved: 4 }
