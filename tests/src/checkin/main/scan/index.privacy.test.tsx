jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
// The check-in page in WeChat behind the privacy gate (fake, as documented): the consent sheet
// comes before the position; refusing it leaves check-in by code alone.
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import CheckinPage from '@/checkin/main/scan'
import { CloudError } from '@/core/cloud'
import { installPrivacyListener, resetPrivacyForTests } from '@/core/privacy/consent'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { CODE, activity, myActivity } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { type FakePrivacy, fakePrivacy } from '@tests/src/helpers/wechatPrivacy'

const g = global as any
let wechat: FakePrivacy

const checkedIn = () => ({ checkedInAt: '2026-11-21T02:05:00.000Z', clock: '10:05', late: false, activity: activity() })
const mine = () => ({ upcoming: [myActivity()], past: [] })
const LOCATION_REQUIRED = () => {
  throw new CloudError('LOCATION_REQUIRED', '该活动需要确认位置，请允许获取位置后重试')
}

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  resetPrivacyForTests()
  wechat = fakePrivacy()
  g.wx = { ...wechat.api }
  installPrivacyListener()
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { scene: CODE } } } as any)
  stubTaro('authorize', async () => ({ errMsg: 'authorize:ok' }))
  stubTaro('getLocation', async () => ({ latitude: 36.06, longitude: 103.83 }))
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
  delete g.wx
  process.env.TARO_ENV = 'h5'
})

async function agree() {
  const button = (await screen.findByText('同意')).closest('taro-button-core')!
  wechat.pressAgree(button.getAttribute('id')!)
  await act(async () => {
    fireEvent(button, new Event('agreeprivacyauthorization'))
  })
}

describe('check-in page behind the privacy gate (WeChat)', () => {
  it('shows the consent sheet before locating; 同意 → the position goes with the check-in', async () => {
    answerCloud({ 'checkin.checkin': checkedIn, 'checkin.listActivities': mine })
    render(<CheckinPage />)
    expect(await screen.findByText('隐私保护提示')).toBeTruthy()
    expect(Taro.getLocation).not.toHaveBeenCalled()
    await agree()
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }])
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('拒绝 → checks in by the code alone, no position asked or sent', async () => {
    answerCloud({ 'checkin.checkin': checkedIn, 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await tap('拒绝')
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([{ action: 'checkin', code: CODE }])
    expect(Taro.authorize).not.toHaveBeenCalled()
    expect(Taro.getLocation).not.toHaveBeenCalled()
  })

  it('拒绝 at an activity that needs the position: says 需要位置授权, and 重新定位并签到 opens the sheet again', async () => {
    let n = 0
    answerCloud({
      'checkin.checkin': (e: any) => (++n === 1 || !e.location ? LOCATION_REQUIRED() : checkedIn()),
      'checkin.listActivities': mine
    })
    render(<CheckinPage />)
    await tap('拒绝')
    expect(await screen.findByText('该活动需要确认位置，请允许获取位置后重试')).toBeTruthy()
    expect(screen.getByText('需要位置授权：你未同意隐私保护指引，小程序无法获取位置。点“重新定位并签到”，同意后即可签到。')).toBeTruthy()
    expect(screen.queryByText('打开定位权限')).toBeNull() // the settings cannot undo a refused guide
    await tap('重新定位并签到')
    expect(await screen.findByText('隐私保护提示')).toBeTruthy()
    await agree()
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(calls('checkin')).toEqual([
      { action: 'checkin', code: CODE },
      { action: 'checkin', code: CODE, location: { lat: 36.06, lng: 103.83 } }
    ])
  })

  it('once agreed, a later check-in goes straight through: no sheet', async () => {
    answerCloud({ 'checkin.checkin': checkedIn, 'checkin.listActivities': mine })
    render(<CheckinPage />)
    await agree()
    await screen.findByText('签到成功')
    // A second check-in (another activity) in the same launch: straight through.
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { scene: CODE } } } as any)
    const asked = wechat.referrers.length
    render(<CheckinPage />)
    await screen.findAllByText('签到成功')
    expect(wechat.referrers).toHaveLength(asked)
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })
})
