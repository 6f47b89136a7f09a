/** @jest-environment node */
// The consent flow against WeChat's privacy gate (a fake that behaves as documented).
import {
  AGREE_BUTTON_ID,
  answerPrivacy,
  ensurePrivacyConsent,
  installPrivacyListener,
  openPrivacyContract,
  privacyState,
  resetPrivacyForTests,
  sheetMounted
} from '@/core/privacy/consent'
import { type FakePrivacy, fakePrivacy } from '@tests/src/helpers/wechatPrivacy'

const g = global as any
let wechat: FakePrivacy
let unmountSheet: (() => void) | null = null

/** Until the sheet is open (WeChat's listener fired), or the promise settled. */
const flush = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  resetPrivacyForTests()
  wechat = fakePrivacy()
  g.wx = { ...wechat.api }
  unmountSheet = sheetMounted()
})
afterEach(() => {
  unmountSheet?.()
  delete g.wx
  process.env.TARO_ENV = 'h5'
})

describe('ensurePrivacyConsent', () => {
  it.each([
    [
      'in H5 (the browser prompts by itself)',
      () => {
        process.env.TARO_ENV = 'h5'
      }
    ],
    [
      'on a base library older than 2.32.3 (no privacy gate)',
      () => {
        g.wx = {}
      }
    ]
  ])('is true at once %s, and asks WeChat nothing', async (_n, arrange) => {
    arrange()
    expect(await ensurePrivacyConsent()).toBe(true)
    expect(wechat.api.requirePrivacyAuthorize).not.toHaveBeenCalled()
    expect(privacyState().open).toBe(false)
  })

  it('a member who agreed before: true at once, no sheet', async () => {
    installPrivacyListener()
    wechat.pressAgree(AGREE_BUTTON_ID)
    const first = ensurePrivacyConsent()
    await flush()
    answerPrivacy(true)
    expect(await first).toBe(true)
    const referrers = wechat.referrers.length
    expect(await ensurePrivacyConsent()).toBe(true)
    expect(wechat.referrers).toHaveLength(referrers) // WeChat did not ask again
    expect(privacyState().open).toBe(false)
  })

  it('opens the sheet, tells WeChat it is shown, and agrees with the tapped button’s id', async () => {
    installPrivacyListener()
    const consent = ensurePrivacyConsent()
    await flush()
    expect(privacyState()).toMatchObject({ open: true, contractName: '《同心小程序隐私保护指引》' })
    expect(wechat.answers).toEqual([{ event: 'exposureAuthorization' }])
    wechat.pressAgree(AGREE_BUTTON_ID)
    answerPrivacy(true)
    expect(await consent).toBe(true)
    expect(wechat.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    expect(privacyState()).toMatchObject({ open: false, refused: false })
    expect(wechat.agreed()).toBe(true)
  })

  it('拒绝 → false and remembered as refused; asking again opens the sheet again, and agreeing clears it', async () => {
    installPrivacyListener()
    const first = ensurePrivacyConsent()
    await flush()
    answerPrivacy(false)
    expect(await first).toBe(false)
    expect(wechat.answers.at(-1)).toEqual({ event: 'disagree' })
    expect(privacyState()).toMatchObject({ open: false, refused: true })

    const again = ensurePrivacyConsent()
    await flush()
    expect(privacyState().open).toBe(true)
    wechat.pressAgree(AGREE_BUTTON_ID)
    answerPrivacy(true)
    expect(await again).toBe(true)
    expect(privacyState().refused).toBe(false)
  })

  it('answers every call that waits together (two privacy calls at once)', async () => {
    installPrivacyListener()
    const a = ensurePrivacyConsent()
    const b = ensurePrivacyConsent()
    await flush()
    expect(wechat.referrers).toEqual(['requirePrivacyAuthorize', 'requirePrivacyAuthorize'])
    wechat.pressAgree(AGREE_BUTTON_ID)
    answerPrivacy(true)
    expect(await Promise.all([a, b])).toEqual([true, true])
  })

  it('registers the listener once, however often it is installed', () => {
    installPrivacyListener()
    installPrivacyListener()
    void ensurePrivacyConsent()
    expect(wechat.api.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
  })
})

describe('no page to show the sheet', () => {
  it('refuses at once rather than leave the call waiting', async () => {
    unmountSheet!()
    unmountSheet = null
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    installPrivacyListener()
    expect(await ensurePrivacyConsent()).toBe(false)
    expect(wechat.answers).toEqual([{ event: 'disagree' }])
    expect(warn).toHaveBeenCalled()
  })

  it('the page leaving while the sheet is open refuses what waits', async () => {
    installPrivacyListener()
    const consent = ensurePrivacyConsent()
    await flush()
    unmountSheet!()
    unmountSheet = null
    expect(await consent).toBe(false)
    expect(privacyState().open).toBe(false)
  })
})

it('openPrivacyContract opens WeChat’s page of the guide', () => {
  openPrivacyContract()
  expect(wechat.api.openPrivacyContract).toHaveBeenCalledTimes(1)
})
