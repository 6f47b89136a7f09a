// A scanned code carried through sign-in: the check-in page keeps it before the member goes to sign
// in, and the landing after sign-in opens the check-in page with it (the server still judges its window).
import Taro from '@tarojs/taro'
import { checkinPageWithCode, pendingCheckinCode } from './view'

const KEY = 'tongxin.pendingCheckin'

export function keepPendingCheckin(code: string, nowMs = Date.now()): void {
  try {
    Taro.setStorageSync(KEY, { code, at: nowMs })
  } catch {
    // No storage (private mode): the member scans again after signing in.
  }
}

/** The check-in page to open instead of the landing, once; null when no fresh code is waiting. */
export function takePendingCheckinPage(nowMs = Date.now()): string | null {
  let stored: unknown
  try {
    stored = Taro.getStorageSync(KEY)
    if (stored) Taro.removeStorageSync(KEY)
  } catch {
    return null
  }
  const code = pendingCheckinCode(stored, nowMs)
  return code ? checkinPageWithCode(code) : null
}
