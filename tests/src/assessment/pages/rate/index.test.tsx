jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import RatePage from '@/assessment/pages/rate'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'
import { stubStorage } from '@tests/src/helpers/taroStorage'
import { orgTargets, period, rubric, targets } from '@tests/src/helpers/assessFixtures'
import type { RateTarget } from '@shared/assessment/api'
import { click, inputIn, route, texts, typeIn } from '@tests/src/helpers/assessMember'

const PATH = '/assessment/pages/rate/index'
const SAVED = { saved: true, updatedAt: '2026-11-21T03:05:00.000Z' }

function script(overrides: Record<string, (e: any) => unknown> = {}, ts = targets(), p = period()) {
  return answerCloud({
    'assessment.rateTargets': () => ({ period: p, rubric: rubric(), targets: ts }),
    'assessment.rate': () => SAVED,
    ...overrides
  })
}

let nav: ReturnType<typeof spyNavigation>
let storage: Map<string, unknown>
beforeEach(() => {
  nav = spyNavigation()
  storage = stubStorage()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('rating form', () => {
  it('shows the rated items this source scores, with criteria, maximum and the CST deadline', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    expect(await screen.findByText('互评：张伟')).toBeTruthy()
    expect(calls('rateTargets')).toEqual([{ action: 'rateTargets', periodId: 'p1' }])
    // derived items (attendance) and organisation-only items are not the peer's to rate
    expect(texts('.rate__item-name')).toEqual(['理论学习', '履职尽责'])
    expect(texts('.rate__aspect-name')).toEqual(['政治学习', '岗位建功', '评语（可不填）'])
    expect(screen.getByText('按时参加集中学习，学习笔记完整')).toBeTruthy()
    expect(screen.getByText('满分 10')).toBeTruthy()
    expect(document.querySelector('.rate__deadline')!.textContent).toMatch(/^评分截止 .+（北京时间）· 还剩 3 天 2 小时$/)
    expect(screen.queryByText('加分项')).toBeNull()
    expect(screen.queryByText('否决项')).toBeNull()
    expect(nav.reLaunch).not.toHaveBeenCalled()
  })

  it('is prefilled with my saved rating; a changed score is saved again', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm1', source: 'self' })
    script()
    render(<RatePage />)
    expect(await screen.findByText('我的自评')).toBeTruthy()
    expect(screen.getByText('已评过，可修改后重新保存')).toBeTruthy()
    await waitFor(async () => expect((await inputIn('[data-item="theory"]')).value).toBe('9'))
    expect((await inputIn('[data-item="duty"]')).value).toBe('4.5')
    // − deducts half a point; + cannot go past the maximum
    await click('[data-item="theory"] [aria-label="理论学习 减 0.5 分"]')
    await click('[data-item="duty"] [aria-label="履职尽责 加 0.5 分"]')
    await click('[data-item="duty"] [aria-label="履职尽责 加 0.5 分"]')
    expect((await inputIn('[data-item="theory"]')).value).toBe('8.5')
    expect((await inputIn('[data-item="duty"]')).value).toBe('5')
    const rated = jest.fn()
    Taro.eventCenter.on('assessment:rated', rated)
    await tap('保存修改')
    Taro.eventCenter.off('assessment:rated', rated)
    expect(calls('rate')).toEqual([{ action: 'rate', periodId: 'p1', source: 'self', memberId: 'm1', scores: { theory: 8.5, duty: 5 } }])
    expect(await screen.findByText(/^已保存（.+），截止前仍可修改$/)).toBeTruthy()
    // 我的考评 below on the page stack hears of it
    expect(rated).toHaveBeenCalledWith({ periodId: 'p1', memberId: 'm1', source: 'self' })
  })

  it('blocks a missing or bad score with a message naming the item, and sends nothing', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    await tap('提交评分')
    expect(screen.getByText('「理论学习」：请打分')).toBeTruthy()
    await typeIn('[data-item="theory"]', '7.3')
    await typeIn('[data-item="duty"]', '6')
    await tap('提交评分')
    expect(screen.getByText('「理论学习」：分值须为 0.5 的整数倍')).toBeTruthy()
    expect(document.querySelector('[data-item="duty"] .rate__item-error')!.textContent).toBe('分值应在 0 到 5 之间')
    expect(document.querySelectorAll('.score-input--invalid')).toHaveLength(2)
    expect(calls('rate')).toHaveLength(0)
    await typeIn('[data-item="theory"]', '7.5')
    await click('[data-item="duty"] .score-input__full')
    await tap('提交评分')
    expect(calls('rate')).toEqual([{ action: 'rate', periodId: 'p1', source: 'peer', memberId: 'm2', scores: { theory: 7.5, duty: 5 } }])
  })

  it('shows the server’s Chinese message when it refuses the rating', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script({ 'assessment.rate': () => fail('PERIOD_STATE', '本期考评已截止评分，不能再修改') })
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    await typeIn('[data-item="theory"]', '8')
    await typeIn('[data-item="duty"]', '4')
    await tap('提交评分')
    expect(await screen.findByText('本期考评已截止评分，不能再修改')).toBeTruthy()
    expect(screen.queryByText(/^已保存/)).toBeNull()
  })

  it('gives the organisation source every item, bonus items and veto checkboxes', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'org' })
    script({}, orgTargets())
    render(<RatePage />)
    expect(await screen.findByText('组织考评：张伟')).toBeTruthy()
    expect(texts('.rate__item-name')).toEqual(['理论学习', '履职尽责', '攻坚贡献', '获得表彰'])
    expect(screen.getByText('不加分可不填；加分合计最多 5 分')).toBeTruthy()
    expect(screen.getByText('符合任一项，总分最高 69 分（灰旗）')).toBeTruthy()
    await waitFor(async () => expect((await inputIn('[data-bonus="award"]')).value).toBe('1'))
    const veto = document.querySelector('[data-veto="discipline"]')!
    expect(veto.getAttribute('aria-checked')).toBe('false')
    await click('[data-veto="discipline"]')
    expect(document.querySelector('[data-veto="discipline"]')!.getAttribute('aria-checked')).toBe('true')
    await typeIn('[data-bonus="award"]', '')
    await tap('保存修改')
    expect(calls('rate')).toEqual([
      {
        action: 'rate',
        periodId: 'p1',
        source: 'org',
        memberId: 'm2',
        scores: { theory: 8.5, duty: 4, merit: 2 },
        bonus: { award: 0 },
        vetoes: ['discipline'],
        comment: '表现良好'
      }
    ])
  })

  it('blocks a bonus above its maximum', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'org' })
    script({}, orgTargets())
    render(<RatePage />)
    await screen.findByText('组织考评：张伟')
    await typeIn('[data-bonus="award"]', '3.5')
    await tap('保存修改')
    expect(screen.getByText('「获得表彰」：分值应在 0 到 3 之间')).toBeTruthy()
    expect(calls('rate')).toHaveLength(0)
  })

  it('is read-only once rating has closed', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm1', source: 'self' })
    script({}, targets(), period({ status: 'closed' }))
    render(<RatePage />)
    expect(await screen.findByText('评分已截止，不能再修改')).toBeTruthy()
    expect(screen.queryByText('保存修改')).toBeNull()
    expect(screen.queryByText('提交评分')).toBeNull()
  })

  it('says so when the member is not one the caller rates, or the route is incomplete', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm9', source: 'peer' })
    script()
    const { unmount } = render(<RatePage />)
    expect(await screen.findByText('您不需要为该党员进行这项评分')).toBeTruthy()
    unmount()
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'masses' })
    render(<RatePage />)
    expect(await screen.findByText('页面参数不完整，请从“我的考评”进入')).toBeTruthy()
  })

  it('sends an unbound caller to sign-in, and back to this form after', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    answerCloud({ 'assessment.rateTargets': () => fail('NOT_BOUND', '请先绑定党员身份') })
    render(<RatePage />)
    const back = encodeURIComponent(`${PATH}?periodId=p1&memberId=m2&source=peer`)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: `/pages/login/index?to=${back}` }))
  })
})

describe('rating on a phone: 不了解, quick fills, progress, drafts, the first error', () => {
  const value = async (item: string) => (await inputIn(`[data-item="${item}"]`)).value
  const unknownBox = (item: string) => document.querySelector(`[data-item="${item}"] .score-input__unknown`)
  const count = () => document.querySelector('.rate__count')!.textContent

  it('a peer marks an item 不了解: the field empties, the count says so, and it is sent as null', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    expect(screen.getByText('不了解的项目请点“不了解”，该项不计入您的评价')).toBeTruthy()
    expect(count()).toBe('已填 0/2 项')
    await typeIn('[data-item="theory"]', '7')
    await click('[aria-label="理论学习 不了解"]')
    expect(unknownBox('theory')!.getAttribute('aria-checked')).toBe('true')
    expect(await value('theory')).toBe('')
    await click('[data-item="duty"] .score-input__full')
    expect(count()).toBe('已填 2/2 项（不了解 1 项）')
    await tap('提交评分')
    expect(calls('rate')).toEqual([{ action: 'rate', periodId: 'p1', source: 'peer', memberId: 'm2', scores: { theory: null, duty: 5 } }])
  })

  it('a tap on − / + / 满分 or typing after 不了解 means the rater knows: the mark goes', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    await click('[aria-label="理论学习 不了解"]')
    await click('[aria-label="理论学习 减 0.5 分"]')
    expect(unknownBox('theory')!.getAttribute('aria-checked')).toBe('false')
    expect(await value('theory')).toBe('9.5')
    await click('[aria-label="理论学习 不了解"]')
    await click('[aria-label="理论学习 不了解"]') // off again: the typed value comes back
    expect(await value('theory')).toBe('9.5')
  })

  it('self and the organisation have no 不了解', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm1', source: 'self' })
    script()
    const { unmount } = render(<RatePage />)
    await screen.findByText('我的自评')
    expect(document.querySelectorAll('.score-input__unknown')).toHaveLength(0)
    unmount()
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'org' })
    script({}, orgTargets())
    render(<RatePage />)
    await screen.findByText('组织考评：张伟')
    expect(document.querySelectorAll('.score-input__unknown')).toHaveLength(0)
  })

  it('a saved 不了解 comes back marked', async () => {
    const ts: RateTarget[] = [...targets()]
    ts[2] = { ...ts[2], mine: { scores: { theory: null, duty: 4 } } }
    route(PATH, { periodId: 'p1', memberId: 'm3', source: 'peer' })
    script({}, ts)
    render(<RatePage />)
    await screen.findByText('互评：赵敏')
    await waitFor(() => expect(unknownBox('theory')!.getAttribute('aria-checked')).toBe('true'))
    expect(await value('duty')).toBe('4')
  })

  it('全部满分 fills every item in one tap, clearing 不了解', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    await click('[aria-label="履职尽责 不了解"]')
    await tap('全部满分')
    expect([await value('theory'), await value('duty')]).toEqual(['10', '5'])
    expect(unknownBox('duty')!.getAttribute('aria-checked')).toBe('false')
    await tap('提交评分')
    expect(calls('rate')[0].scores).toEqual({ theory: 10, duty: 5 })
  })

  it('同上期 fills my scores of this member from the previous period (不了解 included)', async () => {
    const ts: RateTarget[] = [...targets()]
    ts[1] = { ...ts[1], last: { periodName: '2026年第三季度', scores: { theory: 8.5, duty: null, gone: 3 } } }
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script({}, ts)
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    await tap('同上期（2026年第三季度）')
    expect(await value('theory')).toBe('8.5')
    expect(unknownBox('duty')!.getAttribute('aria-checked')).toBe('true')
    await tap('提交评分')
    expect(calls('rate')[0].scores).toEqual({ theory: 8.5, duty: null })
  })

  it('no previous period, no 同上期; 同上一位 offers the person rated just before', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    const first = render(<RatePage />)
    await screen.findByText('互评：张伟')
    expect(screen.queryByText(/^同上期/)).toBeNull()
    expect(screen.queryByText(/^同上一位/)).toBeNull()
    await typeIn('[data-item="theory"]', '7.5')
    await click('[aria-label="履职尽责 不了解"]')
    await tap('提交评分')
    await screen.findByText(/^已保存/)
    first.unmount()
    route(PATH, { periodId: 'p1', memberId: 'm3', source: 'peer' })
    render(<RatePage />)
    await screen.findByText('互评：赵敏')
    await tap('同上一位（张伟）')
    expect(await value('theory')).toBe('7.5')
    expect(unknownBox('duty')!.getAttribute('aria-checked')).toBe('true')
  })

  it('shows how many of this source I have rated, counting the one just saved', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    expect(screen.getByText('互评进度：已评 1/2 人')).toBeTruthy()
    await tap('全部满分')
    await tap('提交评分')
    expect(await screen.findByText('互评进度：已评 2/2 人')).toBeTruthy()
  })

  it('keeps a draft on the phone as I go: a closed page comes back filled, and the draft goes once saved', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    const first = render(<RatePage />)
    await screen.findByText('互评：张伟')
    await typeIn('[data-item="theory"]', '6.5')
    await click('[aria-label="履职尽责 不了解"]')
    first.unmount() // WeChat closes the page
    const again = render(<RatePage />)
    await screen.findByText('互评：张伟')
    expect(screen.getByText('已恢复上次未提交的填写')).toBeTruthy()
    expect(await value('theory')).toBe('6.5')
    expect(unknownBox('duty')!.getAttribute('aria-checked')).toBe('true')
    await tap('提交评分')
    expect(calls('rate')[0].scores).toEqual({ theory: 6.5, duty: null })
    await screen.findByText(/^已保存/)
    expect([...storage.keys()]).toEqual(['tongxin.rateLast:p1:peer'])
    again.unmount()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    expect(screen.queryByText('已恢复上次未提交的填写')).toBeNull()
    expect(await value('theory')).toBe('') // the fixture's saved rating of m2 is still none
  })

  it('a restored draft can be dropped for the saved rating', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm1', source: 'self' })
    script()
    const first = render(<RatePage />)
    await screen.findByText('我的自评')
    await waitFor(async () => expect(await value('theory')).toBe('9'))
    await typeIn('[data-item="theory"]', '3')
    first.unmount()
    render(<RatePage />)
    await screen.findByText('已恢复上次未提交的填写')
    expect(await value('theory')).toBe('3')
    await tap('改回已保存的评分')
    expect(await value('theory')).toBe('9')
    expect(screen.queryByText('已恢复上次未提交的填写')).toBeNull()
  })

  it.each<[string, Record<string, string>, string]>([
    ['nothing entered: the first item', {}, '#rate-item-theory'],
    ['the first item fine, the second bad', { theory: '8', duty: '6' }, '#rate-item-duty']
  ])('on submit the page scrolls to the first error — %s', async (_l, typed, selector) => {
    const scroll = stubTaro('pageScrollTo', () => Promise.resolve())
    route(PATH, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    script()
    render(<RatePage />)
    await screen.findByText('互评：张伟')
    for (const [item, v] of Object.entries(typed)) await typeIn(`[data-item="${item}"]`, v)
    await tap('提交评分')
    expect(scroll).toHaveBeenCalledWith({ selector, duration: 300 })
    expect(document.querySelector(selector)).toBeTruthy()
    expect(calls('rate')).toHaveLength(0)
  })
})
