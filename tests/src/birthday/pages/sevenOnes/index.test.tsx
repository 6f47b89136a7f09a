jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { act, fireEvent, render, screen } from '@testing-library/react'
import SevenOnesPage from '@/birthday/pages/sevenOnes'
import { clock } from '@/birthday/view'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { route } from '@tests/src/helpers/assessMember'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { sevenOnesSheet } from '@tests/src/helpers/birthdayFixtures'
import type { SevenOnesSheet } from '@shared/birthday/api'

const PATH = '/birthday/pages/sevenOnes/index'

async function pick(field: string, value: string) {
  const picker = document.querySelector(`[data-field="${field}"]`)!.closest('taro-picker-core')!
  await act(async () => {
    fireEvent(picker, new CustomEvent('change', { detail: { value } }))
  })
}

/** The server's answer to a mark: the sheet with that item set. */
function marked(e: { itemId: string; done: boolean; date: string | null; note: string }): SevenOnesSheet {
  const s = sevenOnesSheet()
  return {
    ...s,
    marks: {
      ...s.marks,
      [e.itemId]: { itemId: e.itemId, done: e.done, date: e.date, note: e.note, by: 'm1', at: '2026-07-05T02:00:00.000Z' }
    }
  }
}

beforeEach(() => {
  spyNavigation()
  // 2026-07-05 10:00 CST
  jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-07-05T02:00:00.000Z'))
})
afterEach(() => jest.restoreAllMocks())

describe('the 七个一 sheet', () => {
  it('shows each item done or not, with date and note, in one call', async () => {
    answerCloud({ 'birthday.sevenOnes': () => sevenOnesSheet() })
    route(PATH, { memberId: 'r2', year: '2026' })
    render(<SevenOnesPage />)
    expect(await screen.findByText('赵敏')).toBeTruthy()
    expect(screen.getByText('2026年政治生日“七个一” · 已完成 1/7')).toBeTruthy()
    expect(screen.getByText('2026年7月4日 · 支部书记送达')).toBeTruthy()
    expect(screen.getAllByText('未完成')).toHaveLength(6)
    expect(calls('sevenOnes')).toEqual([{ action: 'sevenOnes', memberId: 'r2', year: 2026 }])
  })

  it('ticks an item done with a date and a note, then takes a tick back', async () => {
    answerCloud({ 'birthday.sevenOnes': () => sevenOnesSheet(), 'birthday.markSevenOne': marked })
    route(PATH, { memberId: 'r2', year: '2026' })
    render(<SevenOnesPage />)
    await tap('赠送一本书')
    expect(document.querySelector('[data-field="date"]')!.textContent).toBe('2026-07-05')
    await pick('date', '2026-07-03')
    await typeIntoTextarea('如：支部书记当面送达贺卡', '《习近平谈治国理政》')
    await tap('标记完成')
    expect(calls('markSevenOne')).toEqual([
      { action: 'markSevenOne', memberId: 'r2', year: 2026, itemId: 'book', done: true, date: '2026-07-03', note: '《习近平谈治国理政》' }
    ])
    expect(await screen.findByText('2026年7月3日 · 《习近平谈治国理政》')).toBeTruthy()
    expect(screen.getByText('2026年政治生日“七个一” · 已完成 2/7')).toBeTruthy()

    await tap('送一张政治生日贺卡')
    await tap('改为未完成')
    expect(calls('markSevenOne').at(-1)).toEqual({
      action: 'markSevenOne',
      memberId: 'r2',
      year: 2026,
      itemId: 'card',
      done: false,
      date: null,
      note: ''
    })
  })

  it('shows the server’s refusal under the item', async () => {
    answerCloud({
      'birthday.sevenOnes': () => sevenOnesSheet(),
      'birthday.markSevenOne': () => fail('FORBIDDEN', '只有该组织的书记、副书记、支委或党委工作人员可以记录')
    })
    route(PATH, { memberId: 'r2', year: '2026' })
    render(<SevenOnesPage />)
    await tap('上一次党课')
    await tap('标记完成')
    expect(await screen.findByText('只有该组织的书记、副书记、支委或党委工作人员可以记录')).toBeTruthy()
  })

  it('a past year: the date defaults to its last day', async () => {
    answerCloud({ 'birthday.sevenOnes': () => sevenOnesSheet({ year: 2025, marks: {} }) })
    route(PATH, { memberId: 'r2', year: '2025' })
    render(<SevenOnesPage />)
    await tap('上一次党课')
    expect(document.querySelector('[data-field="date"]')!.textContent).toBe('2025-12-31')
  })

  it('without a member in the route: says where to come from, no call', async () => {
    answerCloud({})
    route(PATH, {})
    render(<SevenOnesPage />)
    expect(await screen.findByText('缺少党员或年度，请从政治生日列表进入')).toBeTruthy()
    expect(calls('sevenOnes')).toEqual([])
  })
})
