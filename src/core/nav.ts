// Page navigation helpers, so pages stay thin and tests can watch one module.
import Taro from '@tarojs/taro'
import { forgetCaller } from './caller'
import { PAGES, type Landing } from './session'
import { takePendingCheckinPage } from '@/checkin/pending'

export function openPage(url: string) {
  return Taro.navigateTo({ url })
}

/** Replace the whole page stack (after sign-in, sign-out): no way "back" into the login page. */
export function relaunch(url: string) {
  return Taro.reLaunch({ url })
}

/** Query keys the frameworks add to a page's params (not ours to carry through sign-in). */
const INTERNAL_PARAMS = new Set(['$taroTimestamp', 'stamp'])

/** The page showing now, as a URL to come back to ('' when unknown). */
export function currentPageUrl(): string {
  const router = Taro.getCurrentInstance()?.router
  const path = (router?.path ?? '').split('?')[0]
  if (!path) return ''
  const query = Object.entries(router?.params ?? {})
    .filter(([k, v]) => !INTERNAL_PARAMS.has(k) && typeof v === 'string')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`)
    .join('&')
  return `${path.startsWith('/') ? path : `/${path}`}${query ? `?${query}` : ''}`
}

/** Where sign-in should bring the visitor back to: one of our pages (never sign-in itself), or null. */
export function safeReturn(url: string | null | undefined): string | null {
  if (!url) return null
  let u = url
  if (u.startsWith('%2F')) {
    try {
      u = decodeURIComponent(u)
    } catch {
      return null
    }
  }
  if (!/^\/[A-Za-z]+(\/[A-Za-z]+)*\/index(\?[^#]*)?$/.test(u)) return null
  if (u.split('?')[0] === PAGES.login || u.split('?')[0] === PAGES.home) return null
  return u
}

/** The sign-in page, told where to come back to. */
export function loginPage(returnTo?: string | null): string {
  const back = safeReturn(returnTo)
  return back ? `${PAGES.login}?to=${encodeURIComponent(back)}` : PAGES.login
}

/** After sign-in: a check-in scanned before it, else the page the visitor was sent from, else home. */
export function goLanding(_landing: Exclude<Landing, 'bind'> = 'home', returnTo?: string | null) {
  // A code scanned before signing in: finish that check-in first.
  const pending = takePendingCheckinPage()
  if (pending) return relaunch(pending)
  return relaunch(safeReturn(returnTo) ?? PAGES.home)
}

const codeOf = (e: unknown) => (e as { code?: string } | null)?.code

/**
 * A visitor who is not signed in (H5 without a session: UNAUTHENTICATED) or not bound (NOT_BOUND)
 * belongs on the sign-in page, which brings them back to this page afterwards.
 */
export function sendToSignIn(e: unknown): boolean {
  const code = codeOf(e)
  if (code !== 'NOT_BOUND' && code !== 'UNAUTHENTICATED') return false
  forgetCaller()
  relaunch(loginPage(currentPageUrl()))
  return true
}

/** NOT_BOUND only, to the bare sign-in page: for the check-in page, which keeps a scanned code itself. */
export function sendToLoginIfUnbound(e: unknown): boolean {
  if (codeOf(e) !== 'NOT_BOUND') return false
  forgetCaller()
  relaunch(PAGES.login)
  return true
}
