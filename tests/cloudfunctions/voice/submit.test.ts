// voice.submit through the real SDK on the local cloud: photos from storage, text and images through
// content security, every refusal writes nothing.
import { CONTENT_MAX, LOCATION_MAX, TITLE_MAX } from '@shared/voice/rules'
import { makePng } from '@localcloud/storage/png'
import { FILE_ID_PREFIX } from '@localcloud/storage/files'
import { draft, filed, sheet, useVoiceCloud } from './helpers'

const cloud = useVoiceCloud()

describe('submit', () => {
  it('files a sheet with photos: pending moderation, submitted, visible to the author with the photos', async () => {
    const s = await filed(cloud, 'm07', 3)
    expect(s).toMatchObject({
      memberId: 'm07',
      memberName: expect.any(String),
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      category: 'safety',
      status: 'submitted',
      moderation: 'pending',
      photoCount: 3,
      location: 'G316 K12+300',
      overdue: null,
      can: { receive: false, assign: false, answer: false, confirm: false, reopen: false }
    })
    expect(s.photos).toHaveLength(3)
    for (const [i, p] of s.photos.entries())
      expect(p).toEqual({ n: i + 1, verdict: 'pending', url: expect.stringContaining('/__storage/file/voice/m07/') })
    expect(cloud.tc.local.mediaChecks.list()).toHaveLength(3)
  })

  it('without photos and with clean text, passes moderation at once', async () => {
    const s = await filed(cloud, 'm07', 0, { location: null })
    expect(s).toMatchObject({ moderation: 'passed', location: null, photos: [] })
  })

  it('files a retried sheet (same draftId) once', async () => {
    const ev = sheet()
    const a = await cloud.ok(ev, 'm07')
    const b = await cloud.ok(ev, 'm07')
    expect(b._id).toBe(a._id)
    expect((await cloud.tc.db.collection('suggestions').count()).total).toBe(1)
  })

  it('the same draftId from two members files two suggestions', async () => {
    const ev = sheet()
    const a = await cloud.ok(ev, 'm07')
    const b = await cloud.ok(ev, 'm08')
    expect(a._id).not.toBe(b._id)
  })

  it.each([
    ['nobody signed in', ''],
    ['an unbound WeChat user', 'stranger']
  ])('refuses %s', async (_, who) => {
    await cloud.refused(sheet(), who, who ? 'NOT_BOUND' : 'UNAUTHENTICATED')
  })

  it.each([
    ['a title over the limit', { title: '标'.repeat(TITLE_MAX + 1) }],
    ['an empty title', { title: '   ' }],
    ['content over the limit', { content: '字'.repeat(CONTENT_MAX + 1) }],
    ['empty content', { content: '' }],
    ['a location over the limit', { location: '地'.repeat(LOCATION_MAX + 1) }],
    ['an unknown category', { category: 'gossip' }],
    ['hiddenFromPeers as text', { hiddenFromPeers: 'yes' }],
    ['a bad draftId', { draftId: '../x' }],
    ['ten photos', { photos: Array.from({ length: 10 }, (_, i) => `${FILE_ID_PREFIX}voice/m07/abcdefgh-${i}.png`) }],
    ['the same photo twice', { photos: [`${FILE_ID_PREFIX}voice/m07/abcdefgh-0.png`, `${FILE_ID_PREFIX}voice/m07/abcdefgh-0.png`] }],
    ['photos as a string', { photos: 'a.png' }],
    ['an unknown field', { extra: 1 }]
  ])('refuses %s (INVALID_INPUT)', async (_, patch) => {
    await cloud.refused(sheet(patch), 'm07', 'INVALID_INPUT')
  })

  it('refuses text content security calls risky, and writes nothing', async () => {
    const res = await cloud.refused(sheet({ content: '有人在工地组织赌博' }), 'm07', 'CONTENT_RISKY')
    expect(res.message).toContain('内容安全')
  })

  it('files text for review as held: the author and the secretary see it, peers never', async () => {
    const s = await filed(cloud, 'm07', 0, { content: '有人让大家加微信买东西' })
    expect(s.moderation).toBe('held')
    await expect(cloud.call({ action: 'get', id: s._id }, 'm03')).resolves.toMatchObject({ ok: true })
    await expect(cloud.call({ action: 'get', id: s._id }, 'm08')).resolves.toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})

describe('submit: photos', () => {
  const sameAnswer = { code: 'PHOTO_NOT_FOUND', message: '第 1 张照片不存在或无法使用，请重新上传' }

  it('refuses another member’s photo exactly as a missing one: nothing revealed', async () => {
    const d = draft()
    const theirs = await cloud.photo('m08', d, 0)
    const missing = `${FILE_ID_PREFIX}voice/m07/${d}-0.png`
    const a = await cloud.refused(sheet({ draftId: d, photos: [theirs] }), 'm07', 'PHOTO_NOT_FOUND')
    const b = await cloud.refused(sheet({ draftId: d, photos: [missing] }), 'm07', 'PHOTO_NOT_FOUND')
    expect(a).toEqual({ ok: false, ...sameAnswer, details: { index: 0 } })
    expect(b).toEqual(a)
  })

  it.each([
    ['a path trick into another folder', `${FILE_ID_PREFIX}voice/m07/../m08/abcdefgh-0.png`],
    ['a file outside voice/', `${FILE_ID_PREFIX}commitment/m07/abcdefgh-0.png`],
    ['an https URL', 'https://example.com/voice/m07/abcdefgh-0.png'],
    ['another environment', 'cloud://other-env.bucket/voice/m08/abcdefgh-0.png']
  ])('refuses %s as not found', async (_, fileID) => {
    const res = await cloud.refused(sheet({ photos: [fileID] }), 'm07', 'PHOTO_NOT_FOUND')
    expect(res.message).toBe(sameAnswer.message)
  })

  it.each([
    ['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00;', 'latin1'), 'PHOTO_TYPE'],
    ['a photo over 500 KB', makePng({ width: 420, height: 420, noise: true }), 'PHOTO_TOO_LARGE'],
    ['a photo over 1280 px', makePng({ width: 1300, height: 20 }), 'PHOTO_TOO_LARGE']
  ])('refuses %s, naming which photo', async (_, bytes, code) => {
    const d = draft()
    const ok = await cloud.photo('m07', d, 0)
    const bad = await cloud.photo('m07', d, 1, bytes)
    const res = await cloud.refused(sheet({ draftId: d, photos: [ok, bad] }), 'm07', code)
    expect(res.message).toContain('第 2 张')
    expect(res.details).toEqual({ index: 1 })
    expect(cloud.tc.local.mediaChecks.list()).toEqual([])
  })

  it('accepts nine photos', async () => {
    const s = await filed(cloud, 'm07', 9)
    expect(s.photoCount).toBe(9)
  })
})
