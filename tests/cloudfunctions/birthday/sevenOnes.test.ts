// The 七个一 checklist: read by the member and the committee of the org that greets them; ticked by that
// committee; the list edited by staff.
import { cstDate, cstYmd } from '@shared/core/time'
import { expectFail, useBirthdayCloud } from './helpers'

const cloud = useBirthdayCloud()
const year = () => cstYmd(new Date()).y

describe('七个一', () => {
  it('the committee ticks items with a date and a note; the member reads their sheet', async () => {
    const sheet = await cloud.ok(
      { action: 'markSevenOne', memberId: 'm07', year: year(), itemId: 'oath', done: true, note: '支部大会上重温' },
      'm03'
    )
    expect(sheet.items).toHaveLength(7)
    expect(sheet.marks.oath).toMatchObject({ done: true, date: cstDate(new Date()), note: '支部大会上重温', by: 'm03' })
    await cloud.ok({ action: 'markSevenOne', memberId: 'm07', year: year(), itemId: 'book', done: true, date: `${year()}-01-02` }, 'm04')
    const mine = await cloud.ok({ action: 'sevenOnes', memberId: 'm07', year: year() }, 'm07')
    expect(Object.keys(mine.marks).sort()).toEqual(['book', 'oath'])
    // Undo keeps the record of who changed it.
    const undone = await cloud.ok({ action: 'markSevenOne', memberId: 'm07', year: year(), itemId: 'book', done: false, date: null }, 'm03')
    expect(undone.marks.book).toMatchObject({ done: false, date: null, by: 'm03' })
  })

  it.each([
    ['m08', 'sevenOnes', 'FORBIDDEN'], // another member
    ['m14', 'sevenOnes', 'FORBIDDEN'], // another branch's secretary
    ['m06', 'markSevenOne', 'FORBIDDEN'], // a group leader
    ['m07', 'markSevenOne', 'FORBIDDEN'] // the member themself
  ])('%s %s of m07: %s', async (who, act, code) => {
    const before = await cloud.snapshot()
    expectFail(
      await cloud.call(
        { action: act, memberId: 'm07', year: year(), ...(act === 'markSevenOne' ? { itemId: 'oath', done: true } : {}) },
        who
      ),
      code
    )
    expect(await cloud.snapshot()).toEqual(before)
  })

  it('the dispatched member’s sheet is kept by their assessing org, not their home org', async () => {
    await cloud.ok({ action: 'markSevenOne', memberId: 'm10', year: year(), itemId: 'card', done: true }, 'm03')
    expectFail(await cloud.call({ action: 'markSevenOne', memberId: 'm10', year: year(), itemId: 'card', done: true }, 'm32'), 'FORBIDDEN')
  })

  it.each([
    [{ itemId: 'nope', done: true }, 'MARK_INVALID'],
    [{ itemId: 'oath', done: true, date: '2099-01-01' }, 'MARK_INVALID'],
    [{ itemId: 'oath', done: true, date: '2020-02-30' }, 'INVALID_INPUT'],
    [{ itemId: 'oath', done: 'yes' }, 'INVALID_INPUT'],
    [{ itemId: 'oath', done: true, note: 'x'.repeat(201) }, 'INVALID_INPUT']
  ])('refuses %j with %s, writing nothing', async (extra, code) => {
    const before = await cloud.snapshot()
    expectFail(await cloud.call({ action: 'markSevenOne', memberId: 'm07', year: year(), ...extra }, 'm03'), code)
    expect(await cloud.snapshot()).toEqual(before)
  })

  it('staff edit the committee’s list; members and sheets then use it', async () => {
    expect(await cloud.ok({ action: 'sevenOnesList' }, 'm07')).toMatchObject({ isDefault: true })
    const items = [
      { id: 'card', name: '送一张贺卡' },
      { id: 'visit', name: '走访一次老党员' }
    ]
    await cloud.ok({ action: 'saveSevenOnesList', items }, 'm01')
    expect(await cloud.ok({ action: 'sevenOnesList' }, 'm07')).toMatchObject({ items, isDefault: false })
    expect((await cloud.ok({ action: 'sevenOnes', memberId: 'm07', year: year() }, 'm03')).items).toEqual(items)
    expectFail(await cloud.call({ action: 'saveSevenOnesList', items }, 'm03'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'saveSevenOnesList', items: [] }, 'm01'), 'LIST_INVALID')
    expectFail(await cloud.call({ action: 'saveSevenOnesList', items: [{ id: 'Bad', name: 'x' }] }, 'm01'), 'LIST_INVALID')
  })
})
