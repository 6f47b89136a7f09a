jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import BranchSuggestionsPage from '@/voice/pages/branch'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
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

const items = [
  summary({ _id: `s${'1'.repeat(24)}`, title: '护栏松动', status: 'submitted', overdue: 'receive', memberName: '王芳' }),
  summary({ _id: `s${'2'.repeat(24)}`, title: '食堂排队', status: 'handling', memberName: '李明' }),
  summary({ _id: `s${'3'.repeat(24)}`, title: '学习资料', status: 'closed', category: 'orgLife', memberName: '赵敏' })
]

describe('党员建议 (the branch)', () => {
  it('one call; filters by status and overdue on what it brought', async () => {
    route('/voice/pages/branch/index', {})
    answerCloud({ 'voice.list': () => listResult(items) })
    render(<BranchSuggestionsPage />)
    expect(await screen.findByText('护栏松动')).toBeTruthy()
    expect(calls('list')).toEqual([{ action: 'list', scope: 'branch', orgId: undefined }])
    await tap('超期（1）')
    expect(texts('.vo-list__title')).toEqual(['护栏松动'])
    await tap('超期（1）')
    await tap('办理中（1）')
    expect(texts('.vo-list__title')).toEqual(['食堂排队'])
    expect(calls('list')).toHaveLength(1)
    await tap('分类统计 ›')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/voice/pages/stats/index?orgId=b1' })
  })

  it('the home org’s view of its dispatched members', async () => {
    route('/voice/pages/branch/index', { scope: 'home', orgId: 'v1' })
    answerCloud({ 'voice.list': () => listResult([], { orgs: [{ _id: 'v1', name: '陇南市某村党支部' }], orgId: 'v1' }) })
    render(<BranchSuggestionsPage />)
    expect(await screen.findByText('派出党员还没有公开的建议')).toBeTruthy()
    expect(calls('list')).toEqual([{ action: 'list', scope: 'home', orgId: 'v1' }])
    expect(screen.queryByText('分类统计 ›')).toBeNull()
  })

  it('tells a member who is not on a committee', async () => {
    route('/voice/pages/branch/index', {})
    answerCloud({ 'voice.list': () => fail('FORBIDDEN', '只有支部的书记、副书记、支委可以查看') })
    render(<BranchSuggestionsPage />)
    expect(await screen.findByText('只有支部的书记、副书记、支委可以查看')).toBeTruthy()
  })
})
