// Page navigation helpers, so pages stay thin and tests can watch one module.
import Taro from '@tarojs/taro'
import { PAGES, type Landing } from './session'
import { takePendingCheckinPage } from '@/checkin/pending'

export function openPage(url: string) {
  return Taro.navigateTo({ url })
}

/** Replace the whole page stack (after sign-in, sign-out): no way "back" into the login page. */
export function relaunch(url: string) {
  return Taro.reLaunch({ url })
}

export function goLanding(landing: Exclude<Landing, 'bind'>) {
  // A code scanned before signing in: finish that check-in first.
  const pending = takePendingCheckinPage()
  if (pending) return relaunch(pending)
  return relaunch(landing === 'roster' ? PAGES.roster : PAGES.home)
}

/** A caller who is not bound (or whose local session ended) belongs on the sign-in page. */
export function sendToLoginIfUnbound(e: unknown): boolean {
  if ((e as { code?: string } | null)?.code !== 'NOT_BOUND') return false
  relaunch(PAGES.login)
  return true
}
