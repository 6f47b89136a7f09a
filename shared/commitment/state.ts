// The card's state machine as a table. 'none' is a member with no card yet this year.
//   save     the member saves the working copy (a draft; on a submitted or approved card it starts a new
//            draft — the approved version stays on the wall until the next one is approved)
//   submit   the working copy becomes a new immutable version waiting for review
//   approve  / return: a reviewer's decision on the submitted version
// A returned card stays 'returned' while the member fixes it, so the queue keeps showing it.
import type { CardStatus } from './api'

export const CARD_EVENTS = ['save', 'submit', 'approve', 'return'] as const
export type CardEvent = (typeof CARD_EVENTS)[number]
export type CardState = CardStatus | 'none'

export const TRANSITIONS: Record<CardState, Partial<Record<CardEvent, CardStatus>>> = {
  none: { save: 'draft' },
  draft: { save: 'draft', submit: 'submitted' },
  submitted: { save: 'draft', approve: 'approved', return: 'returned' },
  returned: { save: 'returned', submit: 'submitted' },
  approved: { save: 'draft' }
}

const REFUSAL: Record<CardEvent, Partial<Record<CardState, string>>> = {
  save: {},
  submit: {
    none: '还没有填写承诺卡',
    submitted: '承诺卡已提交，正在等待审核',
    approved: '承诺卡已审核通过；修改后才能再次提交'
  },
  approve: {
    none: '该党员还没有填写承诺卡',
    draft: '承诺卡尚未提交，不能审核',
    returned: '承诺卡已退回，等待党员修改后重新提交',
    approved: '承诺卡已审核通过'
  },
  return: {
    none: '该党员还没有填写承诺卡',
    draft: '承诺卡尚未提交，不能退回',
    returned: '承诺卡已退回',
    approved: '承诺卡已审核通过，不能退回'
  }
}

export type Verdict = { ok: true; next: CardStatus } | { ok: false; message: string }

/** Whether `event` may happen in `state`, and the state it leads to. */
export function transition(state: CardState, event: CardEvent): Verdict {
  const next = TRANSITIONS[state][event]
  if (next) return { ok: true, next }
  return { ok: false, message: REFUSAL[event][state] ?? '当前状态下不能执行此操作' }
}
