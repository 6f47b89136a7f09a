jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
// The H5 Taro that jest maps @tarojs/taro to has no page-lifecycle hooks: capture useDidShow's callback.
const didShow: Array<() => void> = []
;(require('@tarojs/taro') as Record<string, unknown>).useDidShow = (cb: () => void) => didShow.push(cb)
import { act, render, screen, waitFor } from '@testing-library/react'
import OrgActivitiesPage from '@/checkin/pages/activities'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { organised } from '@tests/src/helpers/checkinFixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

const rowOf = (title: string, cls: string) => screen.getByText(title).closest(cls) as HTMLElement

describe('organiser activity list', () => {
  const list = () => ({
    activities: [
      organised({ _id: 'a1', title: '主题党日', phase: 'open', open: true }, { expected: 12, present: 9, pending: 3, rate: 0.75 }),
      organised(
        { _id: 'a0', title: '十月党课', phase: 'ended', stage: 'ended', type: 'partyLecture' },
        { expected: 0, present: 0, absent: 0, pending: 0, rate: null }
      )
    ]
  })

  it('shows each activity with its figures and its phase', async () => {
    answerCloud({ 'checkin.listActivities': list })
    render(<OrgActivitiesPage />)
    await screen.findByText('主题党日')
    const open = rowOf('主题党日', '.org-act__row').textContent
    for (const s of ['签到中', '主题党日 · 第一养护站党支部 · 开放', '应到 12', '实到 9', '未签到 3', '出勤率 75%', '签到屏'])
      expect(open).toContain(s)
    const ended = rowOf('十月党课', '.org-act__row').textContent
    expect(ended).toContain('已结束')
    expect(ended).toContain('出勤率 —')
    expect(ended).not.toContain('签到屏')
    expect(calls('listActivities')).toEqual([{ action: 'listActivities', view: 'organiser' }])
  })

  // Next week's 党课 once showed 缺席 11 / 出勤率 0%: nobody is absent before the end, and no rate before the start.
  it.each([
    [
      'next week’s 党课: 未开始, no 缺席, no 出勤率',
      { phase: 'upcoming', stage: 'upcoming' },
      { expected: 11, present: 0, absent: 0, pending: 11, rate: null },
      ['未开始', '应到 11', '已签到 0'],
      ['缺席', '未签到', '出勤率']
    ],
    [
      'running: 未签到, not 缺席',
      { phase: 'open', stage: 'ongoing' },
      { expected: 11, present: 4, absent: 0, pending: 7, rate: 0.3636 },
      ['签到中', '应到 11', '实到 4', '未签到 7', '出勤率 36.4%'],
      ['缺席']
    ],
    [
      'ended: 缺席',
      { phase: 'ended', stage: 'ended' },
      { expected: 11, present: 9, absent: 2, pending: 0, rate: 0.8182 },
      ['已结束', '应到 11', '实到 9', '缺席 2', '出勤率 81.8%'],
      ['未签到']
    ]
  ] as const)('%s', async (_l, over, summary, shown, hidden) => {
    answerCloud({ 'checkin.listActivities': () => ({ activities: [organised({ _id: 'a9', title: '党课', ...over }, summary)] }) })
    render(<OrgActivitiesPage />)
    await screen.findByText('党课')
    const text = rowOf('党课', '.org-act__row').textContent
    for (const s of shown) expect(text).toContain(s)
    for (const s of hidden) expect(text).not.toContain(s)
  })

  it('puts the activity open now on top, above one next week (the server lists newest start first)', async () => {
    answerCloud({
      'checkin.listActivities': () => ({
        activities: [
          organised({ _id: 'a2', title: '下周党课', phase: 'upcoming', startAt: '2026-11-27T07:00:00.000Z' }),
          organised({ _id: 'a1', title: '主题党日', phase: 'open', startAt: '2026-11-21T03:30:00.000Z' }),
          organised({ _id: 'a0', title: '十月党课', phase: 'ended', startAt: '2026-10-20T07:00:00.000Z' })
        ]
      })
    })
    render(<OrgActivitiesPage />)
    await screen.findByText('主题党日')
    expect(Array.from(document.querySelectorAll('.org-act__row')).map((r) => r.getAttribute('data-id'))).toEqual(['a1', 'a2', 'a0'])
  })

  it.each([
    ['签到屏', '/checkin/pages/station/index?id=a1'],
    ['出勤情况', '/checkin/pages/attendance/index?id=a1']
  ])('opens %s of an activity', async (button, url) => {
    answerCloud({ 'checkin.listActivities': list })
    render(<OrgActivitiesPage />)
    await screen.findByText('主题党日')
    await tapIn('.org-act__row[data-id="a1"]', button)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
  })

  it.each([
    ['新建活动', '/checkin/pages/newActivity/index'],
    ['签到台账（导出 Excel 表格）', '/checkin/pages/ledger/index']
  ])('%s', async (button, url) => {
    answerCloud({ 'checkin.listActivities': () => ({ activities: [] }) })
    render(<OrgActivitiesPage />)
    await screen.findByText('还没有活动，点“新建活动”开始')
    await tap(button)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
  })

  it('reloads when shown again (back from the form or the station screen), not on first show', async () => {
    didShow.length = 0
    answerCloud({ 'checkin.listActivities': list })
    render(<OrgActivitiesPage />)
    await screen.findByText('主题党日')
    const latest = () => didShow[didShow.length - 1]
    await act(async () => latest()())
    expect(calls('listActivities')).toHaveLength(1)
    await act(async () => latest()())
    expect(calls('listActivities')).toHaveLength(2)
  })

  it('shows a refusal', async () => {
    answerCloud({ 'checkin.listActivities': () => fail('FORBIDDEN', '只能查看你所组织的活动') })
    render(<OrgActivitiesPage />)
    await waitFor(() => expect(screen.getByText('只能查看你所组织的活动')).toBeTruthy())
  })
})
