import {
  afterAccept,
  afterSend,
  checkReport,
  checkStop,
  ERR_NO_SUBSCRIPTION,
  MAX_BALANCE,
  MAX_TEMPLATES_PER_REPORT
} from '@shared/reminders/consent'

describe('consent ledger rules', () => {
  it('has WeChat’s limits', () => {
    expect([MAX_TEMPLATES_PER_REPORT, ERR_NO_SUBSCRIPTION]).toEqual([3, 43101])
  })

  it.each([
    [[], { keys: [] }],
    [['birthdayGreeting'], { keys: ['birthdayGreeting'] }],
    [['birthdayGreeting', 'birthdayGreeting'], { keys: ['birthdayGreeting'] }],
    [['birthdayGreeting', 'assessmentRate', 'assessmentTalk'], { keys: ['birthdayGreeting', 'assessmentRate', 'assessmentTalk'] }]
  ])('accepts %j', (accepted, out) => expect(checkReport(accepted)).toEqual(out))

  it.each([
    [['birthdayGreeting', 'assessmentRate', 'assessmentTalk', 'birthdayUpcoming'], '一次最多订阅 3 个消息模板'],
    [['tmpl-123'], '未知的消息模板：tmpl-123'],
    [['constructor'], '未知的消息模板：constructor'],
    [[42], '未知的消息模板：42']
  ])('refuses %j', (accepted, message) => {
    expect(checkReport(accepted)).toEqual({ code: 'CONSENT_INVALID', message })
  })

  it.each([
    [0, 1],
    [2, 3],
    [-1, 1],
    [MAX_BALANCE, MAX_BALANCE]
  ])('accepting with %i left leaves %i', (before, after) => expect(afterAccept(before)).toBe(after))

  it.each([
    [2, 0, 2], // sent: the one spent stays spent
    [2, ERR_NO_SUBSCRIPTION, 0], // 43101: nothing left
    [2, 47003, 3], // another failure: given back
    [0, -1, 1]
  ])('after a send with %i left and errcode %i: %i', (left, errcode, out) => expect(afterSend(left, errcode)).toBe(out))

  it.each([
    [['birthdayGreeting'], { keys: ['birthdayGreeting'] }],
    [['birthdayGreeting', 'birthdayGreeting'], { keys: ['birthdayGreeting'] }],
    [
      ['birthdayGreeting', 'assessmentRate', 'assessmentTalk', 'birthdayUpcoming'],
      { keys: ['birthdayGreeting', 'assessmentRate', 'assessmentTalk', 'birthdayUpcoming'] }
    ]
  ])('a refusal of %j stops %j', (keys, out) => expect(checkStop(keys)).toEqual(out))

  it.each([
    [[], '请选择不再接收的消息'],
    [['birthdayGreeting', 'nope'], '未知的消息模板：nope'],
    [['__proto__'], '未知的消息模板：__proto__']
  ])('refuses the refusal %j', (keys, message) => expect(checkStop(keys)).toEqual({ code: 'CONSENT_INVALID', message }))
})
