// Routes of the packageAssess subpackage (member-side assessment pages). Kept apart from the
// rest of the assessment helpers so the home tile pulls only these strings into the main package.
import type { Source } from '@shared/assessment/api'

const ROOT = '/assessment/pages'

/**
 * Sent on Taro.eventCenter after a rating is saved, so the pages still on the stack below the form
 * (我的考评, the secretary's desk) show it done. Here, not in packageAssess, so packageOrg can use it.
 */
export const RATED_EVENT = 'assessment:rated'

export const ASSESS_PAGES = {
  my: `${ROOT}/my/index`,
  rate: `${ROOT}/rate/index`,
  masses: `${ROOT}/masses/index`,
  board: `${ROOT}/board/index`,
  result: `${ROOT}/result/index`
} as const

const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')

/** The rating form for one member and source in a period. */
export function ratePage(periodId: string, memberId: string, source: Exclude<Source, 'masses'>): string {
  return `${ASSESS_PAGES.rate}?${query({ periodId, memberId, source })}`
}

/** The published board 评比台 of a period. */
export function boardPage(periodId: string): string {
  return `${ASSESS_PAGES.board}?${query({ periodId })}`
}

/** A member's result; without memberId it is the caller's own. */
export function resultPage(periodId: string, memberId?: string): string {
  return `${ASSESS_PAGES.result}?${query({ periodId, memberId })}`
}

/** The no-account masses form for a one-time code. */
export function massesPage(code: string): string {
  return `${ASSESS_PAGES.masses}?${query({ code })}`
}

/**
 * The masses code in a mini-program code's `scene` (≤ 32 characters, URL-encoded by WeChat): the
 * bare code, or a `code=` / `c=` pair should the QR carry a key. Spaces are dropped.
 */
export function codeFromScene(scene: string | null | undefined): string {
  let s = scene ?? ''
  try {
    s = decodeURIComponent(s)
  } catch {
    // keep it as given
  }
  const pair = /(?:^|&)(?:code|c)=([^&]*)/.exec(s)
  return (pair ? pair[1] : s).replace(/\s+/g, '')
}
