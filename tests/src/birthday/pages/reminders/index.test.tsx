jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import RemindersPage from '@/birthday/pages/reminders'
import { forgetCaller } from '@/core/caller'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { consentBalances } from '@tests/src/helpers/consents'

const IDS = { birthdayGreeting: 'tid-g', assessmentRate: 'tid-r', assessmentTalk: 'tid-t', birthdayUpcoming: 'tid-u' }
const NONE = consentBalances()

const statusOf = (key: string) => document.querySelector(`[data-key="${key}"] .reminders__status`)?.textContent

beforeEach(() => {
  forgetCaller()
  process.env.TARO_ENV = 'h5'
})
afterEach(() => {
  restoreTaroStubs()
  jest.restoreAllMocks()
})

describe('消息提醒 (my reminders, and my refusal)', () => {
  it('lists my reminders with how each stands, from one fresh whoami', async () => {
    answerCloud({
      'member.whoami': () => whoMember({ subscribeTemplates: { birthdayGreeting: 'tid-g' }, consents: { ...NONE, birthdayGreeting: 2 } })
    })
    render(<RemindersPage />)
    expect(await screen.findByText('政治生日祝福')).toBeTruthy()
    expect(statusOf('birthdayGreeting')).toBe('已开启 · 还可接收 2 次')
    expect(statusOf('assessmentRate')).toBe('暂未开通')
    // the unavailable one offers nothing; a plain member gets no secretary's reminders
    expect(document.querySelectorAll('[data-key="assessmentRate"] .reminders__action')).toHaveLength(0)
    expect(document.querySelector('[data-key="birthdayUpcoming"]')).toBeNull()
    expect(calls('whoami')).toHaveLength(1)
  })

  it('开启 (a tap → the confirm sheet in H5 → 允许) reports the consent and shows the new count', async () => {
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    answerCloud({
      'member.whoami': () => whoMember({ subscribeTemplates: IDS, consents: NONE }),
      'birthday.reportConsent': (e: { accepted: string[] }) => ({ counted: true, balances: { ...NONE, [e.accepted[0]]: 1 } })
    })
    render(<RemindersPage />)
    await screen.findByText('政治生日祝福')
    expect(statusOf('birthdayGreeting')).toBe('未开启')
    await tapIn('[data-key="birthdayGreeting"]', '开启')
    expect(await screen.findByText('已开启：政治生日祝福')).toBeTruthy()
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(calls('reportConsent').map((e) => e.accepted)).toEqual([['birthdayGreeting']])
    expect(statusOf('birthdayGreeting')).toBe('已开启 · 还可接收 1 次')
  })

  it('拒绝 in the sheet reports nothing and says it is not on', async () => {
    stubTaro('showModal', async (_o: any) => ({ confirm: false, cancel: true, errMsg: 'showModal:ok' }))
    answerCloud({ 'member.whoami': () => whoMember({ subscribeTemplates: IDS, consents: NONE }) })
    render(<RemindersPage />)
    await screen.findByText('政治生日祝福')
    await tapIn('[data-key="birthdayGreeting"]', '开启')
    expect(await screen.findByText('未开启提醒')).toBeTruthy()
    expect(calls('reportConsent')).toEqual([])
  })

  it('不再接收 (my refusal) drops what is left', async () => {
    answerCloud({
      'member.whoami': () => whoMember({ subscribeTemplates: IDS, consents: { ...NONE, birthdayGreeting: 3 } }),
      'birthday.stopConsent': () => ({ balances: NONE })
    })
    render(<RemindersPage />)
    await screen.findByText('政治生日祝福')
    await tap('不再接收')
    expect(await screen.findByText('已停止：政治生日祝福')).toBeTruthy()
    expect(calls('stopConsent')).toEqual([{ action: 'stopConsent', keys: ['birthdayGreeting'] }])
    expect(statusOf('birthdayGreeting')).toBe('未开启')
    expect(screen.queryByText('不再接收')).toBeNull()
  })

  it('a secretary: 一键开启 asks at most 3, those not on first', async () => {
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    answerCloud({
      'member.whoami': () => ({ ...whoSecretary(), subscribeTemplates: IDS, consents: { ...NONE, birthdayGreeting: 1 } }),
      'birthday.reportConsent': () => ({ counted: true, balances: { ...NONE, birthdayGreeting: 1, assessmentRate: 1, assessmentTalk: 1 } })
    })
    render(<RemindersPage />)
    await screen.findByText('政治生日预告')
    await tap('一键开启（3 项）')
    await waitFor(() => expect(calls('reportConsent')).toHaveLength(1))
    expect(calls('reportConsent')[0].accepted).toEqual(['assessmentRate', 'assessmentTalk', 'birthdayUpcoming'])
    expect(sheet.mock.calls[0][0].content).toContain('考评评分提醒、谈话逾期提醒、政治生日预告')
  })
})
