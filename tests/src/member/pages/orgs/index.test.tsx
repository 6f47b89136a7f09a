jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, render, screen } from '@testing-library/react'
import OrgsPage from '@/member/pages/orgs'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeInto } from '@tests/src/helpers/dom'
import { orgList } from '@tests/src/helpers/fixtures'

afterEach(() => jest.restoreAllMocks())

const rowTexts = () =>
  Array.from(document.querySelectorAll('.orgs__row')).map((e) => `${e.className.match(/orgs__row--d(\d)/)![1]}:${e.textContent}`)

describe('org tree page (committee staff)', () => {
  it('shows the tree indented by parent with kind labels, external orgs marked', async () => {
    answerCloud({ 'member.orgTree': () => ({ orgs: orgList }) })
    render(<OrgsPage />)
    await screen.findByText('养护集团党委')
    expect(rowTexts()).toEqual([
      '0:养护集团党委党委',
      '1:第一养护站党支部党支部',
      '2:路面党小组党小组',
      '1:第二养护站党支部党支部',
      '0:陇南市某村党支部党支部外部'
    ])
  })

  it('adds a party group under a branch', async () => {
    let orgs = orgList
    answerCloud({
      'member.orgTree': () => ({ orgs }),
      'member.saveOrg': (e) => {
        const org = { _id: 'g9', external: false, ...e.org }
        orgs = [...orgs, org]
        return { org }
      }
    })
    render(<OrgsPage />)
    await screen.findByText('养护集团党委')
    await tap('新增组织')
    await act(async () => {
      await typeInto('组织名称，如 第三养护中心党支部', '  桥梁党小组 ')
    })
    await tapIn('.org-form', '党小组')
    // a group's parent must be a branch: the committee is not offered
    expect(document.querySelector('.org-form__parents')!.textContent).toBe('第一养护站党支部第二养护站党支部')
    await tapIn('.org-form__parents', '第二养护站党支部')
    await tapIn('.org-form', '保存')
    expect(calls('saveOrg')).toEqual([{ action: 'saveOrg', org: { name: '桥梁党小组', kind: 'group', parentId: 'b2', external: false } }])
    expect(await screen.findByText('已保存：桥梁党小组')).toBeTruthy()
    expect(rowTexts()).toContain('2:桥梁党小组党小组')
    expect(calls('orgTree')).toHaveLength(2)
  })

  it('edits an org: its id, name, kind and parent are sent; a server refusal is shown', async () => {
    answerCloud({
      'member.orgTree': () => ({ orgs: orgList }),
      'member.saveOrg': () => fail('CONFLICT', '已有党员或角色关联该组织，不能修改其类型或内外部属性')
    })
    render(<OrgsPage />)
    await screen.findByText('养护集团党委')
    await tapIn('.orgs__list', '第一养护站党支部')
    expect(screen.getByText('修改组织')).toBeTruthy()
    await tapIn('.org-form', '联合党支部')
    await tapIn('.org-form', '保存')
    expect(calls('saveOrg')).toEqual([
      { action: 'saveOrg', org: { _id: 'b1', name: '第一养护站党支部', kind: 'jointBranch', parentId: 'c1', external: false } }
    ])
    expect(await screen.findByText('已有党员或角色关联该组织，不能修改其类型或内外部属性')).toBeTruthy()
    expect(screen.getByText('修改组织')).toBeTruthy()
  })

  it('checks the name and the parent before sending', async () => {
    answerCloud({ 'member.orgTree': () => ({ orgs: orgList }) })
    render(<OrgsPage />)
    await screen.findByText('养护集团党委')
    await tap('新增组织')
    await tapIn('.org-form', '保存')
    expect(screen.getByText('请输入组织名称')).toBeTruthy()
    await act(async () => {
      await typeInto('组织名称，如 第三养护中心党支部', '第三站党支部')
    })
    await tapIn('.org-form', '保存')
    expect(screen.getByText('请选择上级组织')).toBeTruthy()
    expect(calls('saveOrg')).toHaveLength(0)
  })

  it('adds an external org with no parent', async () => {
    answerCloud({ 'member.orgTree': () => ({ orgs: orgList }), 'member.saveOrg': (e) => ({ org: { _id: 'v2', ...e.org } }) })
    render(<OrgsPage />)
    await screen.findByText('养护集团党委')
    await tap('新增组织')
    await act(async () => {
      await typeInto('组织名称，如 第三养护中心党支部', '某社区党支部')
    })
    await tap('外部组织（村、社区、平台）')
    expect(document.querySelector('.org-form')!.textContent).not.toContain('党小组')
    await tapIn('.org-form', '保存')
    expect(calls('saveOrg')[0].org).toEqual({ name: '某社区党支部', kind: 'branch', parentId: null, external: true })
  })

  it('shows a load error with a retry', async () => {
    let n = 0
    answerCloud({ 'member.orgTree': () => (++n === 1 ? fail('INTERNAL', '服务暂时不可用，请稍后再试') : { orgs: orgList }) })
    render(<OrgsPage />)
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('养护集团党委')).toBeTruthy()
  })
})
