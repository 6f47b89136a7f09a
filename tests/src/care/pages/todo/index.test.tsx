jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import CareTodoPage from '@/care/pages/todo'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, texts } from '@tests/src/helpers/assessMember'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route('/care/pages/todo/index', {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('同步关爱 · 提醒', () => {
  it('lists who needs a talk or a visit and why, in one call for the secretary’s org; a tap opens the member', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({
      'care.todo': () => ({
        weeks: 8,
        members: [
          { _id: 'm2', name: '李明' },
          { _id: 'm3', name: '赵敏' },
          { _id: 'm4', name: '钱进' }
        ],
        todos: [
          { kind: 'lowFlag', memberId: 'm2', name: '李明', detail: '2026年第一季度：黄旗' },
          { kind: 'hardship', memberId: 'm3', name: '赵敏', detail: '困难情况：爱人住院' }
        ]
      })
    })
    render(<CareTodoPage />)
    expect(await screen.findByText('2026年第一季度：黄旗 ›')).toBeTruthy()
    expect(calls('todo')).toEqual([{ action: 'todo', orgId: 'b1' }])
    expect(texts('.ca-todo__name')).toEqual(['李明', '赵敏'])
    expect(texts('.ca-todo__kind')).toEqual(['评议黄旗及以下，需谈话', '生活困难，需走访'])
    await tap('困难情况：爱人住院 ›')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/care/pages/member/index?memberId=m3' })
    // Any member of the branch, to record a talk or flag hardship without a trigger.
    await tap('钱进')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/care/pages/member/index?memberId=m4' })
  })

  it('says there is nothing to do', async () => {
    rememberCaller(whoSecretary(['b1']))
    answerCloud({ 'care.todo': () => ({ weeks: 8, todos: [], members: [] }) })
    render(<CareTodoPage />)
    expect(await screen.findByText('暂时没有需要谈心谈话或走访的党员')).toBeTruthy()
  })

  it('tells a member who is not a secretary, and asks nothing', async () => {
    rememberCaller(whoMember())
    answerCloud({})
    render(<CareTodoPage />)
    expect(await screen.findByText('只有支部书记可以查看关爱提醒')).toBeTruthy()
    expect(calls('todo')).toEqual([])
  })
})
