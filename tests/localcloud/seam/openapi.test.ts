import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc.close())
beforeEach(() => tc.reset())

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47])

describe('openapi.wxacode.getUnlimited', () => {
  it('answers a PNG and records page and scene in the outbox', async () => {
    const r = await tc.cloud.openapi.wxacode.getUnlimited({ scene: 'a=act1&t=9', page: 'pages/checkin/index' })
    expect(r.errCode).toBe(0)
    expect(r.contentType).toBe('image/png')
    expect(Buffer.from(r.buffer).subarray(0, 4)).toEqual(PNG_MAGIC)
    const [entry] = tc.local.outbox.list()
    expect(entry).toMatchObject({ api: 'wxacode.getUnlimited', ok: true, request: { scene: 'a=act1&t=9', page: 'pages/checkin/index' } })
  })

  it.each([
    ['33 characters', 'x'.repeat(33), 40169],
    ['empty', '', 40169],
    ['a character WeChat refuses', '签到', 40169],
    ['a space', 'a b', 40169]
  ])('refuses a scene with %s', async (_, scene, errCode) => {
    await expect(tc.cloud.openapi.wxacode.getUnlimited({ scene })).rejects.toMatchObject({ errCode })
    expect(tc.local.outbox.list()[0]).toMatchObject({ ok: false, errcode: errCode })
  })

  it('accepts 32 characters of the allowed set', async () => {
    const scene = "09azAZ!#$&'()*+,/:;=?@-._~".padEnd(32, 'x')
    await expect(tc.cloud.openapi.wxacode.getUnlimited({ scene })).resolves.toMatchObject({ errCode: 0 })
  })

  it('refuses a page starting with a slash', async () => {
    await expect(tc.cloud.openapi.wxacode.getUnlimited({ scene: 'a', page: '/pages/x' })).rejects.toMatchObject({ errCode: 41030 })
  })
})

describe('openapi.subscribeMessage.send', () => {
  const send = (data: Record<string, { value: string }>) =>
    tc.cloud.openapi.subscribeMessage.send({ touser: 'openid-1', templateId: 'tpl-birthday', page: 'pages/home/index', data })

  it.each([
    ['thing', 20],
    ['name', 10],
    ['phrase', 5],
    ['character_string', 32],
    ['symbol', 5]
  ])('accepts %s up to %i characters and refuses one more', async (type, limit) => {
    await expect(send({ [`${type}1`]: { value: '党'.repeat(limit) } })).resolves.toMatchObject({ errCode: 0 })
    await expect(send({ [`${type}1`]: { value: '党'.repeat(limit + 1) } })).rejects.toMatchObject({ errCode: 47003 })
  })

  it('refuses a missing touser, an unknown keyword type and an empty value', async () => {
    await expect(tc.cloud.openapi.subscribeMessage.send({ templateId: 't', data: { thing1: { value: 'x' } } })).rejects.toMatchObject({
      errCode: 47003
    })
    await expect(send({ colour1: { value: 'red' } })).rejects.toMatchObject({ errCode: 47003 })
    await expect(send({ thing1: { value: '' } })).rejects.toMatchObject({ errCode: 47003 })
  })

  it('answers 43101 to a user marked as refusing (dev setting), until unmarked', async () => {
    tc.local.outbox.setSubscribeRefused('openid-1')
    await expect(send({ thing1: { value: '政治生日快乐' } })).rejects.toMatchObject({ errCode: 43101 })
    expect(tc.local.outbox.list()[0]).toMatchObject({ ok: false, errcode: 43101 })
    tc.local.outbox.setSubscribeRefused('openid-1', false)
    await expect(send({ thing1: { value: '政治生日快乐' } })).resolves.toMatchObject({ errCode: 0 })
  })

  it('records every attempt with the caller, newest first', async () => {
    await send({ thing1: { value: '政治生日快乐' } })
    await expect(send({ thing1: { value: 'x'.repeat(21) } })).rejects.toBeTruthy()
    const entries = tc.local.outbox.list()
    expect(entries.map((e) => e.ok)).toEqual([false, true])
    expect(entries[1].request).toMatchObject({
      touser: 'openid-1',
      template_id: 'tpl-birthday',
      data: { thing1: { value: '政治生日快乐' } }
    })
  })

  it('answers a clear error for an open API the local cloud does not provide', async () => {
    await expect(
      tc.cloud.openapi.security.imgSecCheck({ media: { contentType: 'image/png', value: Buffer.from('x') } })
    ).rejects.toMatchObject({
      errMsg: expect.stringMatching(/not supported by the local cloud/)
    })
  })
})

describe('open API permissions (config.json permissions.openapi), checked per function as WeChat does', () => {
  let fx: TestCloud
  beforeAll(async () => {
    fx = await startTestCloud({ functionsRoot: require('node:path').resolve(__dirname, '../../fixtures/functions') })
  })
  afterAll(() => fx.close())

  it.each([
    ['wxacode', true, undefined],
    ['wxacodeNoPerm', false, -604101]
  ])('%s: allowed %s', async (fn, ok, errCode) => {
    const r = await fx.call(fn, { scene: 'a1' }, 'openid-1')
    expect(r.ok).toBe(ok)
    expect(r.errCode).toBe(errCode)
    const [entry] = fx.local.outbox.list()
    expect(entry).toMatchObject({ api: 'wxacode.getUnlimited', ok })
  })

  it('names the missing permission in the error', async () => {
    const r = await fx.call('wxacodeNoPerm', { scene: 'a1' }, 'openid-1')
    expect(r.errMsg).toContain('permissions.openapi')
  })
})
