jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import SuggestionStatsPage from '@/voice/pages/stats'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route, texts } from '@tests/src/helpers/assessMember'
import { statsResult } from '@tests/src/helpers/voiceFixtures'

beforeEach(() => {
  spyNavigation()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('建议统计', () => {
  it('draws a bar per category, the largest full, in one call', async () => {
    route('/voice/pages/stats/index', { orgId: 'b1' })
    answerCloud({ 'voice.stats': () => statsResult() })
    render(<SuggestionStatsPage />)
    expect(await screen.findByText('2026年建议统计 · 第一养护站党支部')).toBeTruthy()
    expect(calls('stats')).toEqual([{ action: 'stats', orgId: 'b1' }])
    expect(texts('.vo-stats__label')).toEqual(['安全', '生产', '服务群众', '组织生活', '其他'])
    expect(texts('.vo-stats__n')).toEqual(['4', '2', '0', '1', '0'])
    const widths = Array.from(document.querySelectorAll<HTMLElement>('.vo-stats__bar')).map((b) => b.style.width)
    expect(widths).toEqual(['100%', '50%', '0%', '25%', '0%'])
    expect(screen.getByText('共 7 条 · 未办结 5 · 已办结 2 · 超期 1 · 未公开 0')).toBeTruthy()
  })
})
