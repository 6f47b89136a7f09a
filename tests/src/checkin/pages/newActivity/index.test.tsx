jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import NewActivityPage from '@/checkin/pages/newActivity'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { roster, whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { activity } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'

// 10:32 CST: the form starts at 10:35.
const NOW = Date.parse('2026-11-21T02:32:00Z')

function setGeolocation(impl: ((ok: (p: any) => void, fail: (e: any) => void) => void) | undefined) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: impl ? { getCurrentPosition: impl } : undefined })
}

const script = (over: Record<string, (e: any) => unknown> = {}) =>
  answerCloud({
    'member.whoami': () => whoSecretary(['b1', 'b2']),
    'checkin.listStations': (e) => ({
      stations: e.orgId === 'b1' ? [{ _id: 's_1', orgId: 'b1', name: '一楼会议室', location: null }] : []
    }),
    'checkin.createActivity': (e) => ({ activity: activity({ title: e.title, expectedCount: e.expectedMemberIds?.length ?? 11 }) }),
    'member.roster': (e) => roster(e.orgId),
    ...over
  })

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  nav = spyNavigation()
  setGeolocation(undefined)
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('new activity form', () => {
  it('shows the CST defaults and the window they make', async () => {
    script()
    render(<NewActivityPage />)
    await screen.findByText('活动类型')
    expect(document.querySelector('[data-field="startDate"]')!.textContent).toBe('2026-11-21')
    expect(document.querySelector('[data-field="startTime"]')!.textContent).toBe('10:35')
    expect(document.querySelector('[data-field="endTime"]')!.textContent).toBe('11:35')
    expect(screen.getByText('签到 11-21 10:05 开放，11-21 11:35 截止，11-21 10:35 后算迟到')).toBeTruthy()
    expect(screen.getByText('主题党日').className).toContain('chips__chip--on')
    // Eight types, two orgs to choose from, stations of the first org.
    for (const t of ['支部党员大会', '支委会', '党小组会', '党课', '志愿服务', '集中学习', '其他']) expect(screen.getByText(t)).toBeTruthy()
    expect(screen.getByText('第一养护站党支部').className).toContain('chips__chip--on')
    expect(await screen.findByText('一楼会议室')).toBeTruthy()
    expect(calls('listStations')).toEqual([{ action: 'listStations', orgId: 'b1' }])
  })

  it('creates an activity with instants in +08:00 and offers the station screen', async () => {
    script()
    render(<NewActivityPage />)
    await screen.findByText('活动类型')
    await tap('党课')
    await typeInto('如：11月主题党日', ' 11月党课 ')
    await tap('创建活动')
    expect(calls('createActivity')).toEqual([
      {
        action: 'createActivity',
        type: 'partyLecture',
        title: '11月党课',
        orgId: 'b1',
        startAt: '2026-11-21T10:35:00+08:00',
        endAt: '2026-11-21T11:35:00+08:00'
      }
    ])
    expect(await screen.findByText('活动已创建')).toBeTruthy()
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    await tap('打开签到屏')
    expect(redirect).toHaveBeenCalledWith({ url: '/checkin/pages/station/index?id=a0k3z9x1q2' })
  })

  it('changes the start time with the picker', async () => {
    script()
    render(<NewActivityPage />)
    await screen.findByText('活动类型')
    const picker = document.querySelector('[data-field="startTime"]')!.closest('taro-picker-core')!
    await act(async () => {
      fireEvent(picker, new CustomEvent('change', { detail: { value: '09:00' } }))
    })
    expect(document.querySelector('[data-field="startTime"]')!.textContent).toBe('09:00')
    expect(screen.getByText('签到 11-21 08:30 开放，11-21 11:35 截止，11-21 09:00 后算迟到')).toBeTruthy()
  })

  it('sends the window, openness, venue, a new station and some expected members', async () => {
    setGeolocation((ok) => ok({ coords: { latitude: 36.0611, longitude: 103.8342 } }))
    script({ 'checkin.saveStation': (e) => ({ station: { _id: 's_2', orgId: e.orgId, name: e.name, location: e.location } }) })
    render(<NewActivityPage />)
    await screen.findByText('活动类型')
    await typeInto('如：11月主题党日', '志愿服务进社区')
    const minutes = document.querySelectorAll<HTMLInputElement>('.new-act__num input')
    await act(async () => {
      fireEvent.input(minutes[0], { target: { value: '60' } })
      fireEvent.input(minutes[2], { target: { value: '10' } })
    })
    await tap('允许其他组织党员参加')
    await tap('使用我的当前位置')
    expect(await screen.findByText('纬度 36.0611，经度 103.8342')).toBeTruthy()
    await typeInto('新签到点名称，如：三楼会议室', '社区服务站')
    await tap('新建')
    expect(await screen.findByText('社区服务站')).toBeTruthy()
    expect(calls('saveStation')).toEqual([
      { action: 'saveStation', orgId: 'b1', name: '社区服务站', location: { lat: 36.0611, lng: 103.8342 } }
    ])
    await tap('选择部分党员')
    expect(await screen.findByText('已选 2 / 2 人')).toBeTruthy() // 孙强 is ours only on paper (home): not offered
    await tap('✓ 赵敏')
    expect(screen.getByText('已选 1 / 2 人')).toBeTruthy()
    await tap('创建活动')
    expect(calls('createActivity')[0]).toEqual({
      action: 'createActivity',
      type: 'themeDay',
      title: '志愿服务进社区',
      orgId: 'b1',
      startAt: '2026-11-21T10:35:00+08:00',
      endAt: '2026-11-21T11:35:00+08:00',
      window: { opensMinutesBefore: 60, lateAfterMinutes: 10 },
      open: true,
      venue: { lat: 36.0611, lng: 103.8342, radiusM: 300 },
      stationIds: ['s_2'],
      expectedMemberIds: ['r1']
    })
    expect(await screen.findByText('应到 1 人')).toBeTruthy()
  })

  it('in WeChat picks the venue on the map', async () => {
    process.env.TARO_ENV = 'weapp'
    const choose = stubTaro('chooseLocation', async () => ({ latitude: 36.05, longitude: 103.82, name: '养护站', address: '' }))
    script()
    render(<NewActivityPage />)
    await tap('在地图上选择地点')
    expect(choose).toHaveBeenCalled()
    expect(await screen.findByText('纬度 36.05，经度 103.82')).toBeTruthy()
    process.env.TARO_ENV = 'h5'
  })

  it('loads the stations of another org when it is chosen', async () => {
    script()
    render(<NewActivityPage />)
    await screen.findByText('一楼会议室')
    await tap('第二养护站党支部')
    expect(calls('listStations').map((e) => e.orgId)).toEqual(['b1', 'b2'])
    expect(screen.queryByText('一楼会议室')).toBeNull()
  })

  it.each([
    ['no title', '', '请填写活动名称'],
    ['a server refusal', '主题党日', '活动开始时间不能早于 30 天前']
  ])('shows %s and sends nothing more', async (_n, title, message) => {
    script({ 'checkin.createActivity': () => fail('INVALID_INPUT', '活动开始时间不能早于 30 天前') })
    render(<NewActivityPage />)
    await screen.findByText('活动类型')
    if (title) await typeInto('如：11月主题党日', title)
    await tap('创建活动')
    expect(await screen.findByText(message)).toBeTruthy()
    expect(calls('createActivity')).toHaveLength(title ? 1 : 0)
  })

  it('tells a plain member that only organisers create activities', async () => {
    script({ 'member.whoami': () => whoMember() })
    render(<NewActivityPage />)
    expect(await screen.findByText('只有支部书记、副书记、支委和党小组长可以组织活动')).toBeTruthy()
    expect(nav.navigateTo).not.toHaveBeenCalled()
  })
})
