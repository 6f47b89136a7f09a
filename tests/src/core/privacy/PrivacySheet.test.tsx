// The consent sheet as a member sees it, driven by WeChat's privacy gate (fake, as documented).
import { act, fireEvent, render, screen } from '@testing-library/react'
import PrivacySheet from '@/core/privacy/PrivacySheet'
import { ensurePrivacyConsent, installPrivacyListener, resetPrivacyForTests } from '@/core/privacy/consent'
import { PRIVACY_PURPOSES } from '@/core/privacy/purposes'
import { tap } from '@tests/src/helpers/dom'
import { type FakePrivacy, fakePrivacy } from '@tests/src/helpers/wechatPrivacy'

const g = global as any
let wechat: FakePrivacy

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  resetPrivacyForTests()
  wechat = fakePrivacy('《同心党员服务隐私保护指引》')
  g.wx = { ...wechat.api }
  installPrivacyListener()
})
afterEach(() => {
  delete g.wx
  process.env.TARO_ENV = 'h5'
})

/** A privacy call from the page: the sheet opens while it waits (wrapped: awaiting it must not wait for the answer). */
async function ask(): Promise<{ consent: Promise<boolean> }> {
  let consent!: Promise<boolean>
  await act(async () => {
    consent = ensurePrivacyConsent()
  })
  return { consent }
}

/** The member taps 同意: WeChat records the tap on the agreePrivacyAuthorization button, then fires its event. */
async function agree() {
  const button = (await screen.findByText('同意')).closest('taro-button-core')!
  wechat.pressAgree(button.getAttribute('id')!)
  await act(async () => {
    fireEvent(button, new Event('agreeprivacyauthorization'))
  })
}

describe('PrivacySheet', () => {
  it('is not there while nothing waits for consent', () => {
    render(<PrivacySheet />)
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('names what is used and why, and links to the guide configured in the console', async () => {
    render(<PrivacySheet />)
    await ask()
    expect(await screen.findByText('隐私保护提示')).toBeTruthy()
    for (const p of PRIVACY_PURPOSES) {
      expect(screen.getByText(p.label)).toBeTruthy()
      expect(screen.getByText(`用于${p.purpose}`)).toBeTruthy()
    }
    expect(screen.getByText('用于签到时核对你是否在活动地点附近（仅在签到时获取一次，不持续定位）')).toBeTruthy()
    expect(screen.getByText('拒绝后仍可输入或扫描签到码签到，但需要核对位置的活动将无法签到。')).toBeTruthy()
    await tap('《同心党员服务隐私保护指引》')
    expect(wechat.api.openPrivacyContract).toHaveBeenCalledTimes(1)
  })

  it('同意 is WeChat’s agreePrivacyAuthorization button; agreeing lets the call go on and closes the sheet', async () => {
    render(<PrivacySheet />)
    const { consent } = await ask()
    const button = (await screen.findByText('同意')).closest('taro-button-core')!
    expect(button.getAttribute('open-type') ?? (button as any).openType).toBe('agreePrivacyAuthorization')
    await agree()
    expect(await consent).toBe(true)
    expect(wechat.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('a plain tap on 同意 without WeChat’s event agrees to nothing', async () => {
    render(<PrivacySheet />)
    await ask()
    await tap('同意')
    expect(screen.getByText('隐私保护提示')).toBeTruthy()
    expect(wechat.answers).toEqual([{ event: 'exposureAuthorization' }])
  })

  it('拒绝 fails the call and closes the sheet', async () => {
    render(<PrivacySheet />)
    const { consent } = await ask()
    await tap('拒绝')
    expect(await consent).toBe(false)
    expect(wechat.answers.at(-1)).toEqual({ event: 'disagree' })
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('never shows in H5: the browser’s own prompt stands in', async () => {
    process.env.TARO_ENV = 'h5'
    render(<PrivacySheet />)
    expect(await (await ask()).consent).toBe(true)
    expect(screen.queryByText('隐私保护提示')).toBeNull()
    expect(wechat.api.requirePrivacyAuthorize).not.toHaveBeenCalled()
  })
})
