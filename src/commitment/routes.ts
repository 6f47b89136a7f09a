// Routes of the `commitment` subpackage. Its own file so home's tiles (main package) pull in nothing else.

const ROOT = '/commitment/pages'

export const COMMIT_PAGES = {
  my: `${ROOT}/my/index`,
  check: `${ROOT}/check/index`,
  wall: `${ROOT}/wall/index`,
  /** The wall for anyone with the org's link: no account, never sent to sign-in. */
  publicWall: `${ROOT}/public/index`,
  queue: `${ROOT}/queue/index`,
  review: `${ROOT}/review/index`,
  tasks: `${ROOT}/tasks/index`,
  template: `${ROOT}/template/index`,
  completion: `${ROOT}/completion/index`
} as const

const withQuery = (page: string, params: Record<string, string | undefined>) => {
  const q = Object.entries(params)
    .filter((e): e is [string, string] => !!e[1])
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return q ? `${page}?${q}` : page
}

export const reviewPage = (cardId: string) => withQuery(COMMIT_PAGES.review, { cardId })
export const queuePage = (orgId?: string) => withQuery(COMMIT_PAGES.queue, { orgId })
export const tasksPage = (orgId: string) => withQuery(COMMIT_PAGES.tasks, { orgId })
export const wallPage = (orgId?: string) => withQuery(COMMIT_PAGES.wall, { orgId })
export const publicWallPage = (token: string) => withQuery(COMMIT_PAGES.publicWall, { token })

/** What the wall's QR encodes in H5: the public wall page of this site behind the hash router. */
export function publicWallUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/#${publicWallPage(token)}`
}
