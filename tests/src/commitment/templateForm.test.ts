/** @jest-environment node */
import { fromTemplateDraft, newSectionId, templateProblem, toTemplateDraft, versionLabel } from '@/commitment/templateForm'
import { template } from '@tests/src/helpers/commitFixtures'

describe('template editor', () => {
  it('round-trips a template', () => {
    const t = template()
    expect(fromTemplateDraft(toTemplateDraft(t))).toEqual({ sections: t.sections, checkWindow: t.checkWindow, groupLeadersReview: false })
    expect(templateProblem(toTemplateDraft(t))).toBeNull()
  })

  const d = () => toTemplateDraft(template())
  it.each([
    ['no sections', { sections: [] }, '栏目数量应为 1–8 个'],
    ['an empty name', { sections: [{ id: 's1', name: ' ', minItems: '1', maxItems: '5' }] }, '第 1 个栏目：请填写名称'],
    [
      'a name twice',
      {
        sections: [
          { id: 's1', name: '工作目标', minItems: '1', maxItems: '5' },
          { id: 's2', name: '工作目标', minItems: '1', maxItems: '5' }
        ]
      },
      '栏目名称「工作目标」重复'
    ],
    ['max 6', { sections: [{ id: 's1', name: '甲', minItems: '1', maxItems: '6' }] }, '「甲」每栏最多 1–5 项'],
    ['min above max', { sections: [{ id: 's1', name: '甲', minItems: '3', maxItems: '2' }] }, '「甲」最少项数不能大于最多项数'],
    ['window start 0', { daysBeforeQuarterEnd: '0' }, '自查开始时间应为季度末前 1–28 天'],
    ['window end 30', { dayOfNextMonth: '30' }, '自查截止日应为下季度首月的 1–28 日']
  ])('%s', (_n, patch, message) => {
    expect(templateProblem({ ...d(), ...patch })).toBe(message)
  })

  it('new section ids and version labels', () => {
    expect(newSectionId([{ id: 's1', name: '', minItems: '1', maxItems: '1' }])).toBe('s2')
    expect(versionLabel(template())).toBe('默认模板')
    expect(versionLabel(template({ _id: 'c1:v3', version: 3 }))).toBe('第 3 版')
  })
})
