// A task's attachment (pushTask's material.attachment, getTask's attachment): the secretary's own upload in
// this environment, a PDF/Word document or an image whose bytes match its name, within the size limits; an
// image is shown to members only once its media check passed; every refusal writes nothing.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { makePng } from '@localcloud/storage/png'
import { as, item, P, useStudyCloud } from './helpers'

const cloud = useStudyCloud()
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 7)])
const png = (seed = 1) => makePng({ width: 16, height: 16, noise: true, seed })

/** Stores `bytes` at study/<who>/<key>.<ext> as `who` (the app's upload), or as a function (bypassing the store's client checks). */
async function upload(who: string, file: string, bytes: Buffer, via: 'client' | 'function' = 'client') {
  return (await cloud.tc.local.files.put(`study/${who}/${file}`, bytes, { owner: via === 'client' ? as(who) : '', via })).fileID
}

async function plan() {
  await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('mar-1')], rev: 0 }, P.b1Secretary)
}

const push = (attachment: unknown, who: string = P.b1Secretary) => ({
  event: {
    action: 'pushTask',
    orgId: 'org-b1',
    year: 2026,
    itemId: 'mar-1',
    material: { kind: 'text', text: '请学习附件', attachment },
    deadline: '2026-03-31'
  },
  who
})

describe('pushTask with an attachment', () => {
  it('a PDF: stored with what the server read; the member opens it by a temporary URL', async () => {
    await plan()
    const fileID = await upload('m03', 'abcd1234efgh.pdf', PDF)
    const { event } = push({ fileID, name: ' 党纪学习教育读本.PDF ' })
    const { task } = await cloud.ok(event, P.b1Secretary)
    expect(task.material.attachment).toEqual({
      fileID,
      name: '党纪学习教育读本.PDF',
      ext: 'pdf',
      kind: 'document',
      size: PDF.length,
      traceId: null
    })
    const mine = await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)
    expect(mine.attachment).toMatchObject({ name: '党纪学习教育读本.PDF', ext: 'pdf', kind: 'document', size: PDF.length, state: 'ready' })
    expect(mine.attachment.url).toMatch(/^https?:\/\/.+abcd1234efgh\.pdf/)
  })

  it('a task without one answers attachment null', async () => {
    await plan()
    const { task } = await cloud.ok(push(undefined).event, P.b1Secretary)
    expect(task.material.attachment).toBeUndefined()
    expect((await cloud.ok({ action: 'getTask', taskId: task._id }, P.b1Member)).attachment).toBeNull()
  })

  it('an image is checked (mediaCheckAsync): pending until the verdict, then shown; a risky one never', async () => {
    const scheduler = new Scheduler(cloud.tc.local)
    await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('mar-1'), item('mar-2')], rev: 0 }, P.b1Secretary)
    const good = await upload('m03', 'goodimage01.png', png(1))
    const bad = await upload('m03', 'badimage001.png', png(2))
    const risky = cloud.tc.local.files.list().find((m: any) => m.fileID === bad) as any
    await cloud.tc.local.files.setRisky(risky.sha256, true, 20002)
    const t1 = (await cloud.ok(push({ fileID: good, name: '海报.png' }).event, P.b1Secretary)).task
    const t2 = (await cloud.ok({ ...push({ fileID: bad, name: '图.png' }).event, itemId: 'mar-2' }, P.b1Secretary)).task
    expect(t1.material.attachment).toMatchObject({ kind: 'image', ext: 'png', traceId: expect.any(String) })
    expect((await cloud.ok({ action: 'getTask', taskId: t1._id }, P.b1Member)).attachment).toMatchObject({ state: 'pending', url: null })
    await scheduler.deliverPushes(new Date(), { all: true })
    expect((await cloud.ok({ action: 'getTask', taskId: t1._id }, P.b1Member)).attachment).toMatchObject({
      state: 'ready',
      url: expect.stringMatching(/^https?:\/\//)
    })
    expect((await cloud.ok({ action: 'getTask', taskId: t2._id }, P.b1Member)).attachment).toMatchObject({ state: 'risky', url: null })
  })
})

describe('pushTask refuses a bad attachment and writes nothing', () => {
  it.each<[string, () => Promise<unknown>, string]>([
    [
      'another member’s upload',
      () => upload('m04', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: 'a.pdf' })),
      'ATTACHMENT_NOT_FOUND'
    ],
    [
      'another environment’s file',
      async () => ({ fileID: 'cloud://other-env.other-bucket/study/m03/abcd1234efgh.pdf', name: 'a.pdf' }),
      'ATTACHMENT_NOT_FOUND'
    ],
    [
      'a file not uploaded',
      async () => ({ fileID: 'cloud://local-tongxin.local-tongxin-files/study/m03/abcd1234efgh.pdf', name: 'a.pdf' }),
      'ATTACHMENT_NOT_FOUND'
    ],
    [
      'a voice photo',
      async () => ({ fileID: 'cloud://local-tongxin.local-tongxin-files/voice/m03/abcd1234-0.png', name: 'a.png' }),
      'ATTACHMENT_NOT_FOUND'
    ],
    [
      'a name whose extension differs',
      () => upload('m03', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: 'a.docx' })),
      'ATTACHMENT_TYPE'
    ],
    [
      'an extension not taken',
      () => upload('m03', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: 'a.txt' })),
      'ATTACHMENT_TYPE'
    ],
    [
      'text bytes named .pdf',
      () => upload('m03', 'abcd1234efgh.pdf', Buffer.from('not a pdf'), 'function').then((fileID) => ({ fileID, name: 'a.pdf' })),
      'ATTACHMENT_TYPE'
    ],
    [
      'an image over 2 MB',
      () =>
        upload('m03', 'abcd1234efgh.png', Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]), 'function').then((fileID) => ({
          fileID,
          name: 'a.png'
        })),
      'ATTACHMENT_TOO_LARGE'
    ],
    ['a name with a slash', () => upload('m03', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: 'x/a.pdf' })), 'INVALID_INPUT'],
    ['no name', () => upload('m03', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: '' })), 'INVALID_INPUT'],
    ['a fileID that is not a string', async () => ({ fileID: 7, name: 'a.pdf' }), 'INVALID_INPUT'],
    [
      'an unknown field',
      () => upload('m03', 'abcd1234efgh.pdf', PDF).then((fileID) => ({ fileID, name: 'a.pdf', size: 1 })),
      'INVALID_INPUT'
    ]
  ])('%s', async (_l, attachment, code) => {
    await plan()
    await cloud.refused(push(await attachment()).event, P.b1Secretary, code)
  })

  it.each<[string, string, string]>([
    ['a member', P.b1Member, 'FORBIDDEN'],
    ['a group leader (not on the committee)', 'm06', 'FORBIDDEN'],
    ['another branch’s secretary', 'm14', 'FORBIDDEN']
  ])('%s may not push (with their own upload): %s', async (_l, who, code) => {
    await plan()
    const fileID = await upload(who, 'abcd1234efgh.pdf', PDF)
    await cloud.refused(push({ fileID, name: 'a.pdf' }, who).event, who, code)
  })
})
