jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import MemberCarePage from '@/care/pages/member'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeInto, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'

beforeEach(() => {
  spyNavigation()
  route('/care/pages/member/index', { memberId: 'm2' })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

const occasions = [
  { id: 'talk-flag', kind: 'talk', name: '评议结果为黄旗及以下时' },
  { id: 'visit-ill', kind: 'visit', name: '生病住院时' }
]
const rec = {
  _id: 'r1',
  memberId: 'm2',
  memberName: '李明',
  orgId: 'b1',
  kind: 'visit',
  occasionId: 'visit-ill',
  occasionName: '生病住院时',
  date: '2026-06-01',
  place: '县医院',
  content: '看望并送去慰问品',
  followUp: null,
  byName: '王建军',
  at: '2026-06-01T08:00:00.000Z'
}

describe('谈心谈话与走访', () => {
  it('a member reads their records only: no form, no flag', async () => {
    answerCloud({
      'care.records': () => ({ memberName: '李明', records: [rec], canRecord: false, occasions: [], canFlag: false, hardship: null })
    })
    render(<MemberCarePage />)
    expect(await screen.findByText('2026-06-01 · 五必访 · 生病住院时')).toBeTruthy()
    expect(calls('records')).toEqual([{ action: 'records', memberId: 'm2' }])
    expect(screen.queryByText('保存记录')).toBeNull()
    expect(screen.queryByText('标记生活困难')).toBeNull()
  })

  it('the secretary records a talk on an occasion of the list, today, then sees the list again', async () => {
    let saved = false
    answerCloud({
      'care.records': () => ({
        memberName: '李明',
        records: saved ? [rec] : [],
        canRecord: true,
        occasions,
        canFlag: true,
        hardship: null
      }),
      'care.record': () => {
        saved = true
        return rec
      }
    })
    render(<MemberCarePage />)
    await tap('评议结果为黄旗及以下时')
    await typeInto('如：支部办公室、党员家中', '支部办公室')
    await typeIntoTextarea('谈话或走访的内容', '谈评议结果，约定改进')
    await tap('保存记录')
    expect(calls('record')).toEqual([
      expect.objectContaining({
        action: 'record',
        memberId: 'm2',
        kind: 'talk',
        occasionId: 'talk-flag',
        place: '支部办公室',
        content: '谈评议结果，约定改进',
        followUp: null
      })
    ])
    expect(calls('record')[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await screen.findByText('看望并送去慰问品')).toBeTruthy()
    expect(calls('records')).toHaveLength(2)
  })

  it('the secretary flags hardship with a note', async () => {
    answerCloud({
      'care.records': () => ({ memberName: '李明', records: [], canRecord: true, occasions, canFlag: true, hardship: null }),
      'care.setHardship': () => ({ memberId: 'm2', hardship: true })
    })
    render(<MemberCarePage />)
    await typeInto('如：爱人住院、子女上学困难', '爱人住院')
    await tap('标记生活困难')
    expect(calls('setHardship')).toEqual([{ action: 'setHardship', memberId: 'm2', hardship: true, note: '爱人住院' }])
  })
})
