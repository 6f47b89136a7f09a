// Rating forms saved as you go, on the phone (Taro storage): WeChat may close a page in the background
// and a rater of 14 items × 11 people should not lose what they entered. One draft per form — a rating by
// period × source × rated member, a masses form by period × code — written on every change, read when the
// form opens again, removed once the server has the rating. Also the last rating sent in a period and
// source, for 同上一位 (the previous person's scores). Storage failures are ignored: a draft is a comfort.
import Taro from '@tarojs/taro'
import type { FormFill } from './score'

export interface RateDraft extends FormFill {
  bonus?: Record<string, string>
  vetoes?: string[]
  comment?: string
}

/** The last rating sent in this period and source: whom, and the scores (null = 不了解). */
export interface LastRated {
  memberId: string
  name: string
  scores: Record<string, number | null>
}

export const rateDraftKey = (periodId: string, source: string, memberId: string) => `tongxin.rateDraft:${periodId}:${source}:${memberId}`
export const lastRatedKey = (periodId: string, source: string) => `tongxin.rateLast:${periodId}:${source}`
export const massesDraftKey = (periodId: string, code: string) => `tongxin.massesDraft:${periodId}:${code}`

export function readStored<T extends object>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key)
    return v && typeof v === 'object' ? (v as T) : null
  } catch {
    return null
  }
}

export function writeStored(key: string, value: object): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Full or private storage: the form still works, only without a draft.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to remove.
  }
}
