jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import SuggestionDetailPage from '@/voice/pages/detail'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { detail } from '@tests/src/helpers/voiceFixtures'

const ID = `s${'a'.repeat(24)}`
beforeEach(() => {
  spyNavigation()
  route('/voice/pages/detail/index', { id: ID })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

const none = { receive: false, assign: false, answer: false, confirm: false, reopen: false }

describe('建议详情', () => {
  it('shows the sheet; a risky photo is never shown, only said', async () => {
    answerCloud({ 'voice.get': () => detail() })
    render(<SuggestionDetailPage />)
    expect(await screen.findByText('K12 护栏松动')).toBeTruthy()
    expect(calls('get')).toEqual([{ action: 'get', id: ID }])
    expect(screen.getByText('地点：G316 K12+300')).toBeTruthy()
    expect(document.querySelectorAll('.vo-detail__img').length).toBe(2)
    expect(screen.getByText('未通过安全检测')).toBeTruthy()
    expect(screen.queryByText('受理')).toBeNull()
  })

  it('the author sees why it is not public yet', async () => {
    answerCloud({ 'voice.get': () => detail({ moderation: 'pending' }) })
    render(<SuggestionDetailPage />)
    expect(await screen.findByText('安全审核中：通过前只有你和支部书记能看到')).toBeTruthy()
  })

  it('the branch receives, names who handles it, answers: each step one call, the page shows what came back', async () => {
    answerCloud({
      'voice.get': () => detail({ can: { ...none, receive: true } }),
      'voice.receive': () =>
        detail({ status: 'received', can: { ...none, assign: true, answer: true }, handlers: [{ _id: 'm5', name: '孙强' }] }),
      'voice.assign': () =>
        detail({
          status: 'handling',
          handlerName: '孙强',
          can: { ...none, assign: true, answer: true },
          handlers: [{ _id: 'm5', name: '孙强' }]
        }),
      'voice.answer': () => detail({ status: 'answered', handlerName: '孙强', answer: '已紧固' })
    })
    render(<SuggestionDetailPage />)
    await tap('受理')
    expect(await screen.findByText('已受理')).toBeTruthy()
    await tap('孙强')
    expect(await screen.findByText('办理人：孙强')).toBeTruthy()
    await typeIntoTextarea('做了什么、结果如何', '已紧固')
    await tap('答复')
    expect(await screen.findByText('支部答复')).toBeTruthy()
    expect(calls('receive')).toEqual([{ action: 'receive', id: ID }])
    expect(calls('assign')).toEqual([{ action: 'assign', id: ID, handlerId: 'm5' }])
    expect(calls('answer')).toEqual([{ action: 'answer', id: ID, answer: '已紧固' }])
  })

  it('the author confirms, or reopens with a reason', async () => {
    answerCloud({
      'voice.get': () => detail({ status: 'answered', answer: '已紧固', can: { ...none, confirm: true, reopen: true } }),
      'voice.reopen': () => detail({ status: 'reopened', answer: '已紧固', reopenReason: '还没装反光标志' })
    })
    render(<SuggestionDetailPage />)
    expect(await screen.findByText('确认办结')).toBeTruthy()
    await typeIntoTextarea('还有什么没解决', '还没装反光标志')
    await tap('重新打开')
    expect(await screen.findByText('重新打开的理由：还没装反光标志')).toBeTruthy()
    expect(calls('reopen')).toEqual([{ action: 'reopen', id: ID, reason: '还没装反光标志' }])
  })

  it('shows a refusal and keeps the page', async () => {
    answerCloud({
      'voice.get': () => detail({ can: { ...none, receive: true } }),
      'voice.receive': () => fail('CONFLICT', '该建议刚被其他人处理过，请刷新后重试')
    })
    render(<SuggestionDetailPage />)
    await tap('受理')
    expect(await screen.findByText('该建议刚被其他人处理过，请刷新后重试')).toBeTruthy()
  })

  it('an unreadable or unknown suggestion says so', async () => {
    answerCloud({ 'voice.get': () => fail('NOT_FOUND', '该建议不存在或无权查看') })
    render(<SuggestionDetailPage />)
    expect(await screen.findByText('该建议不存在或无权查看')).toBeTruthy()
  })
})
