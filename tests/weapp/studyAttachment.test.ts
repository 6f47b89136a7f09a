// A study task's attachment in the weapp build: the secretary's push form picks a document from a chat
// (wx.chooseMessageFile, PDF/Word), uploads it with wx.cloud.uploadFile under their study folder and pushes
// its fileID and name; the member's 学习报告单 downloads it (wx.downloadFile on the temporary URL) and opens
// it (wx.openDocument with its type and the menu).
import { answer, cloudData, committed, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { myTask, planItem, studyPlan, studyTask } from '@tests/src/helpers/studyFixtures'

let wx: Wx & Record<string, any>
let page: MountedPage | null = null
const chooseMessageFile = jest.fn()
const downloadFile = jest.fn()
const openDocument = jest.fn()
setUpApp(
  (w) => {
    wx = w as Wx & Record<string, any>
  },
  () => {
    // Taro wraps the wx APIs when the app loads: provide them first.
    const g = global as any
    require('miniprogram-simulate')
    Object.assign(g.wx, { chooseMessageFile, downloadFile, openDocument })
  }
)
afterEach(() => {
  page?.unmount()
  page = null
  for (const f of [chooseMessageFile, downloadFile, openDocument]) f.mockReset()
})

/** Answers a wx API call as WeChat does: success then complete — or, called without callbacks, a promise of it. */
const done = (o: any, api: string, res: Record<string, unknown>) => {
  const r = { errMsg: `${api}:ok`, ...res }
  o.success?.(r)
  o.complete?.(r)
  return Promise.resolve(r)
}

describe('学习计划 · 布置 with an attachment (weapp build)', () => {
  it('picks a PDF from a chat, uploads it under the secretary’s study folder, pushes its fileID and name', async () => {
    const who = whoSecretary(['b1'])
    answer({
      'member.whoami': () => ok(who),
      'study.getPlan': () =>
        ok({ plan: studyPlan([planItem({ id: 'apr-1', month: 4 })]), tasks: [], canEdit: true, groups: [], studyActivities: [] }),
      'study.pushTask': () => ok({ task: studyTask() })
    })
    chooseMessageFile.mockImplementation((o: any) =>
      done(o, 'chooseMessageFile', {
        tempFiles: [{ path: 'wxfile://tmp/doc.pdf', name: '党纪学习教育读本.pdf', size: 300_000, type: 'file' }]
      })
    )
    const uploadFile = jest.fn(async (o: any) => ({
      fileID: `cloud://env.bucket/${o.cloudPath}`,
      statusCode: 200,
      errMsg: 'uploadFile:ok'
    }))
    Object.assign(wx.cloud, { uploadFile })
    page = mountPage('study/pages/plan/index')
    await page.findText('布置为学习任务')
    await page.tap('布置为学习任务')
    await page.tap('添加文档')
    await waitUntil(() => uploadFile.mock.calls.length === 1, 'uploadFile')
    expect(chooseMessageFile.mock.calls[0][0]).toMatchObject({ count: 1, type: 'file', extension: ['pdf', 'doc', 'docx'] })
    const up = uploadFile.mock.calls[0][0]
    expect(up.filePath).toBe('wxfile://tmp/doc.pdf')
    expect(up.cloudPath).toMatch(new RegExp(`^study/${who.member?._id}/[a-z0-9]{16}\\.pdf$`))
    await page.findText('附件：党纪学习教育读本.pdf')
    await committed()
    await page.tap('布置')
    await waitUntil(() => cloudData('pushTask').length === 1, 'pushTask')
    expect(cloudData('pushTask')[0].material.attachment).toEqual({
      fileID: `cloud://env.bucket/${up.cloudPath}`,
      name: '党纪学习教育读本.pdf'
    })
  })
})

describe('学习报告单 · the attachment (weapp build)', () => {
  it('downloads the document from its temporary URL and opens it with its type and the menu', async () => {
    answer({
      'member.whoami': () => ok(whoMember()),
      'study.getTask': () =>
        ok(
          myTask({
            attachment: { name: '读本.docx', ext: 'docx', kind: 'document', size: 2048, state: 'ready', url: 'https://tmp.example/a.docx' }
          })
        )
    })
    downloadFile.mockImplementation((o: any) => done(o, 'downloadFile', { statusCode: 200, tempFilePath: 'wxfile://tmp/a.docx' }))
    openDocument.mockImplementation((o: any) => done(o, 'openDocument', {}))
    page = mountPage('study/pages/report/index', { taskId: 'b1:2026:mar-1' })
    await page.findText('附件：读本.docx（DOCX，2 KB） 点击打开')
    await page.tap('附件：读本.docx（DOCX，2 KB） 点击打开')
    await waitUntil(() => openDocument.mock.calls.length === 1, 'openDocument')
    expect(downloadFile.mock.calls[0][0]).toMatchObject({ url: 'https://tmp.example/a.docx' })
    expect(openDocument.mock.calls[0][0]).toMatchObject({ filePath: 'wxfile://tmp/a.docx', fileType: 'docx', showMenu: true })
  })
})
