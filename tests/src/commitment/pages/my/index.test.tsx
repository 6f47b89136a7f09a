jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import MyCardPage from '@/commitment/pages/my'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { stubStorage } from '@tests/src/helpers/taroStorage'
import { route, texts } from '@tests/src/helpers/assessMember'
import { card, fullItems, item, myCard, task, version } from '@tests/src/helpers/commitFixtures'
import type { MyCardResult } from '@shared/commitment/api'

const PATH = '/commitment/pages/my/index'
const DRAFT_KEY = 'tongxin.commitDraft:2026'
/** The X item of the fixture's task t1. */
const X1 = { id: 'x-1', section: 'x', what: '冬季除雪保通', target: '责任路段 2 小时内通车', deadline: '2026-12-31', taskId: 't1' }

function script(res: MyCardResult = myCard(), overrides: Record<string, (e: any) => unknown> = {}) {
  return answerCloud({
    'commitment.myCard': () => res,
    'commitment.saveDraft': (e) => ({ card: card({ items: e.items, rev: e.rev + 1 }) }),
    'commitment.submitCard': (e) => ({ card: card({ status: 'submitted', rev: e.rev + 1, lastVersion: 1 }) }),
    ...overrides
  })
}

/** The n-th text input (0: 承诺内容, 1: 目标) of an item. */
async function typeItem(itemId: string, n: number, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelectorAll<HTMLInputElement>(`[data-item="${itemId}"] input`)[n]
    if (!el) throw new Error(`no input ${n} in ${itemId}`)
    return el
  })
  await act(async () => {
    input.value = value
    fireEvent.input(input, { target: { value } })
  })
}
const itemBox = (itemId: string) => document.querySelector<HTMLElement>(`[data-item="${itemId}"]`)!

let storage: Map<string, unknown>
beforeEach(() => {
  spyNavigation()
  storage = stubStorage()
  route(PATH, {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('我的承诺卡: a new card', () => {
  it('shows the template’s five sections with an empty item each, and the org’s X task read-only', async () => {
    script()
    render(<MyCardPage />)
    expect(await screen.findByText('2026年 我的承诺卡')).toBeTruthy()
    expect(calls('myCard')).toEqual([{ action: 'myCard' }])
    expect(texts('.cm-my__section-name')).toEqual(['工作目标', '争优措施', '承诺事项', '学习提升', '服务群众', 'X · 组织安排的任务'])
    expect(screen.getByText('未填写')).toBeTruthy()
    expect(screen.getByText('1. 冬季除雪保通')).toBeTruthy()
    expect(screen.getByText('季度任务')).toBeTruthy()
    expect(document.querySelectorAll('[data-section="goals"] taro-input-core').length).toBeGreaterThan(0)
    expect(document.querySelectorAll('[data-section="x"] taro-input-core').length).toBe(0)
  })

  it('keeps what is typed on the phone at once and saves one draft to the server after the typing stops', async () => {
    script()
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await typeItem('goals-1', 0, '完成辖区')
    await typeItem('goals-1', 0, '完成辖区桥梁巡查')
    expect((storage.get(DRAFT_KEY) as any).items[0]).toEqual({
      id: 'goals-1',
      section: 'goals',
      what: '完成辖区桥梁巡查',
      target: '',
      deadline: null
    })
    expect(calls('saveDraft')).toEqual([])
    await waitFor(() => expect(calls('saveDraft').length).toBe(1), { timeout: 3000 })
    expect(calls('saveDraft')[0]).toEqual({
      action: 'saveDraft',
      year: 2026,
      rev: 0,
      items: [{ id: 'goals-1', section: 'goals', what: '完成辖区桥梁巡查', target: '', deadline: null }, X1]
    })
    expect(await screen.findByText('已自动保存')).toBeTruthy()
    // the server has it: the phone's copy is dropped
    expect(storage.has(DRAFT_KEY)).toBe(false)
  })

  it('sends what is pending when the page is closed before the delay', async () => {
    script()
    const { unmount } = render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await typeItem('goals-1', 0, '完成辖区桥梁巡查')
    await act(async () => unmount())
    await waitFor(() => expect(calls('saveDraft').length).toBe(1))
    expect(calls('saveDraft')[0].items[0].what).toBe('完成辖区桥梁巡查')
  })

  it('restores a draft the server never got (WeChat closed the page) and sends it', async () => {
    const unsaved = fullItems().map((i) => (i.id === 'goals-1' ? { ...i, what: '没来得及保存的承诺' } : i))
    storage.set(DRAFT_KEY, { year: 2026, rev: 3, items: unsaved })
    script(myCard({ card: card({ items: [item('goals', 1, { what: '旧的承诺' })] }) }))
    render(<MyCardPage />)
    expect(await screen.findByText('已恢复上次未保存的填写内容')).toBeTruthy()
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('[data-item="goals-1"] input')!.value).toBe('没来得及保存的承诺'))
    await waitFor(() => expect(calls('saveDraft').length).toBe(1), { timeout: 3000 })
    expect(calls('saveDraft')[0]).toEqual({ action: 'saveDraft', year: 2026, rev: 3, items: [...unsaved, X1] })
  })

  it('does not restore a phone draft older than the server’s card', async () => {
    storage.set(DRAFT_KEY, { year: 2026, rev: 1, items: [item('goals', 1, { what: '过时的草稿' })] })
    script(myCard({ card: card() }))
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    expect(screen.queryByText('已恢复上次未保存的填写内容')).toBeNull()
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('[data-item="goals-1"] input')!.value).toBe('goals 承诺 1'))
    expect(storage.has(DRAFT_KEY)).toBe(false)
  })

  it('says when the draft was changed elsewhere (CONFLICT)', async () => {
    script(myCard(), { 'commitment.saveDraft': () => fail('CONFLICT', '版本冲突') })
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await typeItem('goals-1', 0, '完成辖区桥梁巡查')
    expect(await screen.findByText('承诺卡已在别处修改，请刷新后再改', undefined, { timeout: 3000 })).toBeTruthy()
    expect(screen.getByText('保存失败')).toBeTruthy()
  })
})

describe('我的承诺卡: submitting', () => {
  it('refuses an empty slogan with a message beside the item and names it under the button; sends nothing', async () => {
    const items = fullItems().map((i) => (i.id === 'measures-1' ? { ...i, target: '', deadline: null } : i))
    script(myCard({ card: card({ items }) }))
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await tap('提交审核')
    const message = '请填写可衡量的目标或选择完成时限（至少一项），空口号不能提交'
    expect(within(itemBox('measures-1')).getByText(message)).toBeTruthy()
    expect(screen.getByText(`「争优措施」第 1 项：${message}`)).toBeTruthy()
    expect(calls('submitCard')).toEqual([])
  })

  it('asks for each section’s least number of items', async () => {
    script(myCard({ card: card({ items: fullItems().filter((i) => i.section !== 'study') }) }))
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await tap('提交审核')
    expect(screen.getAllByText('「学习提升」至少填写 1 项').length).toBe(2)
    expect(calls('submitCard')).toEqual([])
  })

  it('submits a complete card with the rev it read and shows 待审核', async () => {
    script(myCard({ card: card({ items: [...fullItems(), X1] }) }))
    render(<MyCardPage />)
    await screen.findByText('2026年 我的承诺卡')
    await tap('提交审核')
    expect(calls('saveDraft')).toEqual([])
    expect(calls('submitCard')).toEqual([{ action: 'submitCard', year: 2026, rev: 3 }])
    expect(await screen.findByText('已提交，等待支部审核')).toBeTruthy()
    expect(screen.getByText('待审核')).toBeTruthy()
    // read-only while it waits
    expect(document.querySelectorAll('[data-section="goals"] taro-input-core').length).toBe(0)
    expect(screen.queryByText('提交审核')).toBeNull()
    // changing it takes it back: the first save makes it a draft again (the server's rule)
    await tap('撤回修改')
    expect(screen.getByText('修改后承诺卡将撤回为草稿，需要重新提交审核')).toBeTruthy()
    await typeItem('goals-1', 1, '巡查 14 座')
    await waitFor(() => expect(calls('saveDraft').length).toBe(1), { timeout: 3000 })
    expect(calls('saveDraft')[0].rev).toBe(4)
  })
})

describe('我的承诺卡: X items from the org', () => {
  it('adds a task for me as an X item (the task’s words, read-only) and sends it before submitting', async () => {
    script(myCard({ card: card() }))
    render(<MyCardPage />)
    expect(await screen.findByText('1. 冬季除雪保通')).toBeTruthy()
    expect(screen.getByText('季度任务')).toBeTruthy()
    await tap('提交审核')
    expect(calls('saveDraft')).toEqual([{ action: 'saveDraft', year: 2026, rev: 3, items: [...fullItems(), X1] }])
    expect(calls('submitCard')).toEqual([{ action: 'submitCard', year: 2026, rev: 4 }])
  })

  it('an approved card keeps its X items; a new task waits for the next change', async () => {
    script(myCard({ card: card({ status: 'approved', approvedVersion: 1, items: fullItems() }) }))
    render(<MyCardPage />)
    expect(await screen.findByText('新任务「冬季除雪保通」将在下次修改承诺卡时加入')).toBeTruthy()
  })
})

describe('我的承诺卡: returned, approved, versions', () => {
  const returned = () =>
    card({
      status: 'returned',
      lastVersion: 1,
      returnNote: {
        reason: '争优措施不够具体',
        itemComments: { 'measures-1': '请写明次数', 'x-t1': '请补充进度' },
        by: 's1',
        byName: '李书记',
        at: '2026-11-21T02:00:00.000Z'
      }
    })

  it('shows the return reason and each comment beside its item, and offers 重新提交审核', async () => {
    script(myCard({ card: returned(), versions: [version({ decision: 'returned', returnNote: returned().returnNote })] }))
    render(<MyCardPage />)
    expect(await screen.findByText('争优措施不够具体')).toBeTruthy()
    expect(screen.getByText('退回原因（李书记）')).toBeTruthy()
    expect(within(itemBox('measures-1')).getByText('审核意见：请写明次数')).toBeTruthy()
    expect(within(itemBox('goals-1')).queryByText(/审核意见/)).toBeNull()
    expect(screen.getByText('已退回')).toBeTruthy()
    expect(screen.getByText('重新提交审核')).toBeTruthy()
  })

  it('an approved card: no submit until changed; the approved version stays on the wall', async () => {
    script(
      myCard({ card: card({ status: 'approved', approvedVersion: 1, lastVersion: 1 }), versions: [version({ decision: 'approved' })] })
    )
    render(<MyCardPage />)
    expect(await screen.findByText('已通过，在亮承诺墙展示；修改后须重新审核')).toBeTruthy()
    expect(screen.queryByText('重新提交审核')).toBeNull()
    await typeItem('goals-1', 1, '巡查 14 座')
    expect(screen.getByText('重新提交审核')).toBeTruthy()
  })

  it('lists every submitted version, readable', async () => {
    script(myCard({ card: returned(), versions: [version({ version: 1, decision: 'returned', returnNote: returned().returnNote })] }))
    render(<MyCardPage />)
    await tap('历史版本（1）▼')
    await tap(screen.getByText(/^第 1 版 · .+ 提交 · 已退回$/).textContent!)
    expect(document.querySelectorAll('[data-version="1"] .cm-item').length).toBe(5)
  })

  it('offers 复制去年的承诺卡 for an empty card when last year’s exists', async () => {
    script(myCard({ lastYear: true }), { 'commitment.copyLastYear': () => ({ card: card() }) })
    render(<MyCardPage />)
    await tap('复制去年的承诺卡')
    expect(calls('copyLastYear')).toEqual([{ action: 'copyLastYear', year: 2026 }])
    await waitFor(() => expect(calls('myCard').length).toBe(2))
    expect(screen.getByText('查看2025年的承诺卡 ›')).toBeTruthy()
  })

  it('lists open challenges to take (揭榜挂帅)', async () => {
    const challenge = task({ _id: 't9', kind: 'challenge', title: '智慧养护攻关', limit: 3, takers: ['m2'] })
    script(myCard({ challenges: [challenge] }), { 'commitment.takeChallenge': () => ({ task: challenge }) })
    render(<MyCardPage />)
    expect(await screen.findByText('智慧养护攻关')).toBeTruthy()
    expect(screen.getByText(/已揭榜 1\/3/)).toBeTruthy()
    await tap('我来揭榜')
    expect(calls('takeChallenge')).toEqual([{ action: 'takeChallenge', taskId: 't9' }])
  })

  it('points to the quarter’s self-check when its window is open and the card is approved', async () => {
    const nav = spyNavigation()
    script(myCard({ card: card({ status: 'approved', approvedVersion: 1 }), window: { quarter: 4, from: '2026-12-17', to: '2027-01-15' } }))
    render(<MyCardPage />)
    expect(await screen.findByText('第4季度自查：12月17日至1月15日')).toBeTruthy()
    await tap('填写季度自查')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/commitment/pages/check/index' })
  })
})
