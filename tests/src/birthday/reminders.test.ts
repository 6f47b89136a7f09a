/** @jest-environment node */
import type { RoleGrant } from '@shared/member/api'
import type { TemplateKey } from '@shared/reminders/templates'
import { keysToAsk, reminderKeysFor, reminderRows } from '@/birthday/reminders'
import { consentBalances } from '@tests/src/helpers/consents'

const g = (role: RoleGrant['role']): RoleGrant => ({ orgId: 'b1', role })
const BAL = consentBalances({ assessmentTalk: 2, birthdayGreeting: 1, studyTask: 3 })

describe('which reminders concern a member', () => {
  it.each<[string, RoleGrant[] | undefined, TemplateKey[]]>([
    ['a member', [], ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis']],
    ['no roles known', undefined, ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis']],
    ['a group leader', [g('groupLeader')], ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis']],
    ['staff', [g('staff')], ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis']],
    [
      'a committee member (holds talks)',
      [g('committeeMember')],
      ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis', 'assessmentTalk']
    ],
    ['a deputy', [g('deputy')], ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis', 'assessmentTalk']],
    [
      'a secretary (birthdays ahead too)',
      [g('secretary')],
      ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis', 'assessmentTalk', 'birthdayUpcoming']
    ]
  ])('%s', (_n, roles, keys) => expect(reminderKeysFor(roles)).toEqual(keys))
})

describe('reminder rows', () => {
  it.each<[TemplateKey, Record<string, string>, string, string]>([
    ['birthdayGreeting', { birthdayGreeting: 't' }, 'on', '已开启 · 还可接收 1 次'],
    ['assessmentRate', { assessmentRate: 't' }, 'off', '未开启'],
    ['assessmentTalk', {}, 'unavailable', '暂未开通'],
    ['birthdayUpcoming', { birthdayUpcoming: 't' }, 'off', '未开启'],
    ['studyTask', { studyTask: 't' }, 'on', '已开启 · 还可接收 3 次'],
    ['studyReturned', {}, 'unavailable', '暂未开通'],
    ['studyAnalysis', { studyAnalysis: 't' }, 'off', '未开启']
  ])('%s with ids %j: %s (%s)', (key, templates, state, status) => {
    const [row] = reminderRows([key], templates, BAL)
    expect(row).toMatchObject({ key, state, status })
    expect(row.title).toBeTruthy()
    expect(row.purpose).toBeTruthy()
  })

  it('without a ledger every reminder is off', () => {
    expect(reminderRows(['birthdayGreeting'], { birthdayGreeting: 't' }, undefined)[0]).toMatchObject({ state: 'off', left: 0 })
  })

  it('一键开启 asks those not on first, leaving out the unavailable', () => {
    const rows = reminderRows(
      ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis', 'assessmentTalk', 'birthdayUpcoming'],
      { birthdayGreeting: 't', assessmentRate: 't', birthdayUpcoming: 't' },
      BAL
    )
    expect(keysToAsk(rows)).toEqual(['assessmentRate', 'birthdayUpcoming', 'birthdayGreeting'])
  })
})
