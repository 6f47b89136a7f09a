// Routes of the `study` subpackage. Its own file so home's tiles (main package) pull in nothing else.

const ROOT = '/study/pages'

export const STUDY_PAGES = {
  my: `${ROOT}/my/index`,
  report: `${ROOT}/report/index`,
  analysis: `${ROOT}/analysis/index`,
  plan: `${ROOT}/plan/index`,
  reports: `${ROOT}/reports/index`,
  analyses: `${ROOT}/analyses/index`,
  stats: `${ROOT}/stats/index`
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
