import type { CardTodo } from '@shared/commitment/api'
import { type MemberTodoFacts, memberCardTodo } from '@shared/commitment/todo'

const W = { quarter: 2, from: '2026-06-16', to: '2026-07-15' }
const open = (approved: boolean, check: MemberTodoFacts['open'] extends infer O ? (O extends { check: infer C } ? C : never) : never) => ({
  year: 2026,
  window: W,
  approved,
  check
})

describe('memberCardTodo', () => {
  it.each<[string, MemberTodoFacts, CardTodo['kind'][]]>([
    ['no card', { year: 2026, status: null, open: null }, ['cardMissing']],
    ['a draft', { year: 2026, status: 'draft', open: null }, ['cardDraft']],
    ['waiting for review', { year: 2026, status: 'submitted', open: null }, []],
    ['returned', { year: 2026, status: 'returned', open: null }, ['cardReturned']],
    ['approved, no window', { year: 2026, status: 'approved', open: null }, []],
    ['approved, window open, not filed', { year: 2026, status: 'approved', open: open(true, null) }, ['checkOpen']],
    ['approved, window open, filed', { year: 2026, status: 'approved', open: open(true, 'submitted') }, []],
    ['approved, check returned', { year: 2026, status: 'approved', open: open(true, 'returned') }, ['checkReturned']],
    ['a new draft over an approved card, window open', { year: 2026, status: 'draft', open: open(true, null) }, ['cardDraft', 'checkOpen']],
    ['window open but no approved card', { year: 2026, status: 'submitted', open: open(false, null) }, []]
  ])('%s → %o', (_l, facts, kinds) => expect(memberCardTodo(facts).map((t) => t.kind)).toEqual(kinds))

  it('checkOpen names the quarter and the window’s last day', () => {
    expect(memberCardTodo({ year: 2026, status: 'approved', open: open(true, null) })).toEqual([
      { kind: 'checkOpen', year: 2026, quarter: 2, until: '2026-07-15' }
    ])
  })
})
