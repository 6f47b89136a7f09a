// The app's uploads through the gateway (H5: what Taro.cloud.uploadFile does in weapp), temporary URLs
// served to browsers, and the dev settings for media checks.
import path from 'node:path'
import { type Gateway, startGateway } from '@localcloud/gateway/server'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { makePng } from '@localcloud/storage/png'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let gw: Gateway
const env = { ...process.env }
const A = 'tx_dev_openid=demo%3Aa'
const B = 'tx_dev_openid=demo%3Ab'

beforeAll(async () => {
  process.env.LOCALCLOUD_MESSAGE_PUSH = path.resolve(__dirname, '../../fixtures/message-push.json')
  tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
  gw = await startGateway({ cloud: tc.local, scheduler: new Scheduler(tc.local), localMode: true })
})
afterAll(async () => {
  process.env = env
  await gw.close()
  await tc.close()
})
beforeEach(() => tc.reset())

async function upload(cloudPath: string, body: Buffer | string, cookie?: string) {
  const res = await fetch(`${gw.url}/__storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body)
  })
  return { status: res.status, body: (await res.json()) as any }
}

const png = makePng({ width: 32, height: 24 })

describe('POST /__storage/upload', () => {
  it('stores the signed-in user’s image and records them as its owner', async () => {
    const r = await upload('voice/m1/p1.png', png, A)
    expect(r).toEqual({ status: 200, body: { ok: true, data: { fileID: expect.stringMatching(/^cloud:\/\/.+\/voice\/m1\/p1\.png$/) } } })
    expect(tc.local.files.meta('voice/m1/p1.png')).toMatchObject({
      owner: 'demo:a',
      via: 'client',
      contentType: 'image/png',
      size: png.length
    })
  })

  it.each([
    ['nobody signed in', 'voice/m1/x.png', png, undefined, 401, 'UNAUTHENTICATED'],
    ['a parent segment', 'voice/../x.png', png, A, 400, 'InvalidArgument'],
    ['an absolute path', '/voice/x.png', png, A, 400, 'InvalidArgument'],
    ['an encoded backslash', 'voice\\x.png', png, A, 400, 'InvalidArgument'],
    ['text, not an image', 'voice/m1/x.png', 'hello', A, 415, 'InvalidContentType'],
    ['a PNG name on HTML', 'voice/m1/x.png', '<html></html>', A, 415, 'InvalidContentType'],
    ['an empty body', 'voice/m1/x.png', Buffer.alloc(0), A, 400, 'InvalidArgument'],
    ['over 2 MB', 'voice/m1/x.png', Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), A, 413, 'FILE_TOO_LARGE'],
    [
      'a document over 10 MB',
      'study/m1/x.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
      A,
      413,
      'FILE_TOO_LARGE'
    ],
    ['a zip-less .docx name on text', 'study/m1/x.docx', 'PK not really', A, 415, 'InvalidContentType']
  ])('refuses %s and stores nothing', async (_, cloudPath, body, cookie, status, code) => {
    const r = await upload(cloudPath, body, cookie)
    expect(r.status).toBe(status)
    expect(r.body).toMatchObject({ ok: false, code })
    expect(tc.local.files.list()).toEqual([])
  })

  it.each([
    ['a PDF', 'study/m1/a.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024)]), 'application/pdf'],
    ['a .doc', 'study/m1/a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), 'application/msword'],
    [
      'a .docx',
      'study/m1/a.docx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    ]
  ])('takes %s from the app (documents up to 10 MB)', async (_, cloudPath, body, contentType) => {
    expect((await upload(cloudPath, body, A)).status).toBe(200)
    expect(tc.local.files.meta(cloudPath)).toMatchObject({ owner: 'demo:a', via: 'client', contentType, size: body.length })
  })

  it('never lets one user overwrite another’s file; the owner may', async () => {
    await upload('voice/m1/p.png', png, A)
    const other = makePng({ width: 8, height: 8, color: [0, 0, 0] })
    expect((await upload('voice/m1/p.png', other, B)).status).toBe(403)
    expect(tc.local.files.meta('voice/m1/p.png')).toMatchObject({ owner: 'demo:a', size: png.length })
    expect((await upload('voice/m1/p.png', other, A)).status).toBe(200)
    expect(tc.local.files.meta('voice/m1/p.png')).toMatchObject({ owner: 'demo:a', size: other.length })
  })
})

describe('GET /__storage/file (temporary URLs)', () => {
  it('serves the bytes with their type until the URL expires; a forged or expired URL gets 403', async () => {
    const { body } = await upload('voice/m1/g.png', png, A)
    const { fileList } = await tc.cloud.getTempFileURL({ fileList: [{ fileID: body.data.fileID, maxAge: 60 }] })
    const url: string = fileList[0].tempFileURL
    expect(url.startsWith(`${gw.url}/__storage/file/`)).toBe(true)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), png)).toBe(0)
    expect((await fetch(url.replace(/s=[0-9a-f]{4}/, 's=0000'))).status).toBe(403)
    const expired = tc.local.files.tempUrl('voice/m1/g.png', 1, new Date(Date.now() - 5000))
    expect((await fetch(expired)).status).toBe(403)
  })
})

describe('dev settings', () => {
  it('POST /dev/media-risky marks a file risky; /dev/media-checks/deliver sends the verdicts now', async () => {
    const { body } = await upload('voice/m1/r.png', png, A)
    const mark = await fetch(`${gw.url}/dev/media-risky`, { method: 'POST', body: JSON.stringify({ fileID: body.data.fileID }) })
    expect(mark.status).toBe(200)
    const r = await tc.call('mediaCheck', { fileID: body.data.fileID }, 'demo:a')
    const deliver = await fetch(`${gw.url}/dev/media-checks/deliver`, { method: 'POST' })
    const out = (await deliver.json()) as any
    expect(out.data.delivered).toEqual([expect.objectContaining({ traceId: r.reply.traceId, ok: true })])
    const [doc] = (await tc.db.collection('pushes').get()).data
    expect(doc.event.result).toEqual({ suggest: 'risky', label: 21000 })
  })

  it('POST /dev/media-risky of an unknown file is 404', async () => {
    const res = await fetch(`${gw.url}/dev/media-risky`, { method: 'POST', body: JSON.stringify({ fileID: 'cloud://x/y.png' }) })
    expect(res.status).toBe(404)
  })
})
