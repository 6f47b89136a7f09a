jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import SuggestionList from '@/voice/components/SuggestionList'
import { tap } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { summary } from '@tests/src/helpers/voiceFixtures'

afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('SuggestionList', () => {
  it('says so when empty', () => {
    render(<SuggestionList items={[]} empty='没有建议' />)
    expect(screen.getByText('没有建议')).toBeTruthy()
  })

  it('tags status, overdue, moderation and hidden; a tap opens the suggestion', async () => {
    const nav = spyNavigation()
    render(
      <SuggestionList
        items={[summary({ title: '护栏松动', status: 'reopened', overdue: 'answer', moderation: 'held', hiddenFromPeers: true })]}
        empty=''
      />
    )
    for (const t of ['重新办理', '超期未答复', '未公开', '仅支部可见', '安全 · 王芳 · 2026-06-01 10:00 · 2 张照片'])
      expect(screen.getByText(t)).toBeTruthy()
    await tap('护栏松动')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: `/voice/pages/detail/index?id=s${'a'.repeat(24)}` })
  })
})
