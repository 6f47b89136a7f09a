jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, fireEvent, render, screen } from '@testing-library/react'
import UpcomingPage from '@/birthday/pages/upcoming'
import { clock } from '@/birthday/view'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { route } from '@tests/src/helpers/assessMember'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { upcomingEntry, upcomingResult } from '@tests/src/helpers/birthdayFixtures'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { forgetCaller } from '@/core/caller'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { consentBalances } from '@tests/src/helpers/consents'

const PATH = '/birthday/pages/upcoming/index'

async function pick(field: string, value: string) {
  const picker = document.querySelector(`[data-field="${field}"]`)!.closest('taro-picker-core')!
  await act(async () => {
    fireEvent(picker, new CustomEvent('change', { detail: { value } }))
  })
}

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  forgetCaller()
  process.env.TARO_ENV = 'h5'
  nav = spyNavigation()
  // 2026-07-01 10:00 CST
  jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-07-01T02:00:00.000Z'))
})
afterEach(() => {
  restoreTaroStubs()
  jest.restoreAllMocks()
})

const script = (extra: Record<string, (e: any) => unknown> = {}) =>
  answerCloud({
    'birthday.upcoming': () => upcomingResult(),
    'birthday.monthlyList': (e: { month: string }) => ({
      orgId: 'b1',
      month: e.month,
      items: [upcomingEntry(), upcomingEntry({ memberId: 'r3', name: '钱进', date: '2026-07-20', years: 7, round: false })]
    }),
    'birthday.makeBirthdayActivity': () => ({ activityId: 'a0k3z9x1q2', expectedMemberIds: ['r2', 'r3'] }),
    ...extra
  })

describe('upcoming political birthdays', () => {
  it('lists the next 30 days, round anniversaries marked, one call; a member opens their 七个一 sheet', async () => {
    script()
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    expect(await screen.findByText('第一党支部')).toBeTruthy()
    expect(screen.getByText('近期政治生日 · 7月1日至7月30日')).toBeTruthy()
    expect(screen.getByText('7月4日 · 3天后 · 入党 20 周年')).toBeTruthy()
    expect(screen.getByText('7月20日 · 19天后 · 入党 7 周年')).toBeTruthy()
    expect(screen.getAllByText('逢十')).toHaveLength(1)
    expect(calls('upcoming')).toEqual([{ action: 'upcoming', orgId: 'b1' }])
    await tap('赵敏')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/birthday/pages/sevenOnes/index?memberId=r2&year=2026' })
  })

  it('a member greeted at their assessing org: marked, and no 七个一 link (that org keeps it)', async () => {
    script({ 'birthday.upcoming': () => upcomingResult([upcomingEntry({ relation: 'home' })]) })
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    expect(await screen.findByText('由考核支部组织')).toBeTruthy()
    expect(screen.queryByText('七个一 ›')).toBeNull()
    await tap('赵敏')
    expect(nav.navigateTo).not.toHaveBeenCalled()
  })

  it('without an org in the route: the caller’s own (the server decides)', async () => {
    script({ 'birthday.upcoming': () => upcomingResult([]) })
    route(PATH, {})
    render(<UpcomingPage />)
    expect(await screen.findByText('近 30 天没有党员过政治生日')).toBeTruthy()
    expect(calls('upcoming')).toEqual([{ action: 'upcoming' }])
  })

  it('本月集体政治生日: the month’s list, then a check-in activity with the times picked → its attendance page', async () => {
    script()
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    await tap('本月集体政治生日')
    expect(calls('monthlyList')).toEqual([{ action: 'monthlyList', orgId: 'b1', month: '2026-07' }])
    expect(await screen.findByText('7月集体政治生日')).toBeTruthy()
    expect(screen.getByText('7月20日 · 入党 7 周年')).toBeTruthy()
    await pick('date', '2026-07-10')
    await pick('start', '14:30')
    await pick('end', '16:00')
    await tap('创建主题党日签到活动')
    expect(calls('makeBirthdayActivity')).toEqual([
      {
        action: 'makeBirthdayActivity',
        orgId: 'b1',
        month: '2026-07',
        startAt: '2026-07-10T14:30:00+08:00',
        endAt: '2026-07-10T16:00:00+08:00'
      }
    ])
    expect(await screen.findByText('已创建签到活动，应到 2 人')).toBeTruthy()
    await tap('查看出勤情况')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/checkin/pages/attendance/index?id=a0k3z9x1q2' })
  })

  it('refuses an end before the start, and shows the server’s refusal', async () => {
    script({ 'birthday.makeBirthdayActivity': () => fail('NO_BIRTHDAYS', '本月没有需要过政治生日的党员') })
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    await tap('本月集体政治生日')
    await screen.findByText('7月集体政治生日')
    await pick('end', '14:00')
    await tap('创建主题党日签到活动')
    expect(screen.getByText('结束时间须晚于开始时间')).toBeTruthy()
    expect(calls('makeBirthdayActivity')).toEqual([])
    await pick('end', '17:00')
    await tap('创建主题党日签到活动')
    expect(await screen.findByText('本月没有需要过政治生日的党员')).toBeTruthy()
  })
})

describe('upcoming: the secretary’s own reminder (政治生日预告) renewed here', () => {
  const NONE = consentBalances()

  it('used up: 开启政治生日预告 from a tap (H5: the confirm sheet) reports birthdayUpcoming', async () => {
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    script({
      'member.whoami': () => ({ ...whoSecretary(), subscribeTemplates: { birthdayUpcoming: 'tid-u' }, consents: NONE }),
      'birthday.reportConsent': () => ({
        counted: true,
        balances: { ...NONE, birthdayUpcoming: 1, studyTask: 0, studyReturned: 0, studyAnalysis: 0 }
      })
    })
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    await tap('开启政治生日预告')
    expect(await screen.findByText('已开启：下次政治生日预告将以微信消息送达')).toBeTruthy()
    expect(screen.getByText('已开启政治生日预告（还可接收 1 次）')).toBeTruthy()
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(calls('reportConsent').map((e) => e.accepted)).toEqual([['birthdayUpcoming']])
  })

  it('not a secretary (the timer reminds secretaries only): no offer', async () => {
    const deputy = whoMember({
      roles: [{ orgId: 'b1', role: 'deputy' }],
      subscribeTemplates: { birthdayUpcoming: 'tid-u' },
      consents: NONE
    })
    script({ 'member.whoami': () => deputy })
    route(PATH, { orgId: 'b1' })
    render(<UpcomingPage />)
    expect(await screen.findByText('第一党支部')).toBeTruthy()
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    expect(calls('whoami')).toHaveLength(1)
    expect(screen.queryByText(/政治生日预告|管理消息提醒/)).toBeNull()
  })
})
