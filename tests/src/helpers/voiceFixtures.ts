// Answers of the voice function for page tests (shapes of shared/voice/api.ts).
import type { ListResult, StatsResult, SuggestionDetail, SuggestionSummary } from '@shared/voice/api'

export function summary(over: Partial<SuggestionSummary> = {}): SuggestionSummary {
  return {
    _id: `s${'a'.repeat(24)}`,
    memberId: 'm1',
    memberName: '王芳',
    orgId: 'b1',
    orgName: '第一养护站党支部',
    category: 'safety',
    title: 'K12 护栏松动',
    status: 'submitted',
    moderation: 'passed',
    hiddenFromPeers: false,
    photoCount: 2,
    submittedAt: '2026-06-01T02:00:00.000Z',
    overdue: null,
    ...over
  }
}

export function detail(over: Partial<SuggestionDetail> = {}): SuggestionDetail {
  return {
    ...summary(),
    content: 'K12+300 处波形护栏螺栓松动，建议尽快紧固。',
    location: 'G316 K12+300',
    photos: [
      { n: 1, url: 'http://127.0.0.1:8080/__storage/file/voice/m1/a-0.jpg?e=1&s=x', verdict: 'pass' },
      { n: 2, url: null, verdict: 'risky' }
    ],
    handlerName: null,
    answer: null,
    reopenReason: null,
    history: [{ at: '2026-06-01T02:00:00.000Z', action: 'submit', byName: '王芳', note: null }],
    can: { receive: false, assign: false, answer: false, confirm: false, reopen: false },
    handlers: [],
    ...over
  }
}

export function listResult(items: SuggestionSummary[] = [summary()], over: Partial<ListResult> = {}): ListResult {
  return { items, orgs: [{ _id: 'b1', name: '第一养护站党支部' }], orgId: 'b1', ...over }
}

export function statsResult(over: Partial<StatsResult> = {}): StatsResult {
  const row = (category: StatsResult['rows'][number]['category'], total: number, closed = 0, overdue = 0) => ({
    category,
    total,
    open: total - closed,
    closed,
    overdue,
    held: 0
  })
  return {
    orgId: 'b1',
    orgName: '第一养护站党支部',
    year: 2026,
    rows: [row('safety', 4, 1, 1), row('production', 2), row('masses', 0), row('orgLife', 1, 1), row('other', 0)],
    total: { category: 'other', total: 7, open: 5, closed: 2, overdue: 1, held: 0 },
    orgs: [{ _id: 'b1', name: '第一养护站党支部' }],
    ...over
  }
}
