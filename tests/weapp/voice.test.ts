// The voice subpackage in the weapp build: the home tile, the sheet's photos through WeChat's own APIs
// (chooseMedia → getImageInfo → compressImage with the size cut to 1280 px → the file's size checked →
// wx.cloud.uploadFile under the member's folder), then one submit with the file ids; the detail page's
// answer for the branch.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { answer, cloudData, DIST, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember } from '@tests/src/helpers/fixtures'
import { detail } from '@tests/src/helpers/voiceFixtures'

let wx: Wx & Record<string, any>
let page: MountedPage | null = null
const chooseMedia = jest.fn()
const getImageInfo = jest.fn()
const compressImage = jest.fn()
const getFileInfo = jest.fn()
setUpApp(
  (w) => {
    wx = w as Wx & Record<string, any>
  },
  () => {
    // Taro wraps the wx APIs when the app loads: provide them first.
    const g = global as any
    require('miniprogram-simulate')
    Object.assign(g.wx, { chooseMedia, getImageInfo, compressImage, getFileSystemManager: () => ({ getFileInfo }) })
  }
)
afterEach(() => {
  page?.unmount()
  page = null
})

/** Answers a wx API call as WeChat does: success then complete, with `<api>:ok` — or, called without
 * callbacks (Taro 4 calls the promise form), a promise of it. */
const done = (o: any, api: string, res: Record<string, unknown>) => {
  const r = { errMsg: `${api}:ok`, ...res }
  o.success?.(r)
  o.complete?.(r)
  return Promise.resolve(r)
}

describe('home → 随手拍 (weapp build)', () => {
  it('opens the voice subpackage from the tile', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.tap('随手拍')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/voice/pages/mine/index')
  })

  it('keeps the sheet’s code out of the main package', () => {
    const main = ['app.js', 'common.js', 'vendors.js']
      .map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.readFileSync(path.join(DIST, f), 'utf8') : ''))
      .join('')
    expect(main).not.toContain('vo-new__motto')
    expect(fs.readFileSync(path.join(DIST, 'voice/pages/new/index.js'), 'utf8')).toContain('vo-new__motto')
  })
})

describe('随手拍 · 提建议 (weapp build)', () => {
  it('shrinks each photo with compressImage to 1280 px, uploads it with wx.cloud.uploadFile, submits the file ids', async () => {
    answer({ 'member.whoami': () => ok(whoMember()), 'voice.submit': () => ok(detail()) })
    chooseMedia.mockImplementation((o: any) =>
      done(o, 'chooseMedia', { tempFiles: [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 3_000_000 }] })
    )
    getImageInfo.mockImplementation((o: any) => done(o, 'getImageInfo', { width: 4000, height: 3000, path: o.src }))
    compressImage.mockImplementation((o: any) => done(o, 'compressImage', { tempFilePath: `wxfile://tmp/small-q${o.quality}.jpg` }))
    // The first quality is still too big; the second fits.
    getFileInfo.mockImplementation((o: any) => done(o, 'getFileInfo', { size: o.filePath.includes('q82') ? 700_000 : 420_000 }))
    const uploadFile = jest.fn(async (o: any) => ({
      fileID: `cloud://env.bucket/${o.cloudPath}`,
      statusCode: 200,
      errMsg: 'uploadFile:ok'
    }))
    Object.assign(wx.cloud, { uploadFile })
    page = mountPage('voice/pages/new/index')
    await page.findText('反映情况不怕多、提出问题不怕难、意见建议不怕小')
    expect(wx.cloud.callFunction).not.toHaveBeenCalledWith(expect.objectContaining({ name: 'voice' }))
    await page.tap('安全')
    await page.input('ao-field__input', 'K12 护栏松动', 0)
    await page.input('ao-field__area', '螺栓松动，建议紧固', 0)
    await page.tap('＋ 添加照片')
    await waitUntil(() => uploadFile.mock.calls.length === 1, 'uploadFile')
    expect(chooseMedia.mock.calls[0][0]).toMatchObject({ count: 9, mediaType: ['image'] })
    expect(compressImage.mock.calls.map((c) => [c[0].quality, c[0].compressedWidth, c[0].compressedHeight])).toEqual([
      [82, 1280, 960],
      [68, 1280, 960]
    ])
    const up = uploadFile.mock.calls[0][0]
    expect(up.filePath).toBe('wxfile://tmp/small-q68.jpg')
    expect(up.cloudPath).toMatch(/^voice\/m1\/[a-z0-9]{16}-0\.jpg$/)
    // The photo shows, uploaded (no 上传中 on it), and the button is back.
    await waitUntil(
      () => page?.text().includes('删除') && !page.text().includes('上传中') && page.text().includes('提交给支部'),
      'uploaded'
    )
    await page.tap('提交给支部')
    await waitUntil(() => cloudData('submit').length === 1, 'submit')
    expect(cloudData('submit')[0]).toMatchObject({
      category: 'safety',
      title: 'K12 护栏松动',
      photos: [`cloud://env.bucket/${up.cloudPath}`]
    })
    await waitUntil(() => wx.redirectTo.mock.calls.length > 0, 'redirectTo')
  })
})

describe('建议详情 (weapp build)', () => {
  it('the branch answers', async () => {
    const none = { receive: false, assign: false, answer: false, confirm: false, reopen: false }
    answer({
      'voice.get': () => ok(detail({ status: 'received', can: { ...none, answer: true } })),
      'voice.answer': (d) => ok(detail({ status: 'answered', answer: d.answer }))
    })
    page = mountPage('voice/pages/detail/index', { id: `s${'a'.repeat(24)}` })
    await page.findText('K12 护栏松动')
    await page.input('ao-field__area', '已紧固', 0)
    await page.tap('答复')
    await page.findText('支部答复')
    expect(cloudData('answer')).toEqual([{ action: 'answer', id: `s${'a'.repeat(24)}`, answer: '已紧固' }])
  })
})
