jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import HomePage from '@/home'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

const titles = () => Array.from(document.querySelectorAll('.entry-tile__title')).map((e) => e.textContent)

describe('assessment tiles on home', () => {
  it('gives a secretary 考评管理 → the periods page', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary() })
    render(<HomePage />)
    await tap('考评管理')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/periods/index' })
    expect(titles()).not.toContain('考评总览')
  })

  it.each([
    ['deputy', '组织评分 · 进度 · 结果'],
    ['committeeMember', '组织评分 · 进度 · 结果']
  ] as const)('gives a %s 考评管理 too (organisation ratings, progress, talks on the desk)', async (role, note) => {
    const w = whoMember()
    const roles = [{ orgId: 'b1', role }]
    answerCloud({ 'member.whoami': () => ({ ...w, member: { ...w.member!, roles }, roles }) })
    render(<HomePage />)
    await screen.findByText(note)
    await tap('考评管理')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/periods/index' })
  })

  it.each([
    ['考评总览', '/assessment/pages/overview/index'],
    ['考评细则', '/assessment/pages/rubric/index']
  ])('gives committee staff %s', async (title, url) => {
    answerCloud({ 'member.whoami': () => whoStaff() })
    render(<HomePage />)
    await tap(title)
    expect(nav.navigateTo).toHaveBeenCalledWith({ url })
    expect(titles().slice(0, 5)).toEqual(['组织架构', '导入名册', '签到台账', '考评总览', '考评细则'])
  })

  it('gives a plain member none of them', async () => {
    answerCloud({ 'member.whoami': () => whoMember() })
    render(<HomePage />)
    await screen.findByText('王芳，您好')
    for (const t of ['考评管理', '考评总览', '考评细则']) expect(titles()).not.toContain(t)
  })
})
