jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import MassesPage from '@/assessment/pages/masses'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation, stubTaro } from '@tests/src/helpers/taroSpies'
import { stubStorage } from '@tests/src/helpers/taroStorage'
import { period, rubric } from '@tests/src/helpers/assessFixtures'
import { click, inputIn, route, texts, typeIn } from '@tests/src/helpers/assessMember'

const PATH = '/assessment/pages/masses/index'
const masses = rubric().aspects[1].items[0]
const FORM = {
  period: (({ _id, name, orgName, ratingDeadline }) => ({ _id, name, orgName, ratingDeadline }))(period()),
  items: [{ ...rubric().aspects[0].items[0], id: 'serve', name: '服务群众', max: 10, criteria: '热心帮助职工群众' }, masses],
  members: [
    { memberId: 'm1', name: '王芳' },
    { memberId: 'm2', name: '张伟' }
  ]
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

async function fillAll(value: string) {
  for (const m of ['m1', 'm2']) for (const i of ['serve', 'duty']) await typeIn(`[data-member="${m}"] [data-field="${i}"]`, value)
}

describe('masses form (no account)', () => {
  it('loads the form from the code alone, rates every listed member and thanks the rater; never signs in', async () => {
    route(PATH, { code: 'QX7K2M9P' })
    answerCloud({ 'assessment.massesForm': () => FORM, 'assessment.massesRate': (e) => ({ saved: e.ratings.length }) })
    render(<MassesPage />)
    expect(await screen.findByText('第一养护站党支部 · 2026年第四季度')).toBeTruthy()
    expect(calls('massesForm')).toEqual([{ action: 'massesForm', code: 'QX7K2M9P' }])
    expect(texts('.masses__name')).toEqual(['王芳', '张伟'])
    expect(screen.getByText('热心帮助职工群众')).toBeTruthy()
    await fillAll('4')
    await typeIn('[data-member="m1"] [data-field="serve"]', '9.5')
    await click('[data-member="m2"] [data-field="serve"] .score-input__full')
    await tap('提交评议')
    expect(calls('massesRate')).toEqual([
      {
        action: 'massesRate',
        code: 'QX7K2M9P',
        ratings: [
          { memberId: 'm1', scores: { serve: 9.5, duty: 4 } },
          { memberId: 'm2', scores: { serve: 10, duty: 4 } }
        ]
      }
    ])
    expect(await screen.findByText('感谢您的评议！')).toBeTruthy()
    expect(screen.getByText('已提交对 2 名党员的评议。评议码已使用，不能再次提交。')).toBeTruthy()
    // only the assessment function: no whoami, no sign-in redirect
    expect(calls('whoami')).toHaveLength(0)
    expect(nav.reLaunch).not.toHaveBeenCalled()
    expect(nav.navigateTo).not.toHaveBeenCalled()
  })

  it('reads the code from a mini-program code’s scene', async () => {
    route(PATH, { scene: encodeURIComponent('QX7K2M9P') })
    answerCloud({ 'assessment.massesForm': () => FORM })
    render(<MassesPage />)
    await screen.findByText('王芳')
    expect(calls('massesForm')).toEqual([{ action: 'massesForm', code: 'QX7K2M9P' }])
  })

  it('shows the server’s message for a used or forged code, even one that says “not bound”, without redirecting', async () => {
    route(PATH, { code: 'USEDCODE' })
    answerCloud({ 'assessment.massesForm': () => fail('CODE_INVALID', '评议码无效或已使用') })
    render(<MassesPage />)
    expect(await screen.findByText('评议码无效或已使用')).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
    expect(nav.reLaunch).not.toHaveBeenCalled()
    // a second chance with another code (the server's word is shown even if it speaks of binding)
    answerCloud({ 'assessment.massesForm': () => fail('NOT_BOUND', '请先绑定党员身份') })
    await tap('重新输入评议码')
    await typeInto('评议码', 'OTHER')
    await tap('开始评议')
    expect(await screen.findByText('请先绑定党员身份')).toBeTruthy()
    expect(nav.reLaunch).not.toHaveBeenCalled()
    answerCloud({ 'assessment.massesForm': () => FORM })
    await tap('重新输入评议码')
    await typeInto('评议码', ' QX7K 2M9P ')
    await tap('开始评议')
    await screen.findByText('王芳')
    expect(calls('massesForm').map((e) => e.code)).toEqual(['USEDCODE', 'OTHER', 'QX7K2M9P'])
  })

  it('asks for the code when the link has none', async () => {
    route(PATH, {})
    answerCloud({ 'assessment.massesForm': () => FORM })
    render(<MassesPage />)
    await tap('开始评议')
    expect(screen.getByText('请输入评议码')).toBeTruthy()
    expect(calls('massesForm')).toHaveLength(0)
  })

  it('blocks an unscored or bad item with a message naming member and item', async () => {
    route(PATH, { code: 'QX7K2M9P' })
    answerCloud({ 'assessment.massesForm': () => FORM, 'assessment.massesRate': () => ({ saved: 2 }) })
    render(<MassesPage />)
    await screen.findByText('王芳')
    await tap('提交评议')
    expect(screen.getByText('「王芳 · 服务群众」：请打分')).toBeTruthy()
    await fillAll('4')
    await typeIn('[data-member="m2"] [data-field="duty"]', '4.2')
    await tap('提交评议')
    expect(screen.getByText('「张伟 · 履职尽责」：分值须为 0.5 的整数倍')).toBeTruthy()
    expect(calls('massesRate')).toHaveLength(0)
  })

  it('shows the server’s refusal of the ratings and keeps the form', async () => {
    route(PATH, { code: 'QX7K2M9P' })
    answerCloud({
      'assessment.massesForm': () => FORM,
      'assessment.massesRate': () => fail('CODE_INVALID', '该评议码已使用，不能重复提交')
    })
    render(<MassesPage />)
    await screen.findByText('王芳')
    await fillAll('3')
    await tap('提交评议')
    expect(await screen.findByText('该评议码已使用，不能重复提交')).toBeTruthy()
    expect(screen.queryByText('感谢您的评议！')).toBeNull()
    await waitFor(() => expect(texts('.masses__name')).toEqual(['王芳', '张伟']))
  })

  it('offers a retry after a network failure', async () => {
    route(PATH, { code: 'QX7K2M9P' })
    let n = 0
    answerCloud({ 'assessment.massesForm': () => (++n === 1 ? fail('NETWORK', '网络连接失败，请检查网络后重试') : FORM) })
    render(<MassesPage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('王芳')).toBeTruthy()
  })
})

describe('masses form on a phone: 不了解, quick fills per member, progress, drafts, the first error', () => {
  const open = async () => {
    route(PATH, { code: 'QX7K2M9P' })
    answerCloud({ 'assessment.massesForm': () => FORM, 'assessment.massesRate': (e) => ({ saved: e.ratings.length }) })
    const page = render(<MassesPage />)
    await screen.findByText('王芳')
    return page
  }
  const within = (m: string, selector: string) => `[data-member="${m}"] ${selector}`
  const chip = (m: string, label: string) =>
    Array.from(document.querySelectorAll<HTMLElement>(within(m, '.masses__chip'))).find((e) => e.textContent === label)!
  const tapChip = async (m: string, label: string) => {
    const el = await waitFor(() => {
      const e = chip(m, label)
      if (!e) throw new Error(`no ${label} for ${m}`)
      return e
    })
    await act(async () => {
      fireEvent.click(el)
    })
  }
  const count = () => document.querySelector('.masses__count')!.textContent

  it('不了解 on an item is sent as null; a member marked 都不了解 folds away and is not sent', async () => {
    await open()
    expect(count()).toBe('已评 0/2 人')
    await click('[aria-label="王芳 服务群众 不了解"]')
    await typeIn(within('m1', '[data-field="duty"]'), '4')
    expect(texts('.masses__summary')).toEqual(['已填 2/2', '已填 0/2'])
    await tapChip('m2', '都不了解')
    expect(document.querySelector(within('m2', '.masses__summary'))!.textContent).toBe('不了解，不评价')
    expect(document.querySelector(within('m2', '.score-input'))).toBeNull()
    expect(count()).toBe('已评 2/2 人')
    await tap('提交评议')
    expect(calls('massesRate')).toEqual([
      { action: 'massesRate', code: 'QX7K2M9P', ratings: [{ memberId: 'm1', scores: { serve: null, duty: 4 } }] }
    ])
    expect(await screen.findByText('已提交对 1 名党员的评议。评议码已使用，不能再次提交。')).toBeTruthy()
  })

  it('全部满分 fills a member in one tap and folds it; 修改 opens it with the scores', async () => {
    await open()
    await tapChip('m1', '全部满分')
    expect(document.querySelector(within('m1', '.masses__summary'))!.textContent).toBe('已填 2/2')
    expect(count()).toBe('已评 1/2 人')
    await click(within('m1', '.masses__open'))
    expect((await inputIn(within('m1', '[data-field="serve"]'))).value).toBe('10')
    expect((await inputIn(within('m1', '[data-field="duty"]'))).value).toBe('5')
  })

  it('同上一位 copies the previous member’s entries, 不了解 included', async () => {
    await open()
    expect(chip('m1', '同上一位')).toBeUndefined() // nobody before the first
    await typeIn(within('m1', '[data-field="serve"]'), '8.5')
    await click('[aria-label="王芳 履职尽责 不了解"]')
    await tapChip('m2', '同上一位')
    await tap('提交评议')
    expect(calls('massesRate')[0].ratings).toEqual([
      { memberId: 'm1', scores: { serve: 8.5, duty: null } },
      { memberId: 'm2', scores: { serve: 8.5, duty: null } }
    ])
  })

  it('every member 不了解: nothing to send, says so', async () => {
    await open()
    await tapChip('m1', '都不了解')
    await tapChip('m2', '都不了解')
    await tap('提交评议')
    expect(screen.getByText('您对每位党员都选了“不了解”，请至少为一名了解的党员打分')).toBeTruthy()
    expect(calls('massesRate')).toHaveLength(0)
  })

  it('keeps a draft per period and code: a closed page comes back filled; sent, the draft goes', async () => {
    const first = await open()
    await typeIn(within('m1', '[data-field="serve"]'), '7')
    await click('[aria-label="张伟 履职尽责 不了解"]')
    first.unmount()
    expect([...storage.keys()]).toEqual(['tongxin.massesDraft:p1:QX7K2M9P'])
    await open()
    expect(screen.getByText('已恢复上次未提交的填写')).toBeTruthy()
    expect((await inputIn(within('m1', '[data-field="serve"]'))).value).toBe('7')
    expect(document.querySelector('[aria-label="张伟 履职尽责 不了解"]')!.getAttribute('aria-checked')).toBe('true')
    await typeIn(within('m1', '[data-field="duty"]'), '5')
    await typeIn(within('m2', '[data-field="serve"]'), '6')
    await tap('提交评议')
    await screen.findByText('感谢您的评议！')
    expect(storage.size).toBe(0)
  })

  it('on submit the page scrolls to the first error, opening a folded member', async () => {
    const scroll = stubTaro('pageScrollTo', () => Promise.resolve())
    await open()
    await tapChip('m1', '全部满分')
    await typeIn(within('m2', '[data-field="serve"]'), '9')
    await tap('提交评议')
    expect(screen.getByText('「张伟 · 履职尽责」：请打分')).toBeTruthy()
    expect(scroll).toHaveBeenCalledWith({ selector: '#masses-field-1-1', duration: 300 })
    expect(document.querySelector('#masses-field-1-1')).toBeTruthy()
    expect(calls('massesRate')).toHaveLength(0)
  })
})
