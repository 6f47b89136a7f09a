// Routes of the secretary/committee assessment pages (packageOrg). The member-side routes they
// link to (board, result, rating form, masses form) are defined once, in assessmentPages.ts.
// Its own file so home's tiles pull in nothing else.
import { boardPage, massesPage, ratePage, resultPage } from './routes'

export const ASSESS_ORG_PAGES = {
  periods: '/assessment/pages/periods/index',
  period: '/assessment/pages/period/index',
  rubric: '/assessment/pages/rubric/index',
  overview: '/assessment/pages/overview/index',
  massesSheet: '/assessment/pages/massesSheet/index'
} as const

export { boardPage, resultPage }

export const periodPage = (periodId: string) => `${ASSESS_ORG_PAGES.period}?periodId=${encodeURIComponent(periodId)}`
export const orgRatePage = (periodId: string, memberId: string) => ratePage(periodId, memberId, 'org')

/** What a masses QR encodes in H5: the member-side masses page behind the hash router. */
export function massesUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/#${massesPage(code)}`
}
