import { BIND_LOCK_MINUTES, BIND_MAX_FAILURES, lockStatus, recordFailure, retryAfterSeconds, type LockState } from '@shared/member/bindLock'

const T0 = new Date('2026-11-21T02:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

function failTimes(n: number, now: Date, start: LockState | null = null): LockState | null {
  let s = start
  for (let i = 0; i < n; i++) s = recordFailure(s, now)
  return s
}

describe('bind lock', () => {
  it('has the documented limits', () => {
    expect([BIND_MAX_FAILURES, BIND_LOCK_MINUTES]).toEqual([5, 15])
  })

  it.each([
    [0, { locked: false, remaining: 5 }],
    [1, { locked: false, remaining: 4 }],
    [4, { locked: false, remaining: 1 }],
    [5, { locked: true, remaining: 0 }],
    [6, { locked: true, remaining: 0 }]
  ])('after %i failures: %o', (n, expected) => {
    expect(lockStatus(failTimes(n, T0), T0)).toMatchObject(expected)
  })

  it.each([
    [0, true],
    [14.99, true],
    [15, false],
    [60, false]
  ])('locked %f minutes after the 5th failure: %s', (minutes, locked) => {
    expect(lockStatus(failTimes(5, T0), at(minutes)).locked).toBe(locked)
  })

  it('locks until exactly 15 minutes after the 5th failure, and retries while locked do not extend it', () => {
    const s = failTimes(5, T0)!
    expect(s.lockedUntil!.toISOString()).toBe(at(15).toISOString())
    const again = recordFailure(s, at(10))
    expect(again.lockedUntil!.toISOString()).toBe(at(15).toISOString())
    expect(retryAfterSeconds(lockStatus(again, at(10)), at(10))).toBe(300)
  })

  it('gives 5 fresh tries after the lock expires', () => {
    const after = at(16)
    const s = failTimes(1, after, failTimes(5, T0))
    expect(lockStatus(s, after)).toMatchObject({ locked: false, remaining: 4 })
    expect(lockStatus(failTimes(4, after, s), after).locked).toBe(true)
  })

  it('accepts lockedUntil stored as an ISO string', () => {
    expect(lockStatus({ failures: 0, lockedUntil: at(15).toISOString() as unknown as Date }, at(1)).locked).toBe(true)
  })
})
