import { CARD_EVENTS, type CardEvent, type CardState, transition } from '@shared/commitment/state'

const STATES: CardState[] = ['none', 'draft', 'submitted', 'returned', 'approved']

// The whole table: state × event → the next state, or refused (null).
const TABLE: Record<CardState, Record<CardEvent, string | null>> = {
  none: { save: 'draft', submit: null, approve: null, return: null },
  draft: { save: 'draft', submit: 'submitted', approve: null, return: null },
  submitted: { save: 'draft', submit: null, approve: 'approved', return: 'returned' },
  returned: { save: 'returned', submit: 'submitted', approve: null, return: null },
  approved: { save: 'draft', submit: null, approve: null, return: null }
}

describe('the card state machine', () => {
  it.each(STATES.flatMap((s) => CARD_EVENTS.map((e) => [s, e, TABLE[s][e]] as const)))('%s --%s--> %s', (state, event, next) => {
    const v = transition(state, event)
    if (next === null) {
      expect(v.ok).toBe(false)
      if (!v.ok) expect(v.message).toMatch(/[\u4e00-\u9fa5]/)
    } else expect(v).toEqual({ ok: true, next })
  })
})
