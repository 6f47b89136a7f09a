// WeChat's privacy APIs (base library ≥ 2.32.3), read from `wx` itself: Taro passes them through
// unpromisified, and on an older base library replaces them with a stub that never calls back,
// which we could not tell from a member who has not answered yet. Older base libraries do not gate
// privacy APIs at all, so "absent" means "nothing to ask".

export type PrivacyEvent = { event: 'exposureAuthorization' } | { event: 'agree'; buttonId: string } | { event: 'disagree' }
export type PrivacyResolve = (answer: PrivacyEvent) => void

interface Callbacks<T = unknown> {
  success?: (res: T) => void
  fail?: (err: { errMsg?: string }) => void
}

export interface WechatPrivacy {
  onNeedPrivacyAuthorization(listener: (resolve: PrivacyResolve, info?: { referrer?: string }) => void): void
  requirePrivacyAuthorize(options: Callbacks): void
  getPrivacySetting?(options: Callbacks<{ needAuthorization: boolean; privacyContractName?: string }>): void
  openPrivacyContract?(options: Callbacks): void
}

declare const wx: Partial<WechatPrivacy> | undefined

/** The privacy APIs of this WeChat, or null where they do not exist (H5, old base library, jsdom). */
export function wechatPrivacy(): WechatPrivacy | null {
  if (typeof wx === 'undefined' || !wx) return null
  return typeof wx.onNeedPrivacyAuthorization === 'function' && typeof wx.requirePrivacyAuthorize === 'function'
    ? (wx as WechatPrivacy)
    : null
}
