jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import BoardPage from '@/assessment/pages/board'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { board, publishedPeriod } from '@tests/src/helpers/assessFixtures'
import { click, route, texts } from '@tests/src/helpers/assessMember'

const PATH = '/assessment/pages/board/index'
const FLAGS = { red: 1, yellow: 2, blue: 0, grey: 1 }

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route(PATH, { periodId: 'p1' })
})
afterEach(() => jest.restoreAllMocks())

const script = (who = whoMember()) =>
  answerCloud({ 'assessment.board': () => ({ period: publishedPeriod(), entries: board(), flags: FLAGS }), 'member.whoami': () => who })

describe('评比台', () => {
  it('lists rank, name, total and flag of every member, ties sharing a rank, and the flag counts', async () => {
    script()
    render(<BoardPage />)
    expect(await screen.findByText('第一养护站党支部 · 2026年第四季度')).toBeTruthy()
    expect(calls('board')).toEqual([{ action: 'board', periodId: 'p1' }])
    const rows = Array.from(document.querySelectorAll('.board__row')).map((r) => [
      r.querySelector('.board__rank')!.textContent,
      r.querySelector('.board__name')!.textContent,
      r.querySelector('.board__total')!.textContent,
      r.querySelector('[data-flag]')!.getAttribute('data-flag')
    ])
    expect(rows).toEqual([
      ['1', '赵敏', '92.0', 'red'],
      ['2', '王芳（我）', '84.5', 'yellow'],
      ['2', '张伟', '84.5', 'yellow'],
      ['4', '孙强', '66.0', 'grey']
    ])
    expect(texts('.board__flag')).toEqual(['红旗1 人', '黄旗2 人', '蓝旗0 人', '灰旗1 人'])
    expect(document.querySelector('.board__row--me')!.getAttribute('data-member')).toBe('m1')
  })

  it('opens my own detail from my row; other rows open nothing for a plain member', async () => {
    script()
    render(<BoardPage />)
    await screen.findByText('赵敏')
    await click('[data-member="m3"]')
    expect(nav.navigateTo).not.toHaveBeenCalled()
    await click('[data-member="m1"]')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/result/index?periodId=p1' })
  })

  it('lets the branch secretary open any member’s detail', async () => {
    script(whoSecretary(['b1']))
    render(<BoardPage />)
    await screen.findByText('赵敏')
    await click('[data-member="m3"]')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/result/index?periodId=p1&memberId=m3' })
  })

  it('shows the server’s message for a board not published yet', async () => {
    answerCloud({ 'assessment.board': () => fail('PERIOD_STATE', '本期结果尚未公布'), 'member.whoami': () => whoMember() })
    render(<BoardPage />)
    expect(await screen.findByText('本期结果尚未公布')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })

  it('sends an unbound caller to sign-in, and back to the board after', async () => {
    answerCloud({ 'assessment.board': () => fail('NOT_BOUND', '请先绑定'), 'member.whoami': () => ({ bound: false }) })
    render(<BoardPage />)
    const back = encodeURIComponent(`${PATH}?periodId=p1`)
    await waitFor(() => expect(nav.reLaunch).toHaveBeenCalledWith({ url: `/pages/login/index?to=${back}` }))
  })
})
