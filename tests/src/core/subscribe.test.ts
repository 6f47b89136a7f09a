// The subscribe-consent seam: at most 3 set template ids asked, from a tap; weapp's requestSubscribeMessage
// answers per id ('accept' counts); H5 has no such API: a confirm sheet grants all or none. The accepted
// keys go to reportConsent with one report id (a network retry reuses it).
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import type { TemplateKey } from '@shared/reminders/templates'
import { CloudError } from '@/core/cloud'
import { askableKeys, askConsent, h5ConsentText, stopConsent } from '@/core/subscribe'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'
import { consentBalances } from '@tests/src/helpers/consents'

const ALL = { birthdayGreeting: 'tid-g', assessmentRate: 'tid-r', assessmentTalk: 'tid-t', birthdayUpcoming: 'tid-u' }
const BAL = consentBalances({ birthdayGreeting: 1 })
const env = process.env.TARO_ENV

afterEach(() => {
  restoreTaroStubs()
  jest.restoreAllMocks()
  process.env.TARO_ENV = env
})

describe('askableKeys', () => {
  it.each<[TemplateKey[], Record<string, string>, TemplateKey[]]>([
    [['birthdayGreeting'], ALL, ['birthdayGreeting']],
    [['birthdayGreeting'], {}, []],
    [['birthdayGreeting', 'birthdayGreeting', 'assessmentRate'], ALL, ['birthdayGreeting', 'assessmentRate']],
    [
      ['birthdayUpcoming', 'assessmentTalk', 'assessmentRate', 'birthdayGreeting'],
      ALL,
      ['birthdayUpcoming', 'assessmentTalk', 'assessmentRate']
    ],
    [['assessmentRate', 'birthdayGreeting'], { birthdayGreeting: 'tid-g' }, ['birthdayGreeting']]
  ])('%j with ids %j → %j', (keys, templates, out) => expect(askableKeys(keys, templates)).toEqual(out))
})

describe('askConsent in WeChat (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it('asks the ids, reports only the accepted keys with a fresh report id, and answers the ledger', async () => {
    const ask = stubTaro('requestSubscribeMessage', async (_o: any) => ({
      errMsg: 'requestSubscribeMessage:ok',
      'tid-g': 'accept',
      'tid-r': 'reject'
    }))
    answerCloud({ 'birthday.reportConsent': () => ({ counted: true, balances: BAL }) })
    const r = await askConsent(['birthdayGreeting', 'assessmentRate'], ALL)
    expect(ask.mock.calls[0][0]).toMatchObject({ tmplIds: ['tid-g', 'tid-r'] })
    expect(r).toEqual({ asked: ['birthdayGreeting', 'assessmentRate'], accepted: ['birthdayGreeting'], balances: BAL })
    const [sent] = calls('reportConsent')
    expect(sent.accepted).toEqual(['birthdayGreeting'])
    expect(sent.reportId).toMatch(/^[A-Za-z0-9_-]{8,40}$/)
  })

  it('never asks more than 3 templates at once', async () => {
    const ask = stubTaro('requestSubscribeMessage', async (_o: any) => ({ errMsg: 'requestSubscribeMessage:ok' }))
    answerCloud({})
    await askConsent(['birthdayGreeting', 'assessmentRate', 'assessmentTalk', 'birthdayUpcoming'], ALL)
    expect(ask.mock.calls[0][0].tmplIds).toEqual(['tid-g', 'tid-r', 'tid-t'])
  })

  it('reports nothing when everything was refused, banned or filtered', async () => {
    stubTaro('requestSubscribeMessage', async (_o: any) => ({ errMsg: 'ok', 'tid-g': 'reject', 'tid-r': 'ban', 'tid-t': 'filter' }))
    answerCloud({})
    const r = await askConsent(['birthdayGreeting', 'assessmentRate', 'assessmentTalk'], ALL)
    expect(r).toEqual({ asked: ['birthdayGreeting', 'assessmentRate', 'assessmentTalk'], accepted: [], balances: null })
    expect(calls('reportConsent')).toEqual([])
  })

  it('asks nothing when no template of these is set', async () => {
    const ask = stubTaro('requestSubscribeMessage', async (_o: any) => ({ errMsg: 'ok' }))
    answerCloud({})
    expect(await askConsent(['birthdayGreeting'], { assessmentRate: 'tid-r' })).toEqual({ asked: [], accepted: [], balances: null })
    expect(ask).not.toHaveBeenCalled()
  })

  it('says so when WeChat cannot open the sheet (20004: messages switched off), reporting nothing', async () => {
    stubTaro('requestSubscribeMessage', async (_o: any) => {
      throw { errCode: 20004, errMsg: 'requestSubscribeMessage:fail' }
    })
    answerCloud({})
    await expect(askConsent(['birthdayGreeting'], ALL)).rejects.toMatchObject({
      code: 'SUBSCRIBE_FAILED',
      message: expect.stringContaining('设置')
    })
    expect(calls('reportConsent')).toEqual([])
  })

  it('retries a report lost on the network with the same report id (the server counts it once)', async () => {
    stubTaro('requestSubscribeMessage', async (_o: any) => ({ errMsg: 'ok', 'tid-g': 'accept' }))
    let n = 0
    answerCloud({
      'birthday.reportConsent': () => {
        n += 1
        if (n === 1) throw new CloudError('NETWORK', '网络连接失败')
        return { counted: true, balances: BAL }
      }
    })
    expect((await askConsent(['birthdayGreeting'], ALL)).balances).toEqual(BAL)
    const sent = calls('reportConsent')
    expect(sent).toHaveLength(2)
    expect(sent[1].reportId).toBe(sent[0].reportId)
  })
})

describe('askConsent in H5 (the local demo: no requestSubscribeMessage)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  it('a confirm sheet naming the reminders; 允许 reports them all', async () => {
    const sheet = stubTaro('showModal', async (_o: any) => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    const ask = stubTaro('requestSubscribeMessage', async (_o: any) => ({ errMsg: 'ok' }))
    answerCloud({ 'birthday.reportConsent': () => ({ counted: true, balances: BAL }) })
    const r = await askConsent(['birthdayGreeting', 'birthdayUpcoming'], ALL)
    expect(sheet.mock.calls[0][0]).toMatchObject({
      confirmText: '允许',
      cancelText: '拒绝',
      content: h5ConsentText(['birthdayGreeting', 'birthdayUpcoming'])
    })
    expect(h5ConsentText(['birthdayGreeting', 'birthdayUpcoming'])).toContain('政治生日祝福、政治生日预告')
    expect(ask).not.toHaveBeenCalled()
    expect(r.accepted).toEqual(['birthdayGreeting', 'birthdayUpcoming'])
    expect(calls('reportConsent').map((e) => e.accepted)).toEqual([['birthdayGreeting', 'birthdayUpcoming']])
  })

  it('拒绝 reports nothing', async () => {
    stubTaro('showModal', async (_o: any) => ({ confirm: false, cancel: true, errMsg: 'showModal:ok' }))
    answerCloud({})
    expect((await askConsent(['birthdayGreeting'], ALL)).accepted).toEqual([])
    expect(calls('reportConsent')).toEqual([])
  })
})

describe('stopConsent', () => {
  it('sends the refusal and answers the ledger', async () => {
    answerCloud({ 'birthday.stopConsent': () => ({ balances: { ...BAL, birthdayGreeting: 0 } }) })
    expect((await stopConsent(['birthdayGreeting'])).birthdayGreeting).toBe(0)
    expect(calls('stopConsent')).toEqual([{ action: 'stopConsent', keys: ['birthdayGreeting'] }])
  })
})
