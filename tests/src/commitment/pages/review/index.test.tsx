jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import ReviewCardPage from '@/commitment/pages/review'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, texts, typeIn } from '@tests/src/helpers/assessMember'
import { card, selfCheck, task, template, version } from '@tests/src/helpers/commitFixtures'
import type { CommitmentCard, SelfCheck } from '@shared/commitment/api'

const PATH = '/commitment/pages/review/index'
const submitted = () => card({ status: 'submitted', rev: 4, lastVersion: 1 })

function script(c: CommitmentCard = submitted(), checks: SelfCheck[] = [], overrides: Record<string, (e: any) => unknown> = {}) {
  return answerCloud({
    'commitment.getCard': () => ({ card: c, versions: [version()], checks, template: template(), tasks: [task()] }),
    'commitment.reviewCard': (e) => ({ card: { ...c, status: e.decision === 'approve' ? 'approved' : 'returned', rev: c.rev + 1 } }),
    ...overrides
  })
}

beforeEach(() => {
  spyNavigation()
  route(PATH, { cardId: 'm1:2026' })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('审核承诺卡', () => {
  it('shows the card by section with a comment field per item', async () => {
    script()
    render(<ReviewCardPage />)
    expect(await screen.findByText('王芳 · 2026年承诺卡')).toBeTruthy()
    expect(calls('getCard')).toEqual([{ action: 'getCard', cardId: 'm1:2026' }])
    expect(texts('.cm-review__section-name')).toEqual(['工作目标', '争优措施', '承诺事项', '学习提升', '服务群众'])
    // the Taro <Input> hosts render with the page; their real <input> a tick later
    expect(document.querySelectorAll('[data-comment] taro-input-core').length).toBe(5)
    expect(screen.getByText('待审核')).toBeTruthy()
  })

  it('approves with the rev it read', async () => {
    script()
    render(<ReviewCardPage />)
    await tap('通过')
    expect(calls('reviewCard')).toEqual([{ action: 'reviewCard', cardId: 'm1:2026', rev: 4, decision: 'approve' }])
    expect(await screen.findByText('已通过，将在亮承诺墙展示')).toBeTruthy()
    expect(screen.getByText('已通过')).toBeTruthy()
    expect(screen.queryByText('退回修改')).toBeNull()
  })

  it('returns only with a reason, sending the comments given per item', async () => {
    script()
    render(<ReviewCardPage />)
    await tap('退回修改')
    expect(await screen.findByText('请填写退回原因')).toBeTruthy()
    expect(calls('reviewCard')).toEqual([])
    await typeIn('[data-comment="measures-1"]', '请写明次数')
    await typeIntoTextarea('请说明需要修改的地方', '争优措施不够具体')
    await tap('退回修改')
    expect(calls('reviewCard')).toEqual([
      {
        action: 'reviewCard',
        cardId: 'm1:2026',
        rev: 4,
        decision: 'return',
        reason: '争优措施不够具体',
        itemComments: { 'measures-1': '请写明次数' }
      }
    ])
    expect(await screen.findByText('已退回，党员修改后会重新提交')).toBeTruthy()
  })

  it('tells the second reviewer 已被他人处理，请刷新 (CONFLICT) and reloads on 刷新', async () => {
    script(submitted(), [], { 'commitment.reviewCard': () => fail('CONFLICT', '承诺卡已变化') })
    render(<ReviewCardPage />)
    await tap('通过')
    expect(await screen.findByText('已被他人处理，请刷新')).toBeTruthy()
    await tap('刷新')
    await waitFor(() => expect(calls('getCard').length).toBe(2))
  })

  it('shows the server’s message for any other refusal', async () => {
    script(submitted(), [], { 'commitment.reviewCard': () => fail('FORBIDDEN', '只有本支部的支委可以审核') })
    render(<ReviewCardPage />)
    await tap('通过')
    expect(await screen.findByText('只有本支部的支委可以审核')).toBeTruthy()
  })

  it('accepts a quarter self-check, and returns one only with a reason', async () => {
    const approved = card({ status: 'approved', approvedVersion: 1, lastVersion: 1, rev: 6 })
    script(approved, [selfCheck()], {
      'commitment.reviewCheck': (e) => ({ check: selfCheck({ status: e.decision === 'accept' ? 'accepted' : 'returned', rev: 2 }) })
    })
    render(<ReviewCardPage />)
    expect(await screen.findByText('goals 承诺 1：已完成，已完成巡查')).toBeTruthy()
    await tap('退回自查')
    expect(await screen.findByText('请填写退回原因')).toBeTruthy()
    await tap('认可')
    expect(calls('reviewCheck')).toEqual([{ action: 'reviewCheck', checkId: 'm1:2026:q4', rev: 1, decision: 'accept' }])
    expect(await screen.findByText('已认可')).toBeTruthy()
  })

  it('withdraws an approved card from the wall with a reason', async () => {
    const approved = card({ status: 'approved', approvedVersion: 1, lastVersion: 1, rev: 6 })
    script(approved, [], {
      'commitment.withdrawCard': () => ({
        card: { ...approved, withdrawn: { reason: '内容需更新', by: 's1', byName: '李书记', at: '2026-11-22T02:00:00.000Z' } }
      })
    })
    render(<ReviewCardPage />)
    await tap('撤下')
    expect(await screen.findByText('请填写撤下原因')).toBeTruthy()
    await typeIn('.cm-review__withdraw', '内容需更新')
    await tap('撤下')
    expect(calls('withdrawCard')).toEqual([{ action: 'withdrawCard', cardId: 'm1:2026', reason: '内容需更新' }])
    expect(await screen.findByText('已从亮承诺墙撤下（李书记）：内容需更新')).toBeTruthy()
  })
})
