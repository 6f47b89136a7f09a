// The card's working copy kept on the phone as the member types (WeChat may close a page in the background):
// written on every change, read when 我的承诺卡 opens again, removed once the server has it. The server keeps
// the draft too (saveDraft, debounced): this copy covers the seconds in between and a failed save.
import Taro from '@tarojs/taro'
import type { CardItem } from '@shared/commitment/api'

export interface LocalDraft {
  year: number
  /** The card's rev the edits started from: a draft made on an older rev is not restored over newer work. */
  rev: number
  items: CardItem[]
}

export const cardDraftKey = (year: number) => `tongxin.commitDraft:${year}`

export function readDraft(year: number): LocalDraft | null {
  try {
    const v = Taro.getStorageSync(cardDraftKey(year)) as LocalDraft | ''
    return v && typeof v === 'object' && Array.isArray(v.items) && typeof v.rev === 'number' ? v : null
  } catch {
    return null
  }
}

export function writeDraft(draft: LocalDraft): void {
  try {
    Taro.setStorageSync(cardDraftKey(draft.year), draft)
  } catch {
    // Full or private storage: the server's draft still saves.
  }
}

export function dropDraft(year: number): void {
  try {
    Taro.removeStorageSync(cardDraftKey(year))
  } catch {
    // Nothing to remove.
  }
}

/** How long after the last keystroke the draft goes to the server. */
export const SAVE_DELAY_MS = 1500
