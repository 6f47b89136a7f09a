// Routes of the assessment pages: ours (packageOrg) and the member-side ones we link to
// (packageAssess, built elsewhere). Its own file so home's tiles pull in nothing else.

const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')

/** Our pages (packageOrg) and the member-side ones we link to (packageAssess, built elsewhere). */
export const ASSESS_PAGES = {
  periods: '/packageOrg/pages/assess-periods/index',
  period: '/packageOrg/pages/assess-period/index',
  rubric: '/packageOrg/pages/assess-rubric/index',
  overview: '/packageOrg/pages/assess-overview/index',
  board: '/packageAssess/pages/board/index',
  result: '/packageAssess/pages/result/index',
  rate: '/packageAssess/pages/rate/index',
  masses: '/packageAssess/pages/masses/index'
} as const

export const periodPage = (periodId: string) => `${ASSESS_PAGES.period}?${q({ periodId })}`
export const boardPage = (periodId: string) => `${ASSESS_PAGES.board}?${q({ periodId })}`
export const resultPage = (periodId: string, memberId: string) => `${ASSESS_PAGES.result}?${q({ periodId, memberId })}`
export const orgRatePage = (periodId: string, memberId: string) => `${ASSESS_PAGES.rate}?${q({ periodId, memberId, source: 'org' })}`

/** What a masses QR encodes in H5: the member-side masses page behind the hash router. */
export function massesUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/#${ASSESS_PAGES.masses}?${q({ code })}`
}
