import type { Status } from '@shared/voice/api'
import { ANSWER_DAYS, EVENTS, RECEIVE_DAYS, overdueOf, transition, type VoiceEvent } from '@shared/voice/rules'

describe('transition', () => {
  it.each<[Status, VoiceEvent, Status | null]>([
    ['submitted', 'receive', 'received'],
    ['submitted', 'assign', null],
    ['submitted', 'answer', null],
    ['submitted', 'confirm', null],
    ['submitted', 'reopen', null],
    ['received', 'receive', null],
    ['received', 'assign', 'handling'],
    ['received', 'answer', 'answered'],
    ['received', 'confirm', null],
    ['handling', 'assign', 'handling'],
    ['handling', 'answer', 'answered'],
    ['handling', 'reopen', null],
    ['answered', 'confirm', 'closed'],
    ['answered', 'reopen', 'reopened'],
    ['answered', 'answer', null],
    ['answered', 'assign', null],
    ['reopened', 'assign', 'handling'],
    ['reopened', 'answer', 'answered'],
    ['reopened', 'confirm', null],
    ['closed', 'receive', null],
    ['closed', 'answer', null],
    ['closed', 'reopen', null],
    ['closed', 'confirm', null]
  ])('%s + %s → %s', (state, event, next) => {
    const v = transition(state, event)
    if (next) expect(v).toEqual({ ok: true, next })
    else expect(v).toEqual({ ok: false, message: expect.stringMatching(/[\u4e00-\u9fff]/) })
  })

  it('explains a refusal in words the member understands', () => {
    expect(transition('submitted', 'answer')).toEqual({ ok: false, message: '请先受理该建议' })
    expect(transition('closed', 'reopen')).toEqual({ ok: false, message: '该建议已办结，不能重新打开' })
    expect(transition('handling', 'confirm')).toEqual({ ok: false, message: '支部尚未答复，暂不能确认' })
  })

  it('has every event in the table', () => {
    expect(EVENTS).toEqual(['receive', 'assign', 'answer', 'confirm', 'reopen'])
  })
})

describe('overdueOf (CST calendar days)', () => {
  // Filed 2026-03-01 23:30 CST = 15:30 UTC: the CST day is the 1st although UTC says the 1st too; at 00:10 CST on the 2nd it is one day later.
  const filed = new Date('2026-03-01T15:30:00Z')
  const at = (iso: string) => new Date(iso)
  const base = { submittedAt: filed, receivedAt: null, reopenedAt: null }
  it.each<[string, Status, Date | null, Date, ReturnType<typeof overdueOf>]>([
    ['submitted, 2 days later', 'submitted', null, at('2026-03-03T15:00:00Z'), null],
    [`submitted, ${RECEIVE_DAYS} CST days later (just after CST midnight)`, 'submitted', null, at('2026-03-03T16:10:00Z'), 'receive'],
    ['received, 14 days later', 'received', null, at('2026-03-15T15:00:00Z'), null],
    [`received, ${ANSWER_DAYS} CST days later`, 'received', null, at('2026-03-15T16:10:00Z'), 'answer'],
    ['handling, 20 days later', 'handling', null, at('2026-03-21T04:00:00Z'), 'answer'],
    ['answered, 40 days later', 'answered', null, at('2026-04-10T04:00:00Z'), null],
    ['closed, 40 days later', 'closed', null, at('2026-04-10T04:00:00Z'), null],
    ['reopened 3 days ago, 40 days after filing', 'reopened', at('2026-04-07T04:00:00Z'), at('2026-04-10T04:00:00Z'), null],
    ['reopened 15 days ago', 'reopened', at('2026-03-20T04:00:00Z'), at('2026-04-04T04:00:00Z'), 'answer']
  ])('%s → %s', (_, status, reopenedAt, now, want) => {
    expect(overdueOf({ ...base, status, reopenedAt }, now)).toBe(want)
  })
})
