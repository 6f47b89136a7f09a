// Routes of the `study` subpackage. Its own file so home's tiles (main package) pull in nothing else.

const ROOT = '/study/pages'

export const STUDY_PAGES = {
  my: `${ROOT}/my/index`,
  report: `${ROOT}/report/index`,
  analysis: `${ROOT}/analysis/index`,
  plan: `${ROOT}/plan/index`,
  reports: `${ROOT}/reports/index`,
  analyses: `${ROOT}/analyses/index`,
  stats: `${ROOT}/stats/index`,
  committeeStats: `${ROOT}/committeeStats/index`
} as const

const withQuery = (page: string, params: Record<string, string | undefined>) => {
  const q = Object.entries(params)
    .filter((e): e is [string, string] => !!e[1])
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return q ? `${page}?${q}` : page
}

export const reportPage = (taskId: string) => withQuery(STUDY_PAGES.report, { taskId })
export const reportsPage = (orgId?: string) => withQuery(STUDY_PAGES.reports, { orgId })
export const analysesPage = (orgId?: string) => withQuery(STUDY_PAGES.analyses, { orgId })
export const statsPage = (orgId?: string) => withQuery(STUDY_PAGES.stats, { orgId })
/** The committee's own plan (学习计划 on the committee the caller is staff of): its items and 下发到各支部. */
export const COMMITTEE_PLAN_PAGE = withQuery(STUDY_PAGES.plan, { scope: 'committee' })
