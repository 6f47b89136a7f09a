// Suggestion sheets 随手拍 (issue 14) in Chromium against the real local cloud (seeded demo): 赵永平 files a
// sheet with a real photo chosen in the browser's file chooser — a 2400×1800 PNG that the page shrinks on a
// canvas to a JPEG of at most 1280 px and 500 KB and uploads through the gateway as his own file; the sheet
// waits for content security (安全审核中) until the media-check verdict is pushed; the secretary 王建军 sees it,
// its photo loads from a temporary URL, receives it and answers; 赵永平 confirms it done.
import { sniffImage } from '@shared/core/image'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { makePng } from '@localcloud/storage/png'
import { input, signInAs, setUpApp, text } from './app'

jest.setTimeout(150_000)

const app = setUpApp()

const TITLE = '桥头跳车明显'
const CONTENT = 'K30 桥头伸缩缝两侧沉降，车辆通过跳车明显，建议铣刨重铺。'

describe('随手拍 in Chromium', () => {
  it('a member files a sheet with a photo from the file chooser; moderation passes; the branch answers; the member confirms', async () => {
    const member = await app.phone()
    const page = member.page
    await signInAs(page, app.url, '赵永平')
    await text(page, '随手拍', { exact: true }).click()
    await text(page, '随手拍 · 提建议').click()
    await text(page, '反映情况不怕多、提出问题不怕难、意见建议不怕小').waitFor()
    await text(page, '安全', { exact: true }).click()
    await input(page, '一句话说明是什么事').fill(TITLE)
    await page.locator('textarea[placeholder="看到了什么、问题在哪、有什么建议"]').filter({ visible: true }).first().fill(CONTENT)
    await input(page, '如：G316 K12+300').fill('G316 K30')

    // The browser's own file chooser, with a real photo far over 1280 px.
    const photo = makePng({ width: 2400, height: 1800, color: [30, 120, 200] })
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), text(page, '＋ 添加照片').click()])
    await chooser.setFiles([{ name: 'bridge.png', mimeType: 'image/png', buffer: photo }])
    await page.locator('[data-state="done"]').filter({ visible: true }).first().waitFor({ timeout: 30_000 })

    // Stored as his own file: a JPEG shrunk to 1280 px, under 500 KB.
    const [stored] = app.cloud.files.list().filter((f) => f.via === 'client')
    expect(stored).toMatchObject({ owner: expect.stringMatching(/^demo:/), contentType: 'image/jpeg' })
    expect(stored.size).toBeLessThanOrEqual(500 * 1024)
    const bytes = app.cloud.files.read(stored._id)?.bytes
    expect(sniffImage(bytes as Buffer)).toEqual({ type: 'image/jpeg', width: 1280, height: 960 })
    expect(stored._id).toMatch(/^voice\/m07\/[a-z0-9]{16}-0\.jpg$/)

    await app.shot(page, 'voice-new')
    await text(page, '提交给支部').click()
    await text(page, '安全审核中：通过前只有你和支部书记能看到').waitFor()
    await app.shot(page, 'voice-pending')

    // WeChat's verdict arrives (the scheduler delivers the wxa_media_check push).
    const delivered = await new Scheduler(app.cloud).deliverPushes(new Date(), { all: true })
    expect(delivered).toEqual([expect.objectContaining({ fn: 'voice', ok: true, result: expect.objectContaining({ ok: true }) })])

    // The secretary.
    const sec = await app.phone()
    await signInAs(sec.page, app.url, '王建军')
    await text(sec.page, '党员建议', { exact: true }).click()
    await text(sec.page, TITLE).click()
    await text(sec.page, CONTENT).waitFor()
    const img = sec.page.locator('.vo-detail__img img').filter({ visible: true }).first()
    await img.waitFor()
    await sec.page.waitForFunction(
      (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth === 1280,
      await img.elementHandle()
    )
    await text(sec.page, '受理', { exact: true }).click()
    await text(sec.page, '已受理', { exact: true }).waitFor()
    await sec.page
      .locator('textarea[placeholder="做了什么、结果如何"]')
      .filter({ visible: true })
      .first()
      .fill('已安排铣刨重铺，本周完成。')
    await text(sec.page, '答复', { exact: true }).click()
    await text(sec.page, '已安排铣刨重铺，本周完成。').waitFor()
    await app.shot(sec.page, 'voice-answered')

    // The member confirms.
    await page.reload()
    await text(page, '确认办结').click()
    await text(page, '已办结', { exact: true }).waitFor()
    await app.shot(page, 'voice-closed')
  })
})
