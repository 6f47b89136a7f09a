// security.msgSecCheck v2 on the local cloud: WeChat's reply shape from a configurable word list,
// WeChat's errcodes for bad requests, and the function's open-API grant checked as in WeChat.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSecWords, msgSecCheck } from '@localcloud/seam/msgseccheck'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

const WORDS = { risky: [{ word: '赌博', label: 20006 }], review: [{ word: '加微信', label: 10001 }] }
const req = (content: unknown, over: Record<string, unknown> = {}) => ({ openid: 'o1', scene: 3, version: 2, content, ...over })

describe('msgSecCheck (pure)', () => {
  it.each([
    ['plain text passes', '全年修补坑槽 300 处', 'pass', 100],
    ['a risky word', '组织赌博', 'risky', 20006],
    ['a review word', '有事加微信', 'review', 10001],
    ['risky beats review', '加微信赌博', 'risky', 20006]
  ])('%s', (_l, content, suggest, label) => {
    const r = msgSecCheck(req(content), WORDS)
    expect(r).toMatchObject({ errcode: 0, errmsg: 'ok', result: { suggest, label } })
    expect((r.detail as Array<{ strategy: string; suggest: string }>).map((d) => d.suggest)).toEqual([suggest, suggest])
    expect(typeof r.trace_id).toBe('string')
  })

  it.each([
    ['version 1', req('x', { version: 1 }), 47001],
    ['no openid', req('x', { openid: '' }), 40003],
    ['scene 5', req('x', { scene: 5 }), 40129],
    ['no content', req(''), 47001],
    ['2501 characters', req('党'.repeat(2501)), 47001]
  ])('refuses %s with errcode %i', (_l, r, errcode) => expect(msgSecCheck(r, WORDS).errcode).toBe(errcode))

  it('reads LOCALCLOUD_SEC_WORDS when set, else the shipped list', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secwords-')), 'w.json')
    fs.writeFileSync(file, JSON.stringify({ risky: [{ word: '测试违禁词', label: 21000 }] }))
    expect(loadSecWords({ LOCALCLOUD_SEC_WORDS: file })).toEqual({ risky: [{ word: '测试违禁词', label: 21000 }], review: [] })
    expect(loadSecWords({}).risky.length).toBeGreaterThan(0)
  })
})

describe('security.msgSecCheck through the real SDK', () => {
  let tc: TestCloud
  beforeAll(async () => {
    tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
  })
  afterAll(() => tc.close())
  beforeEach(() => tc.reset())

  it('answers the verdict to a function holding the grant, and records the call', async () => {
    const pass = await tc.call('secCheck', { content: '学习党章每月一次' }, 'openid-1')
    expect(pass).toMatchObject({ ok: true, reply: { errCode: 0, result: { suggest: 'pass', label: 100 } } })
    const risky = await tc.call('secCheck', { content: '代开发票' }, 'openid-1')
    expect(risky).toMatchObject({ ok: true, reply: { result: { suggest: 'risky', label: 20006 } } })
    expect(tc.local.outbox.list()[0]).toMatchObject({
      api: 'security.msgSecCheck',
      ok: true,
      request: { openid: 'openid-1', scene: 3, version: 2 }
    })
  })

  it('refuses a function without the grant (-604101), naming the missing permission', async () => {
    const r = await tc.call('secCheckNoPerm', { content: 'x' }, 'openid-1')
    expect(r).toMatchObject({ ok: false, errCode: -604101 })
    expect(r.errMsg).toContain('security.msgSecCheck')
  })

  it('refuses a bad request with WeChat’s errcode', async () => {
    await expect(tc.cloud.openapi.security.msgSecCheck({ openid: 'o', scene: 9, version: 2, content: 'x' })).rejects.toMatchObject({
      errCode: 40129
    })
  })
})
