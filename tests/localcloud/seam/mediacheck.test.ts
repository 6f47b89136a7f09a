// security.mediaCheckAsync through the real SDK: a trace id at once, the verdict later as the
// wxa_media_check message push delivered by the scheduler; risky when the content was marked risky;
// refused without the function's open-API grant.
import path from 'node:path'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { makePng } from '@localcloud/storage/png'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let scheduler: Scheduler
const env = { ...process.env }
beforeAll(async () => {
  process.env.LOCALCLOUD_MESSAGE_PUSH = path.resolve(__dirname, '../../fixtures/message-push.json')
  process.env.LOCALCLOUD_MEDIA_CHECK_DELAY_MS = '60000'
  tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
  scheduler = new Scheduler(tc.local)
})
afterAll(async () => {
  process.env = env
  await tc.close()
})
beforeEach(() => tc.reset())

const upload = async (cloudPath: string, seed: number) =>
  (await tc.cloud.uploadFile({ cloudPath, fileContent: makePng({ width: 20, height: 20, noise: true, seed }) })).fileID as string
const pushes = async () => (await tc.db.collection('pushes').get()).data.map((d: any) => d.event)

describe('security.mediaCheckAsync', () => {
  it('answers a trace id at once and pushes the verdict only when it is due', async () => {
    const fileID = await upload('t/a.png', 1)
    const r = await tc.call('mediaCheck', { fileID }, 'openid-1')
    expect(r).toMatchObject({ ok: true, reply: { errCode: 0, traceId: expect.stringMatching(/^local-/) } })
    expect(await scheduler.deliverPushes(new Date())).toEqual([])
    const delivered = await scheduler.deliverPushes(new Date(Date.now() + 61_000))
    expect(delivered).toEqual([expect.objectContaining({ traceId: r.reply.traceId, fn: 'mediaCheck', ok: true })])
    const [event] = await pushes()
    expect(event).toMatchObject({
      MsgType: 'event',
      Event: 'wxa_media_check',
      FromUserName: 'openid-1',
      trace_id: r.reply.traceId,
      version: 2,
      result: { suggest: 'pass', label: 100 }
    })
    // Delivered once.
    expect(await scheduler.deliverPushes(new Date(Date.now() + 120_000))).toEqual([])
  })

  it('calls content marked risky risky, whatever its path, and other content pass', async () => {
    const risky = await upload('t/risky.png', 7)
    const copy = await upload('t/copy-of-risky.png', 7)
    const fine = await upload('t/fine.png', 8)
    await tc.local.files.setRisky(tc.local.files.meta('t/risky.png')!.sha256, true, 20002)
    const ids = []
    for (const fileID of [risky, copy, fine]) ids.push((await tc.call('mediaCheck', { fileID }, 'openid-1')).reply.traceId)
    await scheduler.deliverPushes(new Date(), { all: true })
    const byTrace = Object.fromEntries((await pushes()).map((e: any) => [e.trace_id, e.result]))
    expect(ids.map((id) => byTrace[id])).toEqual([
      { suggest: 'risky', label: 20002 },
      { suggest: 'risky', label: 20002 },
      { suggest: 'pass', label: 100 }
    ])
  })

  it('delivers the push with no caller, as WeChat does (no OPENID, no userInfo)', async () => {
    const fileID = await upload('t/b.png', 2)
    await tc.call('mediaCheck', { fileID }, 'openid-1')
    await scheduler.deliverPushes(new Date(), { all: true })
    const [doc] = (await tc.db.collection('pushes').get()).data
    expect(doc).toMatchObject({ openid: null, userInfo: null })
  })

  it('refuses a function without the grant (-604101) and queues nothing', async () => {
    const fileID = await upload('t/c.png', 3)
    const r = await tc.call('mediaCheckNoPerm', { fileID }, 'openid-1')
    expect(r).toMatchObject({ ok: false, errCode: -604101 })
    expect(r.errMsg).toContain('security.mediaCheckAsync')
    expect(tc.local.mediaChecks.list()).toEqual([])
  })

  it.each([
    ['version 1', { version: 1 }, 47001],
    ['no openid', { openid: '' }, 40003],
    ['scene 5', { scene: 5 }, 40129],
    ['audio', { mediaType: 1 }, 47001],
    ['a URL not of the local store', { mediaUrl: 'https://example.com/a.png' }, 47001]
  ])('refuses %s with WeChat’s errcode', async (_, patch, errCode) => {
    const fileID = await upload('t/d.png', 4)
    const { fileList } = await tc.cloud.getTempFileURL({ fileList: [fileID] })
    const req = { openid: 'o', scene: 3, version: 2, mediaType: 2, mediaUrl: fileList[0].tempFileURL, ...patch }
    await expect(tc.cloud.openapi.security.mediaCheckAsync(req)).rejects.toMatchObject({ errCode })
    expect(tc.local.mediaChecks.list()).toEqual([])
  })

  it('refuses an expired temporary URL', async () => {
    const fileID = await upload('t/e.png', 5)
    const url = tc.local.files.tempUrl(tc.local.files.meta('t/e.png')!._id, 1, new Date(Date.now() - 10_000))
    await expect(
      tc.cloud.openapi.security.mediaCheckAsync({ openid: 'o', scene: 3, version: 2, mediaType: 2, mediaUrl: url })
    ).rejects.toMatchObject({ errCode: 47001, errMsg: expect.stringContaining('expired') })
    expect(fileID).toContain('t/e.png')
  })
})
