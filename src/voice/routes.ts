// Routes of the `voice` subpackage. Its own file so home's tiles (main package) pull in nothing else.

const ROOT = '/voice/pages'

export const VOICE_PAGES = {
  /** File a suggestion / 随手拍. */
  new: `${ROOT}/new/index`,
  /** My suggestions and my peers'. */
  mine: `${ROOT}/mine/index`,
  /** The branch's list (and the dispatched members' for a home org). */
  branch: `${ROOT}/branch/index`,
  detail: `${ROOT}/detail/index`,
  stats: `${ROOT}/stats/index`
} as const

export const detailPage = (id: string) => `${VOICE_PAGES.detail}?id=${encodeURIComponent(id)}`
export const branchPage = (scope: 'branch' | 'home', orgId?: string) =>
  `${VOICE_PAGES.branch}?scope=${scope}${orgId ? `&orgId=${encodeURIComponent(orgId)}` : ''}`
export const statsPage = (orgId?: string) => (orgId ? `${VOICE_PAGES.stats}?orgId=${encodeURIComponent(orgId)}` : VOICE_PAGES.stats)
