// WeChat's privacy gate as its documentation describes it (docs/privacy.md has the sources), for
// jsdom and miniprogram-simulate alike: while the member has not agreed, a privacy-protected call
// fires the registered onNeedPrivacyAuthorization listener and waits; resolve({event:'agree',
// buttonId}) lets it go on, but only if that agreePrivacyAuthorization button was tapped;
// resolve({event:'disagree'}) fails it with "privacy permission is not authorized".

type Cb = { success?: (r: any) => void; fail?: (e: any) => void; complete?: (r: any) => void }
type Answer = { event: string; buttonId?: string }

export interface FakePrivacy {
  /** The functions to install on `wx` (before the app launches, in the weapp build). */
  api: {
    onNeedPrivacyAuthorization: jest.Mock
    requirePrivacyAuthorize: jest.Mock
    getPrivacySetting: jest.Mock
    openPrivacyContract: jest.Mock
  }
  /** Every resolve() the app made, in order. */
  answers: Answer[]
  /** Which calls fired the listener (eventInfo.referrer). */
  referrers: string[]
  /** The member taps the agreePrivacyAuthorization button with this id (the base library records it). */
  pressAgree(buttonId: string): void
  /** Wrap a wx API so it is gated like the real one. */
  gated(name: string, impl: (o: any) => void): jest.Mock
  agreed(): boolean
  /** How often a listener was registered (WeChat keeps the last one only). */
  registrations(): number
  /** A fresh member: not agreed, nothing pressed or answered. */
  reset(): void
}

const NOT_AUTHORIZED = 'privacy permission is not authorized'

export function fakePrivacy(contractName = '《同心小程序隐私保护指引》'): FakePrivacy {
  let listener: ((resolve: (a: Answer) => void, info: { referrer: string }) => void) | null = null
  let registrations = 0
  let agreed = false
  const pressed = new Set<string>()
  const answers: Answer[] = []
  const referrers: string[] = []

  const done = (o: Cb, res: any, ok: boolean) => {
    if (ok) o.success?.(res)
    else o.fail?.(res)
    o.complete?.(res)
  }

  /** Run `go` now if agreed; otherwise ask through the listener and run it or fail on the answer. */
  function gate(name: string, o: Cb, go: () => void) {
    if (agreed || !listener) return go() // no listener: WeChat's own popup, taken as agreed here
    referrers.push(name)
    let settled = false
    listener(
      (a) => {
        answers.push(a)
        if (settled || a.event === 'exposureAuthorization') return
        settled = true
        if (a.event === 'agree' && a.buttonId && pressed.has(a.buttonId)) {
          agreed = true
          go()
        } else done(o, { errMsg: `${name}:fail ${NOT_AUTHORIZED}` }, false)
      },
      { referrer: name }
    )
  }

  const api = {
    onNeedPrivacyAuthorization: jest.fn((l: typeof listener) => {
      registrations++
      listener = l
    }),
    requirePrivacyAuthorize: jest.fn((o: Cb) =>
      gate('requirePrivacyAuthorize', o, () => done(o, { errMsg: 'requirePrivacyAuthorize:ok' }, true))
    ),
    getPrivacySetting: jest.fn((o: Cb) =>
      done(o, { errMsg: 'getPrivacySetting:ok', needAuthorization: !agreed, privacyContractName: contractName }, true)
    ),
    openPrivacyContract: jest.fn((o: Cb) => done(o, { errMsg: 'openPrivacyContract:ok' }, true))
  }

  return {
    api,
    answers,
    referrers,
    pressAgree: (id) => pressed.add(id),
    gated: (name, impl) => jest.fn((o: any) => gate(name, o, () => impl(o))),
    agreed: () => agreed,
    registrations: () => registrations,
    reset() {
      agreed = false
      pressed.clear()
      answers.length = 0
      referrers.length = 0
    }
  }
}
