// Routes of the `care` subpackage. Its own file so home's tiles (main package) pull in nothing else.
const ROOT = '/care/pages'

export const CARE_PAGES = {
  /** The secretary's to-dos from the triggers. */
  todo: `${ROOT}/todo/index`,
  /** One member: care records, the record form, the hardship flag. */
  member: `${ROOT}/member/index`,
  /** Committee staff: the committee's 六必谈 / 五必访 lists. */
  occasions: `${ROOT}/occasions/index`
} as const

export const memberCarePage = (memberId: string) => `${CARE_PAGES.member}?memberId=${encodeURIComponent(memberId)}`
export const careTodoPage = (orgId: string) => `${CARE_PAGES.todo}?orgId=${encodeURIComponent(orgId)}`
