// The member's consent to the privacy guide, asked once before the first privacy-protected call
// (getLocation, chooseLocation, and later chooseMedia, saveImageToPhotosAlbum). WeChat decides
// when to ask: it fires onNeedPrivacyAuthorization while the member has not agreed, and the call
// that fired it waits for our answer. We answer from the <PrivacySheet> a page shows. H5 has no
// such gate: the browser's own prompt stands in, so every function here is a no-op there.
// docs/privacy.md has the flow and the sources.
import { DEFAULT_CONTRACT_NAME } from './purposes'
import { type PrivacyResolve, wechatPrivacy } from './wechat'

/** The agree button's id: WeChat checks that the button with this id was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree'

export interface PrivacyState {
  /** A privacy call is waiting for the member's answer: the sheet is shown. */
  open: boolean
  /** The member said 拒绝 (to the sheet or to WeChat) and has not agreed since, in this launch. */
  refused: boolean
  /** The name of the guide configured in the console, for the link. */
  contractName: string
}

let state: PrivacyState = { open: false, refused: false, contractName: DEFAULT_CONTRACT_NAME }
const watchers = new Set<() => void>()
/** WeChat's resolve of each call waiting for the answer (several calls may wait together). */
let waiting: PrivacyResolve[] = []
let sheets = 0
let installed = false

function update(patch: Partial<PrivacyState>) {
  state = { ...state, ...patch }
  for (const w of watchers) w()
}

export const privacyState = (): PrivacyState => state

export function watchPrivacy(onChange: () => void): () => void {
  watchers.add(onChange)
  return () => {
    watchers.delete(onChange)
  }
}

/**
 * weapp: take over WeChat's privacy prompt (once, at app start; later calls do nothing). WeChat
 * keeps only the last listener registered, so this is the only place that registers one.
 */
export function installPrivacyListener(): void {
  if (process.env.TARO_ENV !== 'weapp' || installed) return
  const wx = wechatPrivacy()
  if (!wx) return
  installed = true
  wx.onNeedPrivacyAuthorization((resolve) => {
    if (sheets === 0) {
      // No page can show the agree button: refuse rather than leave the call waiting forever.
      console.warn('privacy: a privacy API was called on a page without <PrivacySheet>')
      resolve({ event: 'disagree' })
      update({ refused: true })
      return
    }
    waiting.push(resolve)
    resolve({ event: 'exposureAuthorization' })
    if (!state.open) {
      update({ open: true })
      wx.getPrivacySetting?.({
        success: (r) => {
          if (r.privacyContractName) update({ contractName: r.privacyContractName })
        }
      })
    }
  })
}

/** The member's answer on the sheet: every waiting call goes on (agree) or fails (disagree). */
export function answerPrivacy(agree: boolean): void {
  const calls = waiting
  waiting = []
  for (const resolve of calls) resolve(agree ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
  update({ open: false, refused: !agree })
}

/**
 * Before a privacy-protected call: true when the member has agreed (asking now through the sheet
 * if they have not), false when they refuse. Resolves at once in H5, on an old base library, and
 * once agreed. Never rejects.
 */
export function ensurePrivacyConsent(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve(true)
  const wx = wechatPrivacy()
  if (!wx) return Promise.resolve(true)
  installPrivacyListener()
  return new Promise((resolve) => {
    wx.requirePrivacyAuthorize({
      success: () => {
        if (state.refused) update({ refused: false })
        resolve(true)
      },
      fail: () => {
        if (!state.refused) update({ refused: true })
        resolve(false)
      }
    })
  })
}

/** Opens the full guide configured in the console (WeChat's own page). */
export function openPrivacyContract(): void {
  wechatPrivacy()?.openPrivacyContract?.({})
}

/** A sheet mounted on a page; returns its unmount. The last one gone refuses what still waits. */
export function sheetMounted(): () => void {
  sheets++
  return () => {
    sheets--
    if (sheets === 0 && waiting.length) answerPrivacy(false)
  }
}

/** Tests only: forget the listener, the answer and the sheets. */
export function resetPrivacyForTests(): void {
  state = { open: false, refused: false, contractName: DEFAULT_CONTRACT_NAME }
  waiting = []
  sheets = 0
  installed = false
}
