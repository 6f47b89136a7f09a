jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import MyAssessPage from '@/assessment/pages/my'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import type { MyPeriod, RateTarget } from '@shared/assessment/api'
import { memberResult, orgTargets, period, publishedPeriod, targets } from '@tests/src/helpers/assessFixtures'
import { click, texts } from '@tests/src/helpers/assessMember'

const whoM1 = () => {
  const w = whoMember()
  return { ...w, member: { ...w.member!, _id: 'm1' } }
}

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

const rating = period()
const published = publishedPeriod({ _id: 'p0', name: '2026年第三季度', openedAt: '2026-08-01T01:00:00.000Z' })

/** What myPeriods answers by default: the rating period with my tasks, the published one with my result. */
function mine(over: { desk?: boolean; targets?: RateTarget[]; periods?: MyPeriod[] } = {}): { periods: MyPeriod[] } {
  const desk = over.desk ?? false
  return {
    periods: over.periods ?? [
      { period: rating, desk, targets: over.targets ?? targets(), result: null },
      { period: published, desk, targets: null, result: memberResult({ periodId: 'p0' }) }
    ]
  }
}

function script(over: Record<string, (e: any) => unknown> = {}) {
  return answerCloud({
    'member.whoami': () => whoM1(),
    'assessment.myPeriods': () => mine(),
    ...over
  })
}

describe('我的考评', () => {
  it('links a branch committee member (deputy, committee member: talkers, org raters) to the branch’s desk;', async () => {
    const w = whoM1()
    const roles = [{ orgId: published.orgId, role: 'committeeMember' as const }]
    script({
      'member.whoami': () => ({ ...w, member: { ...w.member!, roles }, roles }),
      'assessment.myPeriods': () => mine({ desk: true })
    })
    render(<MyAssessPage />)
    await screen.findByText('2026年第四季度')
    expect(texts('.my__link').filter((t) => t.startsWith('支部考评工作台'))).toHaveLength(2)
    const links = document.querySelector('[data-period="p0"]')!.querySelectorAll('.my__link')
    expect(links[1].textContent).toBe('支部考评工作台（进度、结果、谈话）›')
    await act(async () => {
      fireEvent.click(links[1])
    })
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/period/index?periodId=p0' })
  })

  it('shows no desk link to a member without a committee role', async () => {
    script()
    render(<MyAssessPage />)
    await screen.findByText('2026年第四季度')
    expect(texts('.my__link')).toEqual(['评比台 ›'])
  })

  it('lists my periods newest first with status, deadline and my rating tasks, done or not', async () => {
    script()
    render(<MyAssessPage />)
    expect(await screen.findByText('2026年第四季度')).toBeTruthy()
    expect(texts('.my__period-name')).toEqual(['2026年第四季度', '2026年第三季度'])
    expect(screen.getByText('评分中')).toBeTruthy()
    expect(screen.getByText('结果已公布')).toBeTruthy()
    expect(document.querySelector('.my__deadline')!.textContent).toMatch(/^评分截止 .+（北京时间）· 还剩 3 天 2 小时$/)
    // one call for every period (the caller is the session's)
    expect(calls('myPeriods')).toEqual([{ action: 'myPeriods' }])
    expect(calls('rateTargets')).toEqual([])
    const self = document.querySelector('[data-source="self"]')!
    expect(self.querySelector('.my__group-name')!.textContent).toBe('自评')
    expect(self.querySelector('.my__group-count')!.textContent).toBe('已完成 1/1')
    const peer = document.querySelector('[data-source="peer"]')!
    expect(peer.querySelector('.my__group-count')!.textContent).toBe('已完成 1/2')
    expect(Array.from(peer.querySelectorAll('.my__task')).map((t) => t.textContent)).toEqual(['张伟未评 ›', '赵敏已评 · 可修改'])
    expect(document.querySelector('[data-source="org"]')).toBeNull()
  })

  it('opens the rating form for a task', async () => {
    script()
    render(<MyAssessPage />)
    await tap('张伟')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=m2&source=peer' })
  })

  it('adds 组织考评 for an org rater', async () => {
    script({ 'assessment.myPeriods': () => mine({ targets: orgTargets() }) })
    render(<MyAssessPage />)
    await screen.findByText('组织考评')
    expect(texts('.my__group-name')).toEqual(['自评', '互评', '组织考评'])
    await click('[data-source="org"] .my__task')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=m2&source=org' })
  })

  it('shows my published result with its flag and rank, opening the detail and the board', async () => {
    script()
    render(<MyAssessPage />)
    expect(await screen.findByText('84.5 分')).toBeTruthy()
    expect(calls('memberResult')).toEqual([])
    expect(document.querySelector('.my__result [data-flag]')!.getAttribute('data-flag')).toBe('yellow')
    expect(screen.getByText('第 2 名 / 共 4 人')).toBeTruthy()
    await tap('查看详情 ›')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/assessment/pages/result/index?periodId=p0' })
    await tap('评比台 ›')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/assessment/pages/board/index?periodId=p0' })
  })

  it('says when rating has closed (no tasks, no result: the server sends none)', async () => {
    const closed = period({ _id: 'p2', name: '2026年度', status: 'closed', openedAt: '2026-12-01T00:00:00.000Z' })
    const notMine = publishedPeriod({ _id: 'p0', memberIds: ['m2'] })
    script({
      'assessment.myPeriods': () =>
        mine({
          periods: [
            { period: closed, desk: false, targets: null, result: null },
            { period: notMine, desk: false, targets: null, result: null }
          ]
        })
    })
    render(<MyAssessPage />)
    expect(await screen.findByText('评分已截止，等待支部书记审核公布结果。')).toBeTruthy()
    expect(document.querySelector('.my__result')).toBeNull()
  })

  it('says when there is nothing yet', async () => {
    script({ 'assessment.myPeriods': () => ({ periods: [] }) })
    render(<MyAssessPage />)
    expect(await screen.findByText('暂无考评。支部开启考评后会显示在这里。')).toBeTruthy()
  })

  it('sends an unbound caller to sign-in', async () => {
    script({ 'member.whoami': () => fail('NOT_BOUND', '请先绑定'), 'assessment.myPeriods': () => fail('NOT_BOUND', '请先绑定') })
    render(<MyAssessPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })

  it('after a close before every organisation rating, offers a committee member only the organisation ratings still to do', async () => {
    const w = whoM1()
    const roles = [{ orgId: rating.orgId, role: 'deputy' as const }]
    const closed = period({ status: 'closed', closedAt: '2026-11-20T02:00:00.000Z' })
    script({
      'member.whoami': () => ({ ...w, member: { ...w.member!, roles }, roles }),
      // the server sends only the organisation ratings still possible (mine.ts); the page lists them
      'assessment.myPeriods': () =>
        mine({
          periods: [
            {
              period: closed,
              desk: true,
              targets: [...orgTargets().filter((t) => t.source === 'org'), { memberId: 'm3', name: '赵敏', source: 'org', mine: null }],
              result: null
            }
          ]
        })
    })
    render(<MyAssessPage />)
    await screen.findByText('组织考评')
    expect(document.querySelector('[data-source="self"]')).toBeNull()
    expect(document.querySelector('[data-source="peer"]')).toBeNull()
    const org = document.querySelector('[data-source="org"]')!
    expect(Array.from(org.querySelectorAll('.my__task')).map((t) => t.textContent)).toEqual(['张伟已评 · 可修改', '赵敏未评 ›'])
    await tap('赵敏')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=m3&source=org' })
  })
})

describe('我的考评 after rating', () => {
  it('shows the saved rating as done when the form says so, without reloading (no call)', async () => {
    let done = false
    script({
      'assessment.myPeriods': () =>
        mine({ targets: targets().map((t) => (t.memberId === 'm2' && done ? { ...t, mine: { scores: { theory: 8, duty: 4 } } } : t)) })
    })
    render(<MyAssessPage />)
    const row = () => texts('[data-source="peer"] .my__task')[0]
    await waitFor(() => expect(row()).toBe('张伟未评 ›'))
    done = true
    const { act } = await import('@testing-library/react')
    const Taro = (await import('@tarojs/taro')).default
    await act(async () => {
      Taro.eventCenter.trigger('assessment:rated', { periodId: 'p1', memberId: 'm2', source: 'peer' })
    })
    await waitFor(() => expect(row()).toBe('张伟已评 · 可修改'))
    expect(calls('myPeriods')).toHaveLength(1)
    expect(calls('whoami')).toHaveLength(1)
    expect(texts('[data-source="peer"] .my__group-count')[0]).toBe('已完成 2/2')
  })
})

describe('我的考评: what waits, on its period', () => {
  it('shows a recorded talk to confirm on the period’s card, to the result page', async () => {
    const todo = [{ kind: 'ackTalk' as const, periodId: 'p0', periodName: '2026年第三季度', memberId: 'm1', name: '王芳' }]
    script({ 'member.whoami': () => ({ ...whoM1(), todo }) })
    render(<MyAssessPage />)
    await screen.findByText('2026年第四季度')
    const card = document.querySelector('[data-period="p0"]')!
    expect(card.querySelector('.todo-list__title')!.textContent).toBe('确认谈话记录')
    expect(document.querySelector('[data-period="p1"] .todo-list')).toBeNull()
    await tap('确认谈话记录')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/result/index?periodId=p0' })
  })

  it('shows a secretary the talks to record and objections to answer of the period, to the desk', async () => {
    const todo = [
      {
        kind: 'recordTalk' as const,
        periodId: 'p0',
        periodName: '2026年第三季度',
        memberId: 'm3',
        name: '赵敏',
        dueAt: '2099-01-01T10:00:00.000Z',
        overdue: false
      },
      { kind: 'answerObjection' as const, periodId: 'p0', periodName: '2026年第三季度', memberId: 'm4', name: '孙强' }
    ]
    script({ 'member.whoami': () => ({ ...whoM1(), todo }) })
    render(<MyAssessPage />)
    await screen.findByText('2026年第四季度')
    expect(texts('[data-period="p0"] .todo-list__title')).toEqual(['记录谈话：赵敏', '答复异议：孙强'])
    await tap('答复异议：孙强')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/period/index?periodId=p0' })
  })
})
