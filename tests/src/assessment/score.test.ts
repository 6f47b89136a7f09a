/** @jest-environment node */
import {
  allUnknown,
  answeredCount,
  checkScore,
  checkScores,
  fillFrom,
  formatScore,
  formatTotal,
  fullMarks,
  scoresToText,
  stepScore,
  unknownOf,
  withoutError
} from '@/assessment/score'

describe('checkScore (mirrors the server: 0..max, 0.5 steps)', () => {
  it.each<[string | null, number, { ok: true; value: number } | { ok: false; message: string }]>([
    ['0', 10, { ok: true, value: 0 }],
    ['10', 10, { ok: true, value: 10 }],
    ['9.5', 10, { ok: true, value: 9.5 }],
    [' 8.50 ', 10, { ok: true, value: 8.5 }],
    ['７．５', 10, { ok: true, value: 7.5 }],
    ['7。5', 10, { ok: true, value: 7.5 }],
    ['2.5', 2.5, { ok: true, value: 2.5 }],
    ['', 10, { ok: false, message: '请打分' }],
    [null, 10, { ok: false, message: '请打分' }],
    ['   ', 10, { ok: false, message: '请打分' }],
    ['abc', 10, { ok: false, message: '请输入数字' }],
    ['-1', 10, { ok: false, message: '请输入数字' }],
    ['1e1', 10, { ok: false, message: '请输入数字' }],
    ['.5', 10, { ok: false, message: '请输入数字' }],
    ['10.5', 10, { ok: false, message: '分值应在 0 到 10 之间' }],
    ['3', 2.5, { ok: false, message: '分值应在 0 到 2.5 之间' }],
    ['7.3', 10, { ok: false, message: '分值须为 0.5 的整数倍' }],
    ['7.25', 10, { ok: false, message: '分值须为 0.5 的整数倍' }],
    ['0.1', 10, { ok: false, message: '分值须为 0.5 的整数倍' }]
  ])('%j of max %d → %j', (text, max, expected) => {
    expect(checkScore(text, max)).toEqual(expected)
  })
})

describe('stepScore (the − / + buttons)', () => {
  it.each<[string, 1 | -1, number, string]>([
    ['', -1, 10, '9.5'], // deduct from full marks
    ['', 1, 10, '0.5'], // add from zero
    ['', -1, 0.5, '0'],
    ['8', 1, 10, '8.5'],
    ['8', -1, 10, '7.5'],
    ['10', 1, 10, '10'], // clamped at max
    ['0', -1, 10, '0'], // clamped at 0
    ['7.3', 1, 10, '7.5'], // an off-step value snaps in the tapped direction
    ['7.3', -1, 10, '7'],
    ['12', 1, 10, '10'], // too high snaps back into range
    ['abc', 1, 10, '0.5'],
    ['４', 1, 5, '4.5']
  ])('%j %d (max %d) → %j', (current, dir, max, next) => {
    expect(stepScore(current, dir, max)).toBe(next)
  })
})

describe('formatScore', () => {
  it.each([
    [9, '9'],
    [8.5, '8.5'],
    [12.25, '12.3'],
    [89.94, '89.9'],
    [0, '0']
  ])('%d → %s', (v, s) => expect(formatScore(v)).toBe(s))
})

describe('checkScores (a whole form)', () => {
  const items = [
    { id: 'a', name: '理论学习', max: 5 },
    { id: 'b', name: '岗位建功', max: 10 }
  ]
  it.each<[string, Record<string, string>, boolean, unknown]>([
    ['all scored', { a: '4.5', b: '10' }, true, { ok: true, scores: { a: 4.5, b: 10 } }],
    ['one missing names the item', { a: '4.5' }, true, { ok: false, errors: { b: '请打分' }, message: '「岗位建功」：请打分', first: 'b' }],
    [
      'the first bad item leads the message, every bad item is marked',
      { a: '5.5', b: '7.3' },
      true,
      {
        ok: false,
        errors: { a: '分值应在 0 到 5 之间', b: '分值须为 0.5 的整数倍' },
        message: '「理论学习」：分值应在 0 到 5 之间',
        first: 'a'
      }
    ],
    ['optional items (bonus) left empty count 0', { a: '' }, false, { ok: true, scores: { a: 0, b: 0 } }],
    [
      'optional items are still checked when typed',
      { a: '1.2' },
      false,
      { ok: false, errors: { a: '分值须为 0.5 的整数倍' }, message: '「理论学习」：分值须为 0.5 的整数倍', first: 'a' }
    ]
  ])('%s', (_name, values, required, expected) => {
    expect(checkScores(items, values, required)).toEqual(expected)
  })

  it.each<[string, Record<string, string>, Record<string, boolean>, unknown]>([
    ['不了解 is null whatever the field holds', { a: '7.3', b: '9' }, { a: true }, { ok: true, scores: { a: null, b: 9 } }],
    ['every item 不了解', {}, { a: true, b: true }, { ok: true, scores: { a: null, b: null } }],
    [
      'a mark switched off is checked again',
      { b: '9' },
      { a: false },
      { ok: false, errors: { a: '请打分' }, message: '「理论学习」：请打分', first: 'a' }
    ],
    [
      'the first error after a 不了解 item leads',
      { b: '11' },
      { a: true },
      { ok: false, errors: { b: '分值应在 0 到 10 之间' }, message: '「岗位建功」：分值应在 0 到 10 之间', first: 'b' }
    ]
  ])('with 不了解: %s', (_name, values, unknown, expected) => {
    expect(checkScores(items, values, true, unknown)).toEqual(expected)
  })

  it('turns saved scores back into text fields and 不了解 marks', () => {
    expect(scoresToText({ a: 4.5, b: 10 })).toEqual({ a: '4.5', b: '10' })
    expect(scoresToText(null)).toEqual({})
    expect(scoresToText({ a: null, b: 3 })).toEqual({ b: '3' })
    expect(unknownOf({ a: null, b: 3 })).toEqual({ a: true })
    expect(unknownOf(undefined)).toEqual({})
  })
})

describe('quick fills and the answered count', () => {
  const items = [
    { id: 'a', name: '理论学习', max: 5 },
    { id: 'b', name: '岗位建功', max: 7.5 },
    { id: 'c', name: '服务群众', max: 4 }
  ]
  it('全部满分 and 都不了解', () => {
    expect(fullMarks(items)).toEqual({ values: { a: '5', b: '7.5', c: '4' }, unknown: {} })
    expect(allUnknown(items)).toEqual({ values: {}, unknown: { a: true, b: true, c: true } })
  })

  it.each<[string, Record<string, number | null>, unknown]>([
    ['the same items', { a: 4.5, b: 7, c: null }, { values: { a: '4.5', b: '7' }, unknown: { c: true } }],
    ['items this form does not have are dropped, missing ones stay empty', { a: 3, x: 9 }, { values: { a: '3' }, unknown: {} }],
    ['a score over this rubric’s max (changed since) is left empty', { a: 6, b: 7.5 }, { values: { b: '7.5' }, unknown: {} }],
    ['inherited names are not items', JSON.parse('{"__proto__": {"a": 1}}'), { values: {}, unknown: {} }]
  ])('同上期 / 同上一位: %s', (_name, scores, expected) => {
    expect(fillFrom(items, scores)).toEqual(expected)
  })

  it.each<[string, Record<string, string>, Record<string, boolean>, number]>([
    ['nothing', {}, {}, 0],
    ['typed scores, blanks not counted', { a: '4', b: ' ', c: '' }, {}, 1],
    ['不了解 counts as answered; an unset mark does not', { a: '4' }, { b: true, c: false }, 2],
    ['a bad score is still answered (the check says why)', { a: '7.3', b: '1', c: '2' }, {}, 3]
  ])('answeredCount: %s', (_name, values, unknown, n) => expect(answeredCount(items, { values, unknown })).toBe(n))
})

describe('formatTotal (one decimal on every page, like the desk and the rule: 89.95 → 90.0)', () => {
  it.each([
    [90, '90.0'],
    [86, '86.0'],
    [89.9, '89.9'],
    [100, '100.0'],
    [0, '0.0'],
    [72.05, '72.1']
  ])('%p → %s', (v, out) => expect(formatTotal(v)).toBe(out))
})

describe('withoutError (a field edited: its error goes)', () => {
  const errors = { a: '请填写', b: '最多 5 分' }
  it.each<[string, string, Record<string, string>]>([
    ['the field’s error goes, the others stay', 'a', { b: '最多 5 分' }],
    ['a field without an error changes nothing', 'c', errors],
    ['an inherited name is not an error', 'toString', errors]
  ])('%s', (_name, id, expected) => {
    const out = withoutError(errors, id)
    expect(out).toEqual(expected)
    expect(out === errors).toBe(expected === errors)
  })
})
