// H5 has no navigation bar (the browser's own back is easy to miss in a phone's browser, and a deep
// link has nothing to go back to): which way the back control goes on a page. Pure; table-tested.
import { ASSESS_PAGES } from '@/assessment/routes'
import { COMMIT_PAGES } from '@/commitment/routes'
import { PAGES } from './session'

/** Pages without a back control: where the app starts, the masses form and the public wall (visitors without an account). */
export const ROOT_PAGES: ReadonlySet<string> = new Set([PAGES.login, PAGES.home, ASSESS_PAGES.masses, COMMIT_PAGES.publicWall])

export type BackAction = 'back' | 'home'

/** 'back' when a page lies below this one, 'home' for a page opened directly (a link, a scan), null on a root page. */
export function backAction(route: string, stackDepth: number): BackAction | null {
  const path = `/${route.split('?')[0].replace(/^\/+/, '')}`
  if (!route || ROOT_PAGES.has(path)) return null
  return stackDepth > 1 ? 'back' : 'home'
}

export const BACK_LABEL: Record<BackAction, string> = { back: '返回', home: '首页' }
