jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import MySuggestionsPage from '@/voice/pages/mine'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, texts } from '@tests/src/helpers/assessMember'
import { listResult, summary } from '@tests/src/helpers/voiceFixtures'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('我的建议', () => {
  it('lists my suggestions with their state in one call, and opens one', async () => {
    route('/voice/pages/mine/index', {})
    answerCloud({
      'voice.list': () =>
        listResult([
          summary({ _id: `s${'1'.repeat(24)}`, title: '护栏松动', moderation: 'pending', status: 'submitted' }),
          summary({
            _id: `s${'2'.repeat(24)}`,
            title: '食堂排队',
            category: 'masses',
            status: 'answered',
            overdue: 'answer',
            photoCount: 0
          })
        ])
    })
    render(<MySuggestionsPage />)
    expect(await screen.findByText('护栏松动')).toBeTruthy()
    expect(calls('list')).toEqual([{ action: 'list', scope: 'mine' }])
    expect(texts('.vo-list__title')).toEqual(['护栏松动', '食堂排队'])
    expect(screen.getByText('安全审核中')).toBeTruthy()
    expect(screen.getByText('超期未答复')).toBeTruthy()
    await tap('食堂排队')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: `/voice/pages/detail/index?id=s${'2'.repeat(24)}` })
  })

  it('the peers tab asks for the peers’ list; the button opens the sheet', async () => {
    route('/voice/pages/mine/index', { tab: 'peers' })
    answerCloud({ 'voice.list': () => listResult([]) })
    render(<MySuggestionsPage />)
    expect(await screen.findByText('本支部还没有公开的建议')).toBeTruthy()
    expect(calls('list')).toEqual([{ action: 'list', scope: 'peers' }])
    await tap('随手拍 · 提建议')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/voice/pages/new/index' })
  })
})
