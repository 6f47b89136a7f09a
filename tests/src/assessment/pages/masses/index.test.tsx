jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import MassesPage from '@/assessment/pages/masses'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto } from '@tests/src/helpers/dom'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { period, rubric } from '@tests/src/helpers/assessFixtures'
import { click, route, texts, typeIn } from '@tests/src/helpers/assessMember'

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
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

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
