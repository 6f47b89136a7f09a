jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, render, screen } from '@testing-library/react'
import AssessPeriodsPage from '@/assessment/pages/periods'
import { clock } from '@/assessment/desk'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeInto } from '@tests/src/helpers/dom'
import { inputsRendered } from '@tests/src/helpers/assessInputs'
import { roster, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { deskPeriod as period } from '@tests/src/helpers/assessFixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  // 2026-11-21 10:00 CST
  jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-21T02:00:00.000Z'))
})
afterEach(() => jest.restoreAllMocks())

/** Open the form and wait until its inputs are rendered (Taro's input sets its value only once rendered). */
async function openForm() {
  await tap('开启新一期考评')
  await inputsRendered()
}

const older = period({ _id: 'p0', name: '2026年第三季度', status: 'published', openedAt: '2026-08-01T02:00:00.000Z' })
const script = (extra: Record<string, (e: any) => unknown> = {}) => ({
  'member.whoami': () => whoSecretary(),
  'assessment.listPeriods': () => ({ periods: [older, period()] }),
  ...extra
})

describe('考评管理 (periods)', () => {
  it('lists the periods newest first with status, members and the CST deadline; a row opens the desk', async () => {
    answerCloud(script())
    render(<AssessPeriodsPage />)
    await screen.findByText('2026年第四季度')
    const rows = Array.from(document.querySelectorAll('.assess-periods__row')).map((r) => r.textContent)
    expect(rows).toEqual([
      '2026年第四季度评分中第一养护站党支部2026-10-01 至 2026-12-31 · 3 人 · 评分截止 2027-01-07 18:00',
      '2026年第三季度已公示第一养护站党支部2026-10-01 至 2026-12-31 · 3 人 · 评分截止 2027-01-07 18:00'
    ])
    await tap('2026年第三季度')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/period/index?periodId=p0' })
  })

  it('a home org’s secretary gets their dispatched member’s result, not the other branch’s desk (双重管理)', async () => {
    // The period of branch b2, listed because our member r3 (relation 'home') is assessed there.
    const away = period({ _id: 'p7', orgId: 'b2', orgName: '第二养护站党支部', status: 'published', memberIds: ['r3', 'x1'] })
    answerCloud(script({ 'assessment.listPeriods': () => ({ periods: [away] }), 'member.roster': () => roster('b1') }))
    render(<AssessPeriodsPage />)
    await screen.findByText('孙强 · 查看结果 ›')
    expect(calls('roster')).toEqual([{ action: 'roster', orgId: 'b1' }])
    await tap('第二养护站党支部')
    expect(nav.navigateTo).not.toHaveBeenCalled() // getPeriod would refuse: not our desk
    await tap('孙强 · 查看结果 ›')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/result/index?periodId=p7&memberId=r3' })
  })

  it('opens a period from a quick pick: name, dates and a suggested deadline filled, sent in CST', async () => {
    answerCloud(script({ 'assessment.openPeriod': (e) => ({ period: period({ _id: 'p9', name: e.name }) }) }))
    render(<AssessPeriodsPage />)
    await openForm()
    expect(screen.getByText('考核支部：第一养护站党支部')).toBeTruthy()
    const picks = Array.from(document.querySelectorAll('.period-form .chips__chip')).map((c) => c.textContent)
    expect(picks).toEqual(['2026年第四季度', '2026年第三季度', '2026年度', '2025年度', '全支部互评', '党小组内互评'])
    await tapIn('.period-form', '2026年第四季度')
    const value = (ph: string) => document.querySelector<HTMLInputElement>(`input[placeholder="${ph}"]`)!.value
    expect([value('开始 年-月-日'), value('结束 年-月-日'), value('截止 年-月-日'), value('时:分'), value('天数')]).toEqual([
      '2026-10-01',
      '2026-12-31',
      '2027-01-07',
      '18:00',
      '5'
    ])
    await tap('党小组内互评')
    await tap('开启考评')
    expect(calls('openPeriod')).toEqual([
      {
        action: 'openPeriod',
        orgId: 'b1',
        name: '2026年第四季度',
        from: '2026-10-01',
        to: '2026-12-31',
        ratingDeadline: '2027-01-07T10:00:00.000Z',
        peerScope: 'group',
        publicityDays: 5
      }
    ])
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/period/index?periodId=p9' })
    expect(calls('listPeriods')).toHaveLength(2)
  })

  it('checks the form before sending: dates in the wrong order, a past deadline', async () => {
    answerCloud(script())
    render(<AssessPeriodsPage />)
    await openForm()
    await act(async () => {
      await typeInto('如 2026年第四季度', '2026年度')
      await typeInto('开始 年-月-日', '2026-12-31')
      await typeInto('结束 年-月-日', '2026-01-01')
      await typeInto('截止 年-月-日', '2027-01-10')
    })
    await tap('开启考评')
    expect(screen.getByText('开始日期不能晚于结束日期')).toBeTruthy()
    await act(async () => {
      await typeInto('开始 年-月-日', '2026-01-01')
      await typeInto('结束 年-月-日', '2026-12-31')
      await typeInto('截止 年-月-日', '2026-11-20')
    })
    await tap('开启考评')
    expect(screen.getByText('评分截止时间须晚于现在')).toBeTruthy()
    expect(calls('openPeriod')).toHaveLength(0)
  })

  it('shows the server’s refusal (an open period exists) and keeps the form', async () => {
    answerCloud(script({ 'assessment.openPeriod': () => fail('PERIOD_EXISTS', '本支部已有未发布的考评：2026年第四季度') }))
    render(<AssessPeriodsPage />)
    await openForm()
    await tapIn('.period-form', '2026年度')
    await tap('开启考评')
    expect(await screen.findByText('本支部已有未发布的考评：2026年第四季度')).toBeTruthy()
    expect(screen.getByText('开启考评')).toBeTruthy()
    expect(nav.navigateTo).not.toHaveBeenCalled()
  })

  it('makes a secretary of two branches choose the branch', async () => {
    answerCloud(
      script({
        'member.whoami': () => whoSecretary(['b1', 'b2']),
        'assessment.openPeriod': (e) => ({ period: period({ _id: 'p8', orgId: e.orgId }) })
      })
    )
    render(<AssessPeriodsPage />)
    await openForm()
    await tapIn('.period-form', '2026年度')
    await tap('开启考评')
    expect(screen.getByText('请选择考核的支部')).toBeTruthy()
    await tapIn('.period-form', '第二养护站党支部')
    await tap('开启考评')
    expect(calls('openPeriod')[0].orgId).toBe('b2')
  })

  it('offers committee staff the list but no opening (only a branch secretary opens)', async () => {
    answerCloud(script({ 'member.whoami': () => whoStaff() }))
    render(<AssessPeriodsPage />)
    await screen.findByText('2026年第四季度')
    expect(screen.queryByText('开启新一期考评')).toBeNull()
  })
})
