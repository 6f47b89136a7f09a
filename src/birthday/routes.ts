// Routes of the birthday subpackage (政治生日). Its own file so home's tiles and to-do lines pull only
// these strings into the main package.
const ROOT = '/birthday/pages'

export const BIRTHDAY_PAGES = {
  greeting: `${ROOT}/greeting/index`,
  upcoming: `${ROOT}/upcoming/index`,
  sevenOnes: `${ROOT}/sevenOnes/index`,
  fiftyYears: `${ROOT}/fiftyYears/index`,
  reminders: `${ROOT}/reminders/index`
} as const

const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')

const withQuery = (page: string, params: Record<string, string | undefined>) => {
  const q = query(params)
  return q ? `${page}?${q}` : page
}

/** A greeting (without an id: my newest). The daily message opens it with the id. */
export const greetingPage = (greetingId?: string) => withQuery(BIRTHDAY_PAGES.greeting, { greetingId })

/** The upcoming birthdays of an org (without an id: the caller's org). */
export const upcomingPage = (orgId?: string) => withQuery(BIRTHDAY_PAGES.upcoming, { orgId })

/** A member's 七个一 sheet of a year. */
export const sevenOnesPage = (memberId: string, year: number) => withQuery(BIRTHDAY_PAGES.sevenOnes, { memberId, year: String(year) })

/** A route parameter of the current page, decoded ('' when absent). */
export function routeParam(params: Record<string, string | undefined> | undefined, name: string): string {
  const v = params?.[name]
  if (!v) return ''
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}
