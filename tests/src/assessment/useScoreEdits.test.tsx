import { act, renderHook } from '@testing-library/react'
import { useState } from 'react'
import type { FormFill } from '@/assessment/score'
import { useScoreEdits } from '@/assessment/useScoreEdits'

/** A form's fill and errors with the hook over them; `changed` counts the edits. */
function useForm(fill: FormFill, errors: Record<string, string>, changed: () => void) {
  const [f, setFill] = useState(fill)
  const [e, setErrors] = useState(errors)
  return { fill: f, errors: e, ...useScoreEdits(setFill, setErrors, changed) }
}

const start = (changed = jest.fn()) =>
  renderHook(() => useForm({ values: { a: '3' }, unknown: { b: true } }, { a: '请填写', b: '最多 5 分' }, changed))

describe('useScoreEdits', () => {
  it.each<[string, (h: ReturnType<typeof useForm>) => void, FormFill, Record<string, string>]>([
    [
      'a typed score: the value, 不了解 off, its error gone',
      (h) => h.editScore('b', '4.5'),
      { values: { a: '3', b: '4.5' }, unknown: { b: false } },
      { a: '请填写' }
    ],
    [
      '不了解 on: the mark, its error gone, the value kept',
      (h) => h.setUnknown('a', true),
      { values: { a: '3' }, unknown: { a: true, b: true } },
      { b: '最多 5 分' }
    ],
    ['an error cleared alone', (h) => h.clearError('b'), { values: { a: '3' }, unknown: { b: true } }, { a: '请填写' }]
  ])('%s', (_case, act1, fill, errors) => {
    const { result } = start()
    act(() => act1(result.current))
    expect(result.current.fill).toEqual(fill)
    expect(result.current.errors).toEqual(errors)
  })

  it('tells the form after every edit (not after clearing an error alone)', () => {
    const changed = jest.fn()
    const { result } = start(changed)
    act(() => result.current.editScore('a', '4'))
    act(() => result.current.setUnknown('b', false))
    act(() => result.current.clearError('a'))
    expect(changed).toHaveBeenCalledTimes(2)
  })

  it('hands out the same handlers on every render, and calls the latest changed', () => {
    const first = jest.fn()
    const later = jest.fn()
    const { result, rerender } = renderHook(({ changed }) => useForm({ values: {}, unknown: {} }, {}, changed), {
      initialProps: { changed: first }
    })
    const before = result.current
    rerender({ changed: later })
    act(() => result.current.editScore('a', '1'))
    expect([result.current.editScore, result.current.setUnknown, result.current.clearError]).toEqual([
      before.editScore,
      before.setUnknown,
      before.clearError
    ])
    expect([first.mock.calls.length, later.mock.calls.length]).toEqual([0, 1])
  })

  it('leaves the errors object as it was when the field had none (no new state, no render)', () => {
    const { result } = start()
    const errors = result.current.errors
    act(() => result.current.clearError('c'))
    expect(result.current.errors).toBe(errors)
  })
})
