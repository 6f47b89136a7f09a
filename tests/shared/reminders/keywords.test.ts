import { cut, dateKeyword, keywordType, timeKeyword, trimKeywords } from '@shared/reminders/keywords'

describe('subscribe-message keywords', () => {
  it.each([
    ['thing1', 'thing'],
    ['thing12', 'thing'],
    ['phrase3', 'phrase'],
    ['character_string4', 'character_string']
  ])('%s is of type %s', (key, type) => expect(keywordType(key)).toBe(type))

  it.each([
    ['thing1', '一二三四五六七八九十一二三四五六七八九十', '一二三四五六七八九十一二三四五六七八九十'], // exactly 20
    ['thing1', '一二三四五六七八九十一二三四五六七八九十一', '一二三四五六七八九十一二三四五六七八九…'], // 21 → 19 + …
    ['name2', '欧阳一二三四五六七八九', '欧阳一二三四五六七…'], // name ≤ 10
    ['phrase3', '已经逾期很久了', '已经逾期很'], // phrase ≤ 5, no ellipsis
    ['thing4', '  多个   空格  ', '多个 空格'],
    ['thing5', '', '—'],
    ['thing6', '🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉', '🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉…'] // code points, not UTF-16 units
  ])('%s %j → %j', (key, value, out) => {
    expect(trimKeywords({ [key]: value })[key].value).toBe(out)
  })

  it('refuses an unknown keyword type (a bug of ours, not the member’s)', () => {
    expect(() => trimKeywords({ foo1: 'x' })).toThrow(/foo1/)
  })

  it('cuts to n characters', () => expect(cut('abcdef', 4)).toBe('abc…'))

  it.each([
    ['2026-06-30T16:30:00Z', '2026-07-01 00:30', '2026-07-01'],
    ['2026-06-30T15:59:00Z', '2026-06-30 23:59', '2026-06-30']
  ])('time and date keywords of %s are CST', (at, time, date) => {
    expect(timeKeyword(new Date(at))).toBe(time)
    expect(dateKeyword(new Date(at))).toBe(date)
  })
})
