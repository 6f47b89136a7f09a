// Bind attempt lock: 5 failed tries lock the key (a roster entry, or a WeChat user) for 15 minutes.
// Failures count consecutively; a lock resets the count, so after it expires there are 5 new tries.

export const BIND_MAX_FAILURES = 5
export const BIND_LOCK_MINUTES = 15

export interface LockState {
  failures: number
  lockedUntil: Date | null
}

export const EMPTY_LOCK: LockState = { failures: 0, lockedUntil: null }

export interface LockStatus {
  locked: boolean
  lockedUntil: Date | null
  /** Tries left before the lock (0 while locked). */
  remaining: number
}

export function lockStatus(state: LockState | null | undefined, now: Date): LockStatus {
  const s = state ?? EMPTY_LOCK
  if (s.lockedUntil && now.getTime() < new Date(s.lockedUntil).getTime()) {
    return { locked: true, lockedUntil: new Date(s.lockedUntil), remaining: 0 }
  }
  // An expired lock starts afresh (its failures were reset when it locked).
  const failures = s.lockedUntil ? 0 : s.failures
  return { locked: false, lockedUntil: null, remaining: Math.max(0, BIND_MAX_FAILURES - failures) }
}

/** The state after one more failed try at `now`. A try while locked changes nothing. */
export function recordFailure(state: LockState | null | undefined, now: Date): LockState {
  const status = lockStatus(state, now)
  if (status.locked) return { failures: 0, lockedUntil: status.lockedUntil }
  const failures = BIND_MAX_FAILURES - status.remaining + 1
  if (failures >= BIND_MAX_FAILURES) {
    return { failures: 0, lockedUntil: new Date(now.getTime() + BIND_LOCK_MINUTES * 60_000) }
  }
  return { failures, lockedUntil: null }
}

/** Seconds until the lock ends (rounded up), 0 when not locked. */
export function retryAfterSeconds(status: LockStatus, now: Date): number {
  if (!status.locked || !status.lockedUntil) return 0
  return Math.max(0, Math.ceil((status.lockedUntil.getTime() - now.getTime()) / 1000))
}
