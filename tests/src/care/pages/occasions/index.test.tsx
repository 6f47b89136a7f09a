jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import type { Occasion } from '@shared/care/api'
import CareOccasionsPage from '@/care/pages/occasions'
import { rememberCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { inputIn, route, typeIn } from '@tests/src/helpers/assessMember'
import { whoMember, whoStaff } from '@tests/src/helpers/fixtures'

const LIST: Occasion[] = [
  { id: 'talk-thought', kind: 'talk', name: '思想出现波动时' },
  { id: 'talk-post', kind: 'talk', name: '工作岗位变动时' },
  { id: 'visit-ill', kind: 'visit', name: '生病住院时' }
]

beforeEach(() => {
  spyNavigation()
  route('/care/pages/occasions/index', {})
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('谈话走访事项 (committee staff)', () => {
  it('opens the staff committee’s lists in one call, by kind', async () => {
    rememberCaller(whoStaff())
    answerCloud({ 'care.occasions': () => ({ occasions: LIST, isDefault: true, committeeId: 'c1', noCheckinWeeks: 8 }) })
    render(<CareOccasionsPage />)
    expect(await screen.findByText('六必谈')).toBeTruthy()
    expect(calls('occasions')).toEqual([{ action: 'occasions', orgId: 'c1' }])
    expect(document.querySelectorAll('[data-kind="talk"] [data-occasion]').length).toBe(2)
    expect(document.querySelectorAll('[data-kind="visit"] [data-occasion]').length).toBe(1)
    expect(screen.getByText(/现为默认事项/)).toBeTruthy()
  })

  it('renames, removes and adds, then saves the whole list with the names trimmed and the ids kept', async () => {
    rememberCaller(whoStaff())
    answerCloud({
      'care.occasions': () => ({ occasions: LIST, isDefault: true, committeeId: 'c1', noCheckinWeeks: 8 }),
      'care.saveOccasions': (e) => ({ occasions: e.occasions, noCheckinWeeks: e.noCheckinWeeks })
    })
    render(<CareOccasionsPage />)
    await screen.findByText('六必谈')
    await typeIn('[data-occasion="talk-post"]', ' 岗位调整时 ')
    await tapIn('[data-occasion="talk-thought"]', '删除')
    await tapIn('[data-kind="visit"]', '＋ 添加一项')
    await typeIn('[data-occasion="visit-1"]', '长期在外务工时')
    await tap('保存')
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(calls('saveOccasions')).toEqual([
      {
        action: 'saveOccasions',
        occasions: [
          { id: 'talk-post', kind: 'talk', name: '岗位调整时' },
          { id: 'visit-ill', kind: 'visit', name: '生病住院时' },
          { id: 'visit-1', kind: 'visit', name: '长期在外务工时' }
        ],
        noCheckinWeeks: 8
      }
    ])
  })

  it('refuses on the phone, without a call, a list that would lose a whole kind or has an empty name', async () => {
    rememberCaller(whoStaff())
    answerCloud({ 'care.occasions': () => ({ occasions: LIST, isDefault: false, committeeId: 'c1', noCheckinWeeks: 6 }) })
    render(<CareOccasionsPage />)
    await screen.findByText('六必谈')
    await tapIn('[data-kind="visit"]', '＋ 添加一项')
    await tap('保存')
    expect(await screen.findByText('“visit-1”的名称须为 1–30 个字')).toBeTruthy()
    await tapIn('[data-occasion="visit-1"]', '删除')
    await tapIn('[data-occasion="visit-ill"]', '删除')
    await tap('保存')
    expect(await screen.findByText('至少保留一项“五必访”')).toBeTruthy()
    expect(calls('saveOccasions')).toEqual([])
  })

  it('saves the weeks without a check-in that raise a care to-do; refuses a number out of 2–26 on the phone', async () => {
    rememberCaller(whoStaff())
    answerCloud({
      'care.occasions': () => ({ occasions: LIST, isDefault: false, committeeId: 'c1', noCheckinWeeks: 6 }),
      'care.saveOccasions': (e) => ({ occasions: e.occasions, noCheckinWeeks: e.noCheckinWeeks })
    })
    render(<CareOccasionsPage />)
    await screen.findByText('六必谈')
    expect((await inputIn('[data-weeks]')).value).toBe('6')
    await typeIn('[data-weeks]', '1')
    await tap('保存')
    expect(await screen.findByText('未参加组织生活提醒周数须为 2–26 的整数')).toBeTruthy()
    expect(calls('saveOccasions')).toEqual([])
    await typeIn('[data-weeks]', '4')
    await tap('保存')
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(calls('saveOccasions')).toEqual([{ action: 'saveOccasions', occasions: LIST, noCheckinWeeks: 4 }])
  })

  it('tells a member without the staff role, without a call', async () => {
    rememberCaller(whoMember())
    answerCloud({})
    render(<CareOccasionsPage />)
    expect(await screen.findByText('只有党委工作人员可以编辑谈话走访事项')).toBeTruthy()
    expect(calls('occasions')).toEqual([])
  })
})
