// Image content security end to end: the function asks mediaCheckAsync per photo; the scheduler later
// delivers WeChat's wxa_media_check push to the voice function; the suggestion moves from pending to
// passed, or to held when a photo is risky. A client cannot forge the push.
import { filed, sheet, useVoiceCloud } from './helpers'

const cloud = useVoiceCloud()
const get = (id: string, who: string) => cloud.call({ action: 'get', id }, who)

describe('moderation of photos', () => {
  it('pending: only the author and the secretary see it; after the verdicts pass, the branch and peers do', async () => {
    const s = await filed(cloud, 'm07', 2)
    expect((await get(s._id, 'm03')).data.moderation).toBe('pending')
    for (const who of ['m04', 'm05', 'm08', 'm32']) expect(await get(s._id, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const delivered = await cloud.deliver()
    expect(delivered).toHaveLength(2)
    const after = (await get(s._id, 'm08')).data
    expect(after).toMatchObject({ moderation: 'passed' })
    expect(after.photos.map((p: any) => p.verdict)).toEqual(['pass', 'pass'])
    expect(after.photos.every((p: any) => typeof p.url === 'string')).toBe(true)
    expect((await get(s._id, 'm07')).data.history.map((h: any) => h.action)).toEqual(['submit', 'moderated'])
  })

  it('a risky photo holds the suggestion: never served to anyone, peers never see it, the branch still handles it', async () => {
    const s = await filed(cloud, 'm07', 2)
    const stored = await cloud.tc.db.collection('suggestions').doc(s._id).get()
    await cloud.markRisky(stored.data.photos[1].fileID)
    await cloud.deliver()
    const mine = (await get(s._id, 'm07')).data
    expect(mine.moderation).toBe('held')
    expect(mine.photos).toEqual([
      expect.objectContaining({ verdict: 'pass', url: expect.any(String) }),
      { n: 2, verdict: 'risky', url: null }
    ])
    expect((await get(s._id, 'm03')).data.photos[1]).toEqual({ n: 2, verdict: 'risky', url: null })
    expect(await get(s._id, 'm08')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await get(s._id, 'm04')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    await expect(cloud.ok({ action: 'receive', id: s._id }, 'm03')).resolves.toMatchObject({ status: 'received' })
  })

  it('a push delivered twice, or a late contrary one, changes nothing', async () => {
    const s = await filed(cloud, 'm07', 1)
    const stored = (await cloud.tc.db.collection('suggestions').doc(s._id).get()).data
    await cloud.deliver()
    const traceId = stored.photos[0].traceId
    const again = { MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest: 'risky', label: 20002 } }
    await expect(cloud.tc.local.invoke('voice', again, { openid: '', source: 'wx_trigger' })).resolves.toMatchObject({ ok: true })
    expect((await get(s._id, 'm07')).data).toMatchObject({ moderation: 'passed', photos: [{ verdict: 'pass' }] })
    expect((await cloud.tc.db.collection('mediaVerdicts').count()).total).toBe(1)
  })

  it('a verdict that arrives before the suggestion is written is kept, and applied once it is', async () => {
    const ev = sheet()
    ev.photos = [await cloud.photo('m07', ev.draftId, 0)]
    const s = await cloud.ok(ev, 'm07')
    const stored = (await cloud.tc.db.collection('suggestions').doc(s._id).get()).data
    // As if the push had come first: take the suggestion away, deliver, put it back.
    await cloud.tc.db.collection('suggestions').doc(s._id).remove()
    const [d] = (await cloud.deliver()) as any[]
    expect(d.result).toMatchObject({ ok: true, data: { traceId: stored.photos[0].traceId, applied: false } })
    const { _id, ...rest } = stored
    await cloud.tc.db.collection('suggestions').add({ data: { _id, ...rest } })
    expect((await get(s._id, 'm07')).data.moderation).toBe('pending')
    // The client's retried submit (same sheet) brings it up to date.
    expect(await cloud.ok(ev, 'm07')).toMatchObject({ _id: s._id, moderation: 'passed' })
  })

  it('refuses a wxa_media_check event sent by a client (it carries userInfo and an OPENID)', async () => {
    const s = await filed(cloud, 'm07', 1)
    const stored = (await cloud.tc.db.collection('suggestions').doc(s._id).get()).data
    const forged = {
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: stored.photos[0].traceId,
      version: 2,
      result: { suggest: 'pass', label: 100 }
    }
    await cloud.refused(forged, 'm07', 'INVALID_INPUT')
    expect((await get(s._id, 'm07')).data.moderation).toBe('pending')
  })

  it('refuses another push event it does not handle', async () => {
    const res = await cloud.tc.local.invoke(
      'voice',
      { MsgType: 'event', Event: 'user_enter_tempsession' },
      { openid: '', source: 'wx_trigger' }
    )
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
})
