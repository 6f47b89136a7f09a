jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import HomePage from '@/home'
import { forgetCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  forgetCaller()
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

describe('care (同步关爱) on home', () => {
  it('a secretary: the members the triggers name, as a to-do line to the care page of that org; one call', async () => {
    answerCloud({
      'member.whoami': () => ({ ...whoSecretary(), careTodo: [{ orgId: 'b1', orgName: '第一党支部', count: 2, names: ['李明', '赵敏'] }] })
    })
    render(<HomePage />)
    expect(await screen.findByText('第一党支部 · 李明、赵敏')).toBeTruthy()
    await tap('同步关爱：2名党员需谈心谈话或走访')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/care/pages/todo/index?orgId=b1' })
    expect(calls('whoami')).toHaveLength(1)
  })

  it('a member: no care line, no 同步关爱 tile', async () => {
    answerCloud({ 'member.whoami': () => whoMember({ careTodo: [] }) })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    expect(screen.queryByText(/同步关爱/)).toBeNull()
  })
})
