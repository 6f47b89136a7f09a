jest.mock('@/core/privacy/consent', () => ({ ensurePrivacyConsent: jest.fn(() => Promise.resolve(true)) }))
jest.mock('@/core/files', () => ({
  ...jest.requireActual('@/core/files'),
  uploadPhoto: jest.fn(),
  pickPhotos: jest.fn(),
  shrinkPhoto: jest.fn()
}))
import type { AttachmentView } from '@shared/study/api'
import { uploadPhoto, pickPhotos, shrinkPhoto, PhotoError } from '@/core/files'
import { ensurePrivacyConsent } from '@/core/privacy/consent'
import { openAttachment, pickDocument, pickedProblem, pickImage, uploadAttachment, uploadKey } from '@/study/attachment'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'

const env = process.env.TARO_ENV
afterEach(() => {
  process.env.TARO_ENV = env
  restoreTaroStubs()
  jest.restoreAllMocks()
})

const MB = 1024 * 1024
const view = (patch: Partial<AttachmentView> = {}): AttachmentView => ({
  name: '读本.pdf',
  ext: 'pdf',
  kind: 'document',
  size: 1000,
  state: 'ready',
  url: 'https://tmp.example/study/m03/abc.pdf?sign=1',
  ...patch
})

describe('what the phone refuses before uploading', () => {
  it.each<[string, number, string | null]>([
    ['读本.pdf', 3 * MB, null],
    ['读本.PDF', 10 * MB, null],
    ['读本.pdf', 10 * MB + 1, '文档不能超过 10 兆字节'],
    ['通知.docx', MB, null],
    ['海报.png', 2 * MB + 1, '图片不能超过 2 兆字节'],
    ['表格.xlsx', 10, '只能添加 PDF、Word 文档或图片'],
    ['无后缀', 10, '只能添加 PDF、Word 文档或图片']
  ])('%s of %d bytes → %p', (name, size, problem) => expect(pickedProblem({ localPath: 'x', name, size })).toBe(problem))
})

it('upload keys are 16 characters of [a-z0-9]', () => {
  expect(uploadKey()).toMatch(/^[a-z0-9]{16}$/)
  expect(uploadKey(() => 0)).toBe('0000000000000000')
})

describe('upload', () => {
  it('to the member’s study folder under the key, with the name’s extension', async () => {
    jest.mocked(uploadPhoto).mockResolvedValue('cloud://env.b/study/m03/k.pdf')
    const r = await uploadAttachment({ localPath: 'blob:1', name: '读本.PDF', size: 10 }, 'm03', 'abcdefgh12345678')
    expect(uploadPhoto).toHaveBeenCalledWith('blob:1', 'study/m03/abcdefgh12345678.pdf')
    expect(r).toEqual({ fileID: 'cloud://env.b/study/m03/k.pdf', name: '读本.PDF' })
  })

  it('a failed upload says so about the attachment', async () => {
    jest.mocked(uploadPhoto).mockRejectedValue(new PhotoError('UPLOAD_FAILED', '照片上传失败，请重试'))
    await expect(uploadAttachment({ localPath: 'blob:1', name: 'a.pdf', size: 10 }, 'm03')).rejects.toThrow('附件上传失败，请重试')
  })
})

describe('picking', () => {
  it('weapp: one PDF/Word document from a chat', async () => {
    process.env.TARO_ENV = 'weapp'
    const choose = stubTaro('chooseMessageFile', () =>
      Promise.resolve({ tempFiles: [{ path: 'wxfile://tmp/a', name: '读本.pdf', size: 99 }] })
    )
    expect(await pickDocument()).toEqual({ localPath: 'wxfile://tmp/a', name: '读本.pdf', size: 99 })
    expect(choose).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['pdf', 'doc', 'docx'] })
  })

  it('weapp: without the privacy consent the chooser is not opened', async () => {
    process.env.TARO_ENV = 'weapp'
    jest.mocked(ensurePrivacyConsent).mockResolvedValueOnce(false)
    const choose = stubTaro('chooseMessageFile', () => Promise.resolve({ tempFiles: [] }))
    expect(await pickDocument()).toBeNull()
    expect(choose).not.toHaveBeenCalled()
  })

  it('weapp: closing the chooser picks nothing', async () => {
    process.env.TARO_ENV = 'weapp'
    stubTaro('chooseMessageFile', () => Promise.reject(new Error('chooseMessageFile:fail cancel')))
    expect(await pickDocument()).toBeNull()
  })

  it('H5: the file chooser takes PDF and Word', async () => {
    process.env.TARO_ENV = 'h5'
    const created = jest.fn(() => 'blob:doc')
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: created })
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.pdf,.doc,.docx')
      Object.defineProperty(this, 'files', { value: [new File(['%PDF-1.7'], '读本.pdf', { type: 'application/pdf' })] })
      this.onchange?.(new Event('change'))
    })
    expect(await pickDocument()).toEqual({ localPath: 'blob:doc', name: '读本.pdf', size: 8 })
    expect(click).toHaveBeenCalled()
    expect(created).toHaveBeenCalled()
  })

  it('an image is shrunk as voice’s photos are', async () => {
    jest.mocked(pickPhotos).mockResolvedValue(['wxfile://big'])
    jest.mocked(shrinkPhoto).mockResolvedValue('wxfile://small')
    expect(await pickImage()).toEqual({ localPath: 'wxfile://small', name: '学习材料图片.jpg', size: 0 })
    jest.mocked(pickPhotos).mockResolvedValue([])
    expect(await pickImage()).toBeNull()
  })
})

describe('opening', () => {
  it('weapp: a document is downloaded and opened with its type and the menu', async () => {
    process.env.TARO_ENV = 'weapp'
    const download = stubTaro('downloadFile', () => Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://doc' }))
    const open = stubTaro('openDocument', () => Promise.resolve({}))
    await openAttachment(view({ ext: 'docx' }))
    expect(download).toHaveBeenCalledWith({ url: 'https://tmp.example/study/m03/abc.pdf?sign=1' })
    expect(open).toHaveBeenCalledWith({ filePath: 'wxfile://doc', fileType: 'docx', showMenu: true })
  })

  it('weapp: a failed download says so', async () => {
    process.env.TARO_ENV = 'weapp'
    stubTaro('downloadFile', () => Promise.resolve({ statusCode: 404, tempFilePath: '' }))
    const open = stubTaro('openDocument', () => Promise.resolve({}))
    await expect(openAttachment(view())).rejects.toThrow('附件下载失败')
    expect(open).not.toHaveBeenCalled()
  })

  it('weapp: an image is previewed', async () => {
    process.env.TARO_ENV = 'weapp'
    const preview = stubTaro('previewImage', () => Promise.resolve({}))
    await openAttachment(view({ kind: 'image', ext: 'png', url: 'https://tmp.example/p.png' }))
    expect(preview).toHaveBeenCalledWith({ current: 'https://tmp.example/p.png', urls: ['https://tmp.example/p.png'] })
  })

  it('H5: the temporary URL in a new tab; nothing without a URL', async () => {
    process.env.TARO_ENV = 'h5'
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    await openAttachment(view())
    expect(open).toHaveBeenCalledWith('https://tmp.example/study/m03/abc.pdf?sign=1', '_blank', 'noopener')
    await openAttachment(view({ url: null }))
    expect(open).toHaveBeenCalledTimes(1)
  })
})
