// A study task's attachment in Chromium against the real local cloud (seeded demo): 王建军 adds an item to this
// month and pushes it with a PDF picked on the phone (the browser's file chooser → the local store's upload
// route → pushTask checks the file's environment, folder, name and bytes); 赵永平 opens the task and the PDF
// opens in a new tab from its temporary URL. The demo's own attachment (学习材料.pdf) opens the same way.
import type { Page } from 'playwright-core'
import { demoPdf } from '@localcloud/seed/demo-study'
import { signInAs, setUpApp, text, visible } from './app'
import { openPushForm, thisMonth } from './studySteps'

jest.setTimeout(180_000)

const app = setUpApp()

const TITLE = '学习交通强国建设纲要（附件 e2e）'
const PDF = demoPdf('Outline of building a country with strong transportation')

/**
 * Taps the attachment and answers the bytes its temporary URL serves. The new tab requests that URL; what
 * it then does with a PDF is the browser's (a viewer, or a download in the headless shell, which has no
 * viewer), so the test follows the request rather than the tab's address.
 */
async function openedBytes(page: Page, label: RegExp): Promise<Buffer> {
  const [opened] = await Promise.all([
    page.context().waitForEvent('request', (r) => /\/__storage\/file\//.test(r.url())),
    page.context().waitForEvent('page'),
    text(page, label).click()
  ])
  return (await page.request.get(opened.url())).body()
}

describe('a study task’s attachment in Chromium', () => {
  it('王建军 pushes a task with a PDF from the phone; 赵永平 opens it, and the demo’s', async () => {
    const { year } = thisMonth()

    // ---- 王建军 adds an item to this month and pushes it with a PDF.
    const { page: sp, form } = await openPushForm(app, TITLE)
    await form.locator('textarea').first().fill('请学习附件中的纲要原文')
    const [chooser] = await Promise.all([sp.waitForEvent('filechooser'), form.getByText('添加文档', { exact: true }).click()])
    await chooser.setFiles({ name: '交通强国建设纲要.pdf', mimeType: 'application/pdf', buffer: PDF })
    await form.getByText('附件：交通强国建设纲要.pdf').waitFor()
    await app.shot(sp, 'study-push-attachment')
    await form.getByText('布置', { exact: true }).click()
    await text(sp, '学习任务已布置').waitFor()
    const [task] = app.cloud.engine.find('studyTasks', { title: TITLE }, {}) as Array<{ material: { attachment: any } }>
    expect(task.material.attachment).toMatchObject({ name: '交通强国建设纲要.pdf', ext: 'pdf', kind: 'document', size: PDF.length })
    expect(task.material.attachment.fileID).toMatch(/^cloud:\/\/local-tongxin\.[^/]+\/study\/m03\/[a-z0-9]{16}\.pdf$/)

    // ---- 赵永平 opens the task: the PDF opens in a new tab from its temporary URL.
    const he = await app.phonePage()
    await signInAs(he, app.url, '赵永平')
    await text(he, '赵永平，您好').waitFor()
    await text(he, '我的学习', { exact: true }).click()
    await text(he, `${year}年我的学习`).waitFor()
    await visible(he, '[data-task]').filter({ hasText: TITLE }).first().click()
    await text(he, '请学习附件中的纲要原文').waitFor()
    await app.shot(he, 'study-report-attachment')
    expect((await openedBytes(he, /交通强国建设纲要\.pdf（PDF，\d+ KB） 点击打开/)).equals(PDF)).toBe(true)

    // ---- The demo's own attachment on this month's task.
    const demoTask = (app.cloud.engine.find('studyTasks', { origin: 'plan' }, {}) as Array<{ _id: string; material: any }>).find(
      (t) => t.material.attachment?.name === '学习材料.pdf'
    )
    if (!demoTask) throw new Error('the demo has no task with 学习材料.pdf')
    await he.goto(`${app.url}/#/study/pages/report/index?taskId=${encodeURIComponent(demoTask._id)}`)
    await he.reload()
    expect((await openedBytes(he, /学习材料\.pdf（PDF，\d+ KB） 点击打开/)).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
