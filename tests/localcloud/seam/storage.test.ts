// Cloud storage through the real wx-server-sdk: uploadFile, getTempFileURL, downloadFile and deleteFile
// reach the local file store by the same requests the SDK sends to CloudBase and COS.
import { makePng } from '@localcloud/storage/png'
import { FILE_ID_PREFIX } from '@localcloud/storage/files'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc.close())
beforeEach(() => tc.reset())

const png = makePng({ width: 40, height: 30 })

describe('uploadFile', () => {
  it('stores the content under the cloud path and answers its fileID', async () => {
    const r = await tc.cloud.uploadFile({ cloudPath: 'voice/m1/a.png', fileContent: png })
    expect(r).toMatchObject({ fileID: `${FILE_ID_PREFIX}voice/m1/a.png`, errMsg: 'uploadFile:ok' })
    const meta = tc.local.files.meta('voice/m1/a.png')
    expect(meta).toMatchObject({ size: png.length, contentType: 'image/png', via: 'function', owner: '' })
  })

  it.each([
    ['a parent segment', 'voice/../secrets.json'],
    ['a leading slash', '/etc/passwd'],
    ['a backslash', 'voice\\..\\x.png'],
    ['an empty segment', 'voice//x.png'],
    ['a dot segment', 'voice/./x.png'],
    ['a control character', 'voice/a\u0000.png'],
    ['over 256 characters', `voice/${'a'.repeat(260)}.png`]
  ])('refuses a cloud path with %s, and stores nothing', async (_, cloudPath) => {
    // The SDK turns COS's <Error> into STORAGE_REQUEST_FAIL (errCode -1), with COS's code in the message.
    await expect(tc.cloud.uploadFile({ cloudPath, fileContent: png })).rejects.toMatchObject({
      code: 'STORAGE_REQUEST_FAIL',
      errMsg: expect.stringContaining('[InvalidArgument]')
    })
    expect(tc.local.files.list()).toEqual([])
  })

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1)
    await expect(tc.cloud.uploadFile({ cloudPath: 'big.bin', fileContent: big })).rejects.toMatchObject({
      code: 'STORAGE_REQUEST_FAIL',
      errMsg: expect.stringContaining('[EntityTooLarge]')
    })
    expect(tc.local.files.meta('big.bin')).toBeNull()
  })
})

describe('getTempFileURL and downloadFile', () => {
  it('answers a URL that serves the content until it expires', async () => {
    const { fileID } = await tc.cloud.uploadFile({ cloudPath: 'voice/m1/b.png', fileContent: png })
    const r = await tc.cloud.getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] })
    expect(r.fileList).toEqual([
      expect.objectContaining({ fileID, status: 0, maxAge: 60, tempFileURL: expect.stringContaining('/__storage/file/voice/m1/b.png?') })
    ])
    const url = r.fileList[0].tempFileURL
    expect(tc.local.files.resolveTempUrl(url)).toEqual({ cloudPath: 'voice/m1/b.png' })
    expect(tc.local.files.resolveTempUrl(url, new Date(Date.now() + 61_000))).toEqual({ error: 'expired' })
    expect(tc.local.files.resolveTempUrl(url.replace(/s=[0-9a-f]/, 's=z'))).toEqual({ error: 'invalid' })
    expect(tc.local.files.resolveTempUrl(url.replace('b.png', 'c.png'))).toEqual({ error: 'invalid' })
  })

  it('answers a missing file with a per-file error status, not a URL', async () => {
    const r = await tc.cloud.getTempFileURL({ fileList: [`${FILE_ID_PREFIX}voice/none.png`, 'cloud://other-env.x/voice/a.png'] })
    expect(r.fileList.map((f: { status: number; tempFileURL: string }) => [f.status, f.tempFileURL])).toEqual([
      [-503003, ''],
      [-503003, '']
    ])
  })

  it('downloads the bytes that were uploaded', async () => {
    const { fileID } = await tc.cloud.uploadFile({ cloudPath: 'voice/m1/c.png', fileContent: png })
    const r = await tc.cloud.downloadFile({ fileID })
    expect(Buffer.compare(Buffer.from(r.fileContent), png)).toBe(0)
  })

  it('refuses to download a missing file', async () => {
    await expect(tc.cloud.downloadFile({ fileID: `${FILE_ID_PREFIX}voice/none.png` })).rejects.toMatchObject({
      code: 'STORAGE_FILE_NONEXIST'
    })
  })
})

describe('deleteFile', () => {
  it('deletes the file: its URL and download stop working', async () => {
    const { fileID } = await tc.cloud.uploadFile({ cloudPath: 'voice/m1/d.png', fileContent: png })
    const r = await tc.cloud.deleteFile({ fileList: [fileID, `${FILE_ID_PREFIX}voice/none.png`] })
    expect(r.fileList.map((f: { status: number }) => f.status)).toEqual([0, -503003])
    expect(tc.local.files.meta('voice/m1/d.png')).toBeNull()
    await expect(tc.cloud.downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
  })
})
