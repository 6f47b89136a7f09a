jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import SelfCheckPage from '@/commitment/pages/check'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, typeIn } from '@tests/src/helpers/assessMember'
import { card, item, myCard, selfCheck, version } from '@tests/src/helpers/commitFixtures'

const PATH = '/commitment/pages/check/index'
const WINDOW = { quarter: 4, from: '2026-12-17', to: '2027-01-15' }
const approvedItems = [item('goals', 1, { what: '巡查桥梁' }), item('study', 1, { what: '学习党章' })]
const data = (overrides = {}) =>
  myCard({
    card: card({ status: 'approved', approvedVersion: 1 }),
    versions: [version({ decision: 'approved', items: approvedItems })],
    window: WINDOW,
    ...overrides
  })

beforeEach(() => {
  spyNavigation()
  route(PATH, {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('季度自查', () => {
  it('asks for each approved item’s progress, then sends every entry with a note and no photos', async () => {
    answerCloud({ 'commitment.myCard': () => data(), 'commitment.submitCheck': () => ({ check: selfCheck() }) })
    render(<SelfCheckPage />)
    expect(await screen.findByText('第4季度自查：12月17日至1月15日')).toBeTruthy()
    expect(screen.getByText('照片佐证将在文件存储上线后开放')).toBeTruthy()
    await tapIn('[data-item="goals-1"]', '已完成')
    await tap('提交自查')
    expect(await screen.findByText('第 2 项「学习党章」：请选择完成情况')).toBeTruthy()
    expect(calls('submitCheck')).toEqual([])
    await tapIn('[data-item="study-1"]', '进行中')
    await typeIn('[data-item="study-1"]', '已学完前三章')
    await tap('提交自查')
    expect(calls('submitCheck')).toEqual([
      {
        action: 'submitCheck',
        year: 2026,
        quarter: 4,
        entries: [
          { itemId: 'goals-1', progress: 'done', note: '', photos: [] },
          { itemId: 'study-1', progress: 'doing', note: '已学完前三章', photos: [] }
        ]
      }
    ])
    expect(await screen.findByText('第4季度自查已报支部审核')).toBeTruthy()
  })

  it('prefills a returned check with its reason and sends its rev', async () => {
    const returned = selfCheck({
      status: 'returned',
      returnReason: '请补充说明',
      rev: 2,
      entries: [
        { itemId: 'goals-1', progress: 'done', note: '', photos: [] },
        { itemId: 'study-1', progress: 'notStarted', note: '', photos: [] }
      ]
    })
    answerCloud({ 'commitment.myCard': () => data({ checks: [returned] }), 'commitment.submitCheck': () => ({ check: returned }) })
    render(<SelfCheckPage />)
    expect(await screen.findByText('退回原因：请补充说明')).toBeTruthy()
    await tap('提交自查')
    expect(calls('submitCheck')[0].rev).toBe(2)
  })

  it('shows the server’s refusal (outside the window)', async () => {
    answerCloud({
      'commitment.myCard': () => data(),
      'commitment.submitCheck': () => fail('CHECK_WINDOW_CLOSED', '不在自查时间内（12月17日至1月15日）')
    })
    render(<SelfCheckPage />)
    await tapIn('[data-item="goals-1"]', '已完成')
    await tapIn('[data-item="study-1"]', '未开始')
    await tap('提交自查')
    expect(await screen.findByText('不在自查时间内（12月17日至1月15日）')).toBeTruthy()
  })

  it('says so outside a window', async () => {
    answerCloud({ 'commitment.myCard': () => data({ window: null }) })
    render(<SelfCheckPage />)
    expect(await screen.findByText('现在不在自查时间内')).toBeTruthy()
  })
})
