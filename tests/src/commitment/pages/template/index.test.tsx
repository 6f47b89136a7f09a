jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import TemplatePage from '@/commitment/pages/template'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { inputIn, route, typeIn } from '@tests/src/helpers/assessMember'
import { template } from '@tests/src/helpers/commitFixtures'

beforeEach(() => {
  spyNavigation()
  route('/commitment/pages/template/index', {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('承诺卡模板', () => {
  it('edits the sections and saves a new version', async () => {
    answerCloud({
      'commitment.getTemplate': () => ({ template: template(), versions: [template()] }),
      'commitment.saveTemplate': (e) => ({ template: template({ ...e.template, _id: 'c1:v1', committeeId: 'c1', version: 1 }) })
    })
    render(<TemplatePage />)
    expect(await screen.findByText('当前：默认模板')).toBeTruthy()
    await waitFor(async () => expect((await inputIn('[data-section="goals"]')).value).toBe('工作目标'))
    await tapIn('[data-section="service"]', '删除')
    await typeIn('[data-section="goals"]', '年度工作目标')
    await tap('党小组组长审核')
    await tap('允许审核本组党员')
    await tap('保存为新版本')
    const sent = calls('saveTemplate')[0].template
    expect(sent.sections.map((s: { name: string }) => s.name)).toEqual(['年度工作目标', '争优措施', '承诺事项', '学习提升'])
    expect(sent.checkWindow).toEqual({ daysBeforeQuarterEnd: 15, dayOfNextMonth: 15 })
    expect(sent.groupLeadersReview).toBe(true)
    expect(await screen.findByText('已保存为第 1 版，之后新建的承诺卡使用此版本')).toBeTruthy()
  })

  it('refuses an empty section name before sending', async () => {
    answerCloud({ 'commitment.getTemplate': () => ({ template: template(), versions: [] }) })
    render(<TemplatePage />)
    await screen.findByText('当前：默认模板')
    await tap('＋ 添加栏目')
    await tap('保存为新版本')
    expect(await screen.findByText('第 6 个栏目：请填写名称')).toBeTruthy()
    expect(calls('saveTemplate')).toEqual([])
  })
})
