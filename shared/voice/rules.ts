// The suggestion's life as tables, and the limits of what a member may file. Pure: `now` comes in.
//   receive  the branch takes it up                       submitted → received
//   assign   the branch names who handles it              received | handling | reopened → handling
//   answer   the branch answers with what was done        received | handling | reopened → answered
//   confirm  the member agrees it is done                 answered → closed
//   reopen   the member is not satisfied (with a reason)  answered → reopened
// Who may do each (the branch committee, the author) is decided in shared/voice/access.ts.
import { cstDaysBetween } from '@shared/core/time'
import type { Overdue, Status } from './api'

export const TITLE_MAX = 40
export const CONTENT_MAX = 1000
export const LOCATION_MAX = 60
export const ANSWER_MAX = 1000
export const REASON_MAX = 300

/** A suggestion not received within this many CST calendar days of filing is overdue (default). */
export const RECEIVE_DAYS = 3
/** …and not answered within this many days of filing, or of being reopened (default). */
export const ANSWER_DAYS = 15

export const EVENTS = ['receive', 'assign', 'answer', 'confirm', 'reopen'] as const
export type VoiceEvent = (typeof EVENTS)[number]

export const TRANSITIONS: Record<Status, Partial<Record<VoiceEvent, Status>>> = {
  submitted: { receive: 'received' },
  received: { assign: 'handling', answer: 'answered' },
  handling: { assign: 'handling', answer: 'answered' },
  answered: { confirm: 'closed', reopen: 'reopened' },
  reopened: { assign: 'handling', answer: 'answered' },
  closed: {}
}

const REFUSAL: Record<VoiceEvent, Partial<Record<Status, string>>> = {
  receive: { closed: '该建议已办结' },
  assign: { submitted: '请先受理该建议', answered: '该建议已答复，等待党员确认', closed: '该建议已办结' },
  answer: { submitted: '请先受理该建议', answered: '该建议已答复，等待党员确认', closed: '该建议已办结' },
  confirm: { answered: '', closed: '该建议已办结' },
  reopen: { closed: '该建议已办结，不能重新打开' }
}
const DEFAULT_REFUSAL: Record<VoiceEvent, string> = {
  receive: '该建议已受理',
  assign: '当前状态下不能指定办理人',
  answer: '当前状态下不能答复',
  confirm: '支部尚未答复，暂不能确认',
  reopen: '支部尚未答复，暂不能重新打开'
}

export type Verdict = { ok: true; next: Status } | { ok: false; message: string }

export function transition(state: Status, event: VoiceEvent): Verdict {
  const next = TRANSITIONS[state][event]
  if (next) return { ok: true, next }
  return { ok: false, message: REFUSAL[event][state] || DEFAULT_REFUSAL[event] }
}

export interface Timing {
  status: Status
  submittedAt: Date
  receivedAt: Date | null
  reopenedAt: Date | null
}

/**
 * What is late at `now`: 'receive' when still submitted RECEIVE_DAYS calendar days (CST) after filing;
 * 'answer' when not answered (or closed) ANSWER_DAYS days after filing — or after the latest reopening.
 */
export function overdueOf(s: Timing, now: Date): Overdue {
  if (s.status === 'closed' || s.status === 'answered') return null
  if (s.status === 'submitted' && cstDaysBetween(s.submittedAt, now) >= RECEIVE_DAYS) return 'receive'
  const since = s.reopenedAt ?? s.submittedAt
  return cstDaysBetween(since, now) >= ANSWER_DAYS ? 'answer' : null
}
