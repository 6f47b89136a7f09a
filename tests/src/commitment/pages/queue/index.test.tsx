jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import ReviewQueuePage from '@/commitment/pages/queue'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { click, route, texts } from '@tests/src/helpers/assessMember'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { queue } from '@tests/src/helpers/commitFixtures'

const PATH = '/commitment/pages/queue/index'
let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route(PATH, {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('承诺卡审核: the queue', () => {
  it('counts cards by status and the quarter’s self-checks; one call for the secretary’s org', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({ 'commitment.reviewQueue': () => queue() })
    render(<ReviewQueuePage />)
    expect(await screen.findByText('2026年承诺卡审核')).toBeTruthy()
    expect(calls('reviewQueue')).toEqual([{ action: 'reviewQueue', orgId: 'b1' }])
    expect(texts('[data-status] .cm-queue__count-n')).toEqual(['1', '1', '1', '0', '1'])
    expect(texts('[data-status] .cm-queue__count-label')).toEqual(['未填写', '草稿', '待审核', '已退回', '已通过'])
    expect(screen.getByText('未自查 1 · 待审核 1 · 已退回 0 · 已认可 0')).toBeTruthy()
    expect(texts('.cm-queue__name')).toEqual(['张伟', '赵敏', '孙强', '李明'])
  })

  it('lists who is behind and opens a card for review', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({ 'commitment.reviewQueue': () => queue() })
    render(<ReviewQueuePage />)
    await tap('未完成（2）')
    expect(texts('.cm-queue__detail')).toEqual(['未填写承诺卡', '草稿未提交 ›'])
    await click('[data-status="submitted"]')
    await tap('张伟')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/commitment/pages/review/index?cardId=r1%3A2026' })
  })

  it('tells a member without a reviewing role, and asks nothing', async () => {
    rememberCaller(whoMember())
    answerCloud({})
    render(<ReviewQueuePage />)
    expect(await screen.findByText('只有支部书记、副书记和支委委员可以审核承诺卡')).toBeTruthy()
    expect(calls('reviewQueue')).toEqual([])
  })
})
