// The branch answers and the member confirms: every action × every role × bad input, through the real
// SDK. Refusals write nothing.
import { ANSWER_MAX, REASON_MAX } from '@shared/voice/rules'
import { filed, passed, useVoiceCloud } from './helpers'

const cloud = useVoiceCloud()

/** A passed suggestion of m07 in `state`. */
async function inState(state: 'submitted' | 'received' | 'handling' | 'answered' | 'reopened' | 'closed') {
  const s = await passed(cloud, 'm07', 1)
  const steps: Array<[string, Record<string, unknown>, string]> = [
    ['received', { action: 'receive' }, 'm03'],
    ['handling', { action: 'assign', handlerId: 'm05' }, 'm03'],
    ['answered', { action: 'answer', answer: '已联系养护班组紧固螺栓，并加装反光标志。' }, 'm05'],
    ['reopened', { action: 'reopen', reason: '反光标志还没有装' }, 'm07']
  ]
  if (state === 'submitted') return s
  for (const [to, ev, who] of steps) {
    await cloud.ok({ ...ev, id: s._id }, who)
    if (to === state) return s
  }
  if (state === 'closed') {
    await cloud.ok({ action: 'answer', id: s._id, answer: '反光标志已装好' }, 'm03')
    await cloud.ok({ action: 'confirm', id: s._id }, 'm07')
  }
  return s
}

describe('the whole way: received → handling (who) → answered → reopened → answered → closed', () => {
  it('records each step, who did it, and what was answered', async () => {
    const s = await inState('closed')
    const d = await cloud.ok({ action: 'get', id: s._id }, 'm07')
    expect(d).toMatchObject({
      status: 'closed',
      handlerName: expect.any(String),
      answer: '反光标志已装好',
      reopenReason: '反光标志还没有装',
      overdue: null,
      can: { receive: false, assign: false, answer: false, confirm: false, reopen: false }
    })
    expect(d.history.map((h: any) => h.action)).toEqual([
      'submit',
      'moderated',
      'receive',
      'assign',
      'answer',
      'reopen',
      'answer',
      'confirm'
    ])
    expect(d.history.find((h: any) => h.action === 'reopen').note).toBe('反光标志还没有装')
  })

  it('tells each role what it may do', async () => {
    const s = await inState('received')
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm03')).can).toEqual({
      receive: false,
      assign: true,
      answer: true,
      confirm: false,
      reopen: false
    })
    const sec = await cloud.ok({ action: 'get', id: s._id }, 'm03')
    expect(sec.handlers.map((h: any) => h._id).sort()).toEqual(['m03', 'm04', 'm05'])
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm07')).can).toEqual({
      receive: false,
      assign: false,
      answer: false,
      confirm: false,
      reopen: false
    })
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm08')).handlers).toEqual([])
  })
})

describe('who may act', () => {
  const actions: Array<[string, 'submitted' | 'received' | 'answered', Record<string, unknown>]> = [
    ['receive', 'submitted', { action: 'receive' }],
    ['assign', 'received', { action: 'assign', handlerId: 'm04' }],
    ['answer', 'received', { action: 'answer', answer: '已处理' }],
    ['confirm', 'answered', { action: 'confirm' }],
    ['reopen', 'answered', { action: 'reopen', reason: '没有解决' }]
  ]
  // [who, role, allowed actions]; NOT_FOUND for those who may not read it, FORBIDDEN for readers who may not act.
  const roles: Array<[string, string, string[], 'NOT_FOUND' | 'FORBIDDEN']> = [
    ['m07', 'the author', ['confirm', 'reopen'], 'FORBIDDEN'],
    ['m03', 'the secretary', ['receive', 'assign', 'answer'], 'FORBIDDEN'],
    ['m04', 'the deputy', ['receive', 'assign', 'answer'], 'FORBIDDEN'],
    ['m05', 'a committee member', ['receive', 'assign', 'answer'], 'FORBIDDEN'],
    ['m06', 'a group leader (a peer)', [], 'FORBIDDEN'],
    ['m08', 'a peer', [], 'FORBIDDEN'],
    ['m14', 'another branch’s secretary', [], 'NOT_FOUND'],
    ['m01', 'committee staff', [], 'FORBIDDEN']
  ]
  for (const [who, role, allowed, refusal] of roles) {
    it.each(actions)(`${role} (${who}): %s`, async (name, state, ev) => {
      const s = await inState(state)
      if (allowed.includes(name)) {
        await expect(cloud.ok({ ...ev, id: s._id }, who)).resolves.toMatchObject({ _id: s._id })
      } else {
        await cloud.refused({ ...ev, id: s._id }, who, refusal)
      }
    })
  }

  it('refuses nobody signed in and an unbound user', async () => {
    const s = await inState('submitted')
    await cloud.refused({ action: 'receive', id: s._id }, '', 'UNAUTHENTICATED')
    await cloud.refused({ action: 'receive', id: s._id }, 'stranger', 'NOT_BOUND')
  })

  it('the home org’s committee reads a dispatched member’s suggestion but cannot act on it', async () => {
    const s = await passed(cloud, 'm10', 0)
    await expect(cloud.ok({ action: 'get', id: s._id }, 'm32')).resolves.toMatchObject({ memberId: 'm10', history: [] })
    await cloud.refused({ action: 'receive', id: s._id }, 'm32', 'FORBIDDEN')
  })

  it('a secretary does not handle their own suggestion', async () => {
    const s = await passed(cloud, 'm03', 0)
    await cloud.refused({ action: 'receive', id: s._id }, 'm03', 'FORBIDDEN')
    await expect(cloud.ok({ action: 'receive', id: s._id }, 'm04')).resolves.toMatchObject({ status: 'received' })
  })

  it('while pending, only the secretary handles it', async () => {
    const s = await filed(cloud, 'm07', 1)
    await cloud.refused({ action: 'receive', id: s._id }, 'm04', 'NOT_FOUND')
    await expect(cloud.ok({ action: 'receive', id: s._id }, 'm03')).resolves.toMatchObject({ status: 'received', moderation: 'pending' })
  })
})

describe('state and bad input', () => {
  it.each([
    ['answer before receiving', 'submitted', { action: 'answer', answer: 'x' }, 'm03', 'WRONG_STATE'],
    ['receive twice', 'received', { action: 'receive' }, 'm03', 'WRONG_STATE'],
    ['confirm before an answer', 'received', { action: 'confirm' }, 'm07', 'WRONG_STATE'],
    ['reopen before an answer', 'received', { action: 'reopen', reason: '没有解决' }, 'm07', 'WRONG_STATE'],
    ['reopen when closed', 'closed', { action: 'reopen', reason: '没有解决' }, 'm07', 'WRONG_STATE'],
    ['answer when closed', 'closed', { action: 'answer', answer: 'x' }, 'm03', 'WRONG_STATE'],
    ['a handler not on the committee', 'received', { action: 'assign', handlerId: 'm08' }, 'm03', 'INVALID_HANDLER'],
    ['a handler who does not exist', 'received', { action: 'assign', handlerId: 'm99' }, 'm03', 'INVALID_HANDLER'],
    ['another branch’s secretary as handler', 'received', { action: 'assign', handlerId: 'm14' }, 'm03', 'INVALID_HANDLER'],
    ['an answer over the limit', 'received', { action: 'answer', answer: '答'.repeat(ANSWER_MAX + 1) }, 'm03', 'INVALID_INPUT'],
    ['an empty answer', 'received', { action: 'answer', answer: ' ' }, 'm03', 'INVALID_INPUT'],
    ['a reason over the limit', 'answered', { action: 'reopen', reason: '因'.repeat(REASON_MAX + 1) }, 'm07', 'INVALID_INPUT'],
    ['no reason', 'answered', { action: 'reopen' }, 'm07', 'INVALID_INPUT'],
    ['a risky answer', 'received', { action: 'answer', answer: '这是赌博' }, 'm03', 'CONTENT_RISKY'],
    ['an answer for review', 'received', { action: 'answer', answer: '请加微信联系' }, 'm03', 'CONTENT_REVIEW'],
    ['a risky reason', 'answered', { action: 'reopen', reason: '刷单返利' }, 'm07', 'CONTENT_RISKY']
  ] as const)('refuses %s', async (_, state, ev, who, code) => {
    const s = await inState(state)
    await cloud.refused({ ...ev, id: s._id }, who, code)
  })

  it.each([
    ['a malformed id', 'not-an-id', 'INVALID_INPUT'],
    ['an unknown id', `s${'0'.repeat(24)}`, 'NOT_FOUND']
  ])('refuses %s', async (_, id, code) => {
    await cloud.refused({ action: 'receive', id }, 'm03', code)
  })

  it('one winner when two committee members receive at once', async () => {
    const s = await inState('submitted')
    const results = await Promise.all([
      cloud.call({ action: 'receive', id: s._id }, 'm03'),
      cloud.call({ action: 'receive', id: s._id }, 'm04')
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|WRONG_STATE)$/) })
    const d = await cloud.ok({ action: 'get', id: s._id }, 'm07')
    expect(d.history.filter((h: any) => h.action === 'receive')).toHaveLength(1)
  })
})
