jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import HomePage from '@/home'
import { forgetCaller } from '@/core/caller'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  forgetCaller()
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

const titles = () => Array.from(document.querySelectorAll('.entry-tile__title')).map((e) => e.textContent)

describe('political birthdays on home', () => {
  it('a greeting to open: a to-do line first, to the greeting page', async () => {
    answerCloud({
      'member.whoami': () => whoMember({ birthdayTodo: [{ kind: 'openGreeting', greetingId: 'm1:2026', date: '2026-07-01', years: 14 }] })
    })
    render(<HomePage />)
    expect(await screen.findByText('入党 14 周年 · 2026年7月1日')).toBeTruthy()
    await tap('政治生日快乐：请查看贺卡')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/birthday/pages/greeting/index?greetingId=m1%3A2026' })
    expect(titles()).not.toContain('政治生日')
  })

  it('a secretary: this week’s birthdays → the upcoming page of that org; the 政治生日 tile too', async () => {
    answerCloud({
      'member.whoami': () => ({
        ...whoSecretary(),
        birthdayTodo: [
          { kind: 'birthdaysThisWeek', orgId: 'b1', orgName: '第一党支部', count: 7, names: ['李红梅', '赵敏', '钱进', '孙丽', '周强'] }
        ]
      })
    })
    render(<HomePage />)
    expect(await screen.findByText('第一党支部 · 李红梅、赵敏、钱进、孙丽、周强 等')).toBeTruthy()
    await tap('本周政治生日：7名党员')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/birthday/pages/upcoming/index?orgId=b1' })
    await tap('政治生日')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/birthday/pages/upcoming/index' })
  })

  it('committee staff: the 光荣在党50年 tile', async () => {
    answerCloud({ 'member.whoami': () => whoStaff() })
    render(<HomePage />)
    await tap('光荣在党50年')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/birthday/pages/fiftyYears/index' })
    expect(titles()).not.toContain('政治生日')
  })
})
