import { render, screen, waitFor } from '@testing-library/react'
import PickField from '@/core/components/PickField'

/** The value the system picker opens on (the Taro H5 picker element's own property). */
const pickerValue = () => (document.querySelector('taro-picker-core') as unknown as { value?: string } | null)?.value

describe('PickField', () => {
  afterEach(() => jest.useRealTimers())

  it.each([
    // [case, mode, value, now (UTC instant), the picker opens on, the field shows]
    ['an empty date at 00:30 in Beijing (the day before in UTC)', 'date', '', '2026-06-30T16:30:00Z', '2026-07-01', '请选择'],
    ['an empty date at 23:59 in Beijing', 'date', '', '2026-07-01T15:59:00Z', '2026-07-01', '请选择'],
    ['a chosen date', 'date', '2026-03-08', '2026-06-30T16:30:00Z', '2026-03-08', '2026-03-08'],
    ['an empty time (the picker starts at 0:00)', 'time', '', '2026-06-30T16:30:00Z', '', '请选择'],
    ['a chosen time', 'time', '15:00', '2026-06-30T16:30:00Z', '15:00', '15:00']
  ] as const)('%s (%s)', async (_case, mode, value, now, opensOn, shows) => {
    // Only Date is faked: Taro's components render on real timers.
    jest.useFakeTimers({
      now: new Date(now),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'hrtime',
        'performance'
      ]
    })
    render(<PickField label='日期' mode={mode} field='f' value={value} onPick={() => {}} />)
    await waitFor(() => expect(pickerValue()).toBe(opensOn))
    expect(screen.getByText(shows).getAttribute('data-field')).toBe('f')
  })
})
