jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor, within } from '@testing-library/react'
import CardPage from '@/member/main/card'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import type { PoliticalHonour } from '@shared/member/api'
import { card } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

afterEach(() => jest.restoreAllMocks())

function cellValue(label: string): string {
  const labelEl = screen.getByText(label)
  return labelEl.parentElement!.textContent!.replace(label, '')
}

describe('identity card (亮身份)', () => {
  it('shows name, branch, status, political age and employment of a dispatched member', async () => {
    answerCloud({ 'member.card': () => card() })
    render(<CardPage />)
    expect(await screen.findByText('王芳')).toBeTruthy()
    expect(screen.getByText('共产党员')).toBeTruthy()
    expect(screen.getByText('正式党员')).toBeTruthy()
    expect(screen.getByText('13 年')).toBeTruthy()
    expect(screen.getByText('劳务派遣')).toBeTruthy()
    expect(calls('card')).toEqual([{ action: 'card' }])
  })

  it('shows dual management: home org, every active org, the assessing org and the group', async () => {
    answerCloud({ 'member.card': () => card() })
    render(<CardPage />)
    await screen.findByText('王芳')
    expect(cellValue('组织关系所在')).toBe('陇南市某村党支部')
    const active = screen.getByText('参加组织生活').parentElement!
    expect(within(active).getByText('第一养护站党支部')).toBeTruthy()
    expect(within(active).getByText('第二养护站党支部')).toBeTruthy()
    expect(cellValue('考核单位')).toBe('第一养护站党支部')
    expect(cellValue('党小组')).toBe('路面党小组')
    expect(cellValue('入党日期')).toBe('2012-07-01')
  })

  it.each<[string, number | null, PoliticalHonour | null, string, string | null]>([
    ['a member with the 50-year medal', 50, { kind: 'fiftyYears' }, '50 年', '光荣在党50年'],
    ['a member in a round year since joining', 9, { kind: 'anniversary', years: 10 }, '9 年', '入党 10 周年'],
    ['a member in the first year after 转正', 0, null, '不满 1 年', null],
    ['a probationary member (no 党龄 yet)', null, null, '—', null]
  ])('words the political age of %s', async (_n, age, honour, text, words) => {
    answerCloud({ 'member.card': () => card({ politicalAge: age, honour }) })
    render(<CardPage />)
    expect(await screen.findByText(text)).toBeTruthy()
    if (words) expect(screen.getByText(words)).toBeTruthy()
    else expect(screen.queryByText(/光荣在党|周年/)).toBeNull()
  })

  it('sends a caller who is not bound to sign-in', async () => {
    const nav = spyNavigation()
    answerCloud({ 'member.card': () => fail('NOT_BOUND', '尚未绑定党员身份，请先完成绑定') })
    render(<CardPage />)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })

  it('shows the server message and retries', async () => {
    let n = 0
    answerCloud({ 'member.card': () => (++n === 1 ? fail('NOT_FOUND', '未找到该党员') : card()) })
    render(<CardPage />)
    expect(await screen.findByText('未找到该党员')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('王芳')).toBeTruthy()
  })
})
