// The one reply shape of every cloud-function action. Shared by functions and client (types only).

export interface Ok<T> {
  ok: true
  data: T
}

export interface Fail {
  ok: false
  /** Stable, machine-readable, e.g. 'INVALID_INPUT', 'FORBIDDEN', 'NOT_FOUND'. */
  code: string
  /** Chinese, ready to show to the user. */
  message: string
  /** Optional structured details, e.g. the bad rows of an import. */
  details?: unknown
}

export type Reply<T> = Ok<T> | Fail
