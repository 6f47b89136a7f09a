// Holding the clock in a test: only Date is faked, every timer stays real (the local cloud's I/O, React's
// scheduler and testing-library's waits keep running).
const TIMERS_KEPT_REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout'
] as const

/** Holds Date at `now` (an ISO instant, a Date or epoch ms) until `jest.useRealTimers()`. */
export function holdDate(now: string | number | Date): void {
  jest.useFakeTimers({ doNotFake: [...TIMERS_KEPT_REAL], now: new Date(now) })
}
