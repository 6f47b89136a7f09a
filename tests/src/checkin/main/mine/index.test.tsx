jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import MyActivitiesPage from '@/checkin/main/mine'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { myActivity } from '@tests/src/helpers/checkinFixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

const rowOf = (title: string, cls: string) => screen.getByText(title).closest(cls) as HTMLElement

describe('my activities', () => {
  const quarter = { label: '2026年第四季度', from: '2026-10-01', to: '2026-12-31', expected: 4, attended: 3 }
  const list = () => ({
    quarter,
    upcoming: [
      myActivity({ _id: 'a1', title: '主题党日', phase: 'open' }),
      myActivity({ _id: 'a2', title: '党课', phase: 'upcoming', stage: 'upcoming', type: 'partyLecture' })
    ],
    past: [
      myActivity(
        { _id: 'a3', title: '十月支部党员大会', phase: 'ended', stage: 'ended', type: 'branchMeeting' },
        { status: 'present', checkedInAt: '2026-10-20T01:00:00Z' }
      ),
      myActivity(
        { _id: 'a4', title: '集中学习', phase: 'ended', stage: 'ended', type: 'study' },
        { status: 'late', checkedInAt: '2026-10-21T01:10:00Z', late: true }
      ),
      myActivity(
        { _id: 'a5', title: '党小组会', phase: 'ended', stage: 'ended', type: 'groupMeeting' },
        { status: 'makeup', checkedInAt: '2026-10-22T01:10:00Z', makeup: true }
      ),
      myActivity({ _id: 'a6', title: '志愿服务', phase: 'ended', stage: 'ended', type: 'volunteer' }, { status: 'absent' })
    ]
  })

  it('lists running, upcoming and past activities with my status and when I checked in', async () => {
    answerCloud({ 'checkin.listActivities': list })
    render(<MyActivitiesPage />)
    await screen.findByText('即将开始')
    expect(rowOf('主题党日', '.my-act__row').textContent).toBe('主题党日未签到主题党日 · 第一养护站党支部2026-11-21 10:00 开始去签到')
    expect(rowOf('党课', '.my-act__row').textContent).toContain('未开始')
    expect(rowOf('党课', '.my-act__row').textContent).not.toContain('去签到')
    expect(rowOf('十月支部党员大会', '.my-act__row').textContent).toContain('出席')
    expect(rowOf('十月支部党员大会', '.my-act__row').textContent).toContain('签到时间 09:00')
    expect(rowOf('集中学习', '.my-act__row').textContent).toContain('签到时间 09:10（迟到）')
    expect(rowOf('党小组会', '.my-act__row').textContent).toContain('补签（10-22 09:10 记录）')
    expect(rowOf('志愿服务', '.my-act__row').textContent).not.toContain('签到时间')
    expect(screen.getByText('迟到').className).toContain('tag--warn')
    expect(rowOf('党小组会', '.my-act__row').textContent).toContain('补签')
    expect(screen.getByText('缺席').className).toContain('tag--red')
    expect(calls('listActivities')).toEqual([{ action: 'listActivities', view: 'member' }])
  })

  // 即将开始 once headed an activity that had started 1.5 hours before.
  it('puts an activity that started 1.5 h ago under 进行中, not 即将开始', async () => {
    answerCloud({ 'checkin.listActivities': list })
    render(<MyActivitiesPage />)
    await screen.findByText('即将开始')
    const sections = Array.from(document.querySelectorAll('.my-act__section'), (s) => [
      s.querySelector('.page__heading')!.textContent,
      Array.from(s.querySelectorAll('.my-act__title'), (t) => t.textContent)
    ])
    expect(sections).toEqual([
      ['进行中', ['主题党日']],
      ['即将开始', ['党课']],
      ['已结束', ['十月支部党员大会', '集中学习', '党小组会', '志愿服务']]
    ])
  })

  it.each([
    ['this quarter’s totals', { expected: 4, attended: 3 }, '2026年第四季度 出勤 3/4'],
    ['nothing ended yet this quarter', { expected: 0, attended: 0 }, '2026年第四季度 尚无已结束的活动']
  ])('shows %s', async (_l, counts, text) => {
    answerCloud({ 'checkin.listActivities': () => ({ ...list(), quarter: { ...quarter, ...counts } }) })
    render(<MyActivitiesPage />)
    expect((await screen.findByText(text)).className).toContain('my-act__totals')
  })

  it('opens the check-in page for an open activity', async () => {
    answerCloud({ 'checkin.listActivities': list })
    render(<MyActivitiesPage />)
    await tap('去签到')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/pages/checkin/index?activityId=a1' })
  })

  it('has no 去签到 once I am checked in', async () => {
    answerCloud({
      'checkin.listActivities': () => ({
        quarter,
        upcoming: [myActivity({ phase: 'open' }, { status: 'present', checkedInAt: '2026-11-21T01:58:00Z' })],
        past: []
      })
    })
    render(<MyActivitiesPage />)
    await screen.findByText('出席')
    expect(screen.queryByText('去签到')).toBeNull()
    expect(screen.getByText('暂无已结束的活动')).toBeTruthy()
  })

  it('shows an error with a retry', async () => {
    let n = 0
    answerCloud({ 'checkin.listActivities': () => (++n === 1 ? fail('NETWORK', '网络连接失败，请检查网络后重试') : list()) })
    render(<MyActivitiesPage />)
    await tap('重试')
    expect(await screen.findByText('即将开始')).toBeTruthy()
  })
})
