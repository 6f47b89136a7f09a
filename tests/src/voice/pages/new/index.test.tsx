jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
jest.mock('@/core/files', () => ({
  ...jest.requireActual('@/core/files'),
  pickPhotos: jest.fn(),
  shrinkPhoto: jest.fn(),
  uploadPhoto: jest.fn()
}))
import Taro from '@tarojs/taro'
import { act, render, screen, waitFor } from '@testing-library/react'
import NewSuggestionPage from '@/voice/pages/new'
import { rememberCaller } from '@/core/caller'
import { PhotoError, pickPhotos, shrinkPhoto, uploadPhoto } from '@/core/files'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeInto, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoMember } from '@tests/src/helpers/fixtures'
import { detail } from '@tests/src/helpers/voiceFixtures'

const pick = pickPhotos as jest.Mock
const shrink = shrinkPhoto as jest.Mock
const upload = uploadPhoto as jest.Mock
let redirect: jest.SpyInstance

beforeEach(() => {
  spyNavigation()
  redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }) as any)
  route('/voice/pages/new/index', {})
  rememberCaller(whoMember())
  pick.mockReset()
  shrink.mockReset()
  upload.mockReset()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

async function fill() {
  await tap('安全')
  await typeInto('一句话说明是什么事', 'K12 护栏松动')
  await typeIntoTextarea('看到了什么、问题在哪、有什么建议', '螺栓松动，建议紧固')
}

describe('随手拍 · 提建议', () => {
  it('opens without a cloud call', async () => {
    answerCloud({})
    render(<NewSuggestionPage />)
    expect(await screen.findByText('反映情况不怕多、提出问题不怕难、意见建议不怕小')).toBeTruthy()
    expect(calls('submit')).toEqual([])
    expect((jest.requireMock('@/core/cloud').callCloud as jest.Mock).mock.calls).toEqual([])
  })

  it('says what is missing and sends nothing', async () => {
    answerCloud({})
    render(<NewSuggestionPage />)
    await tap('提交给支部')
    expect(await screen.findByText('请选择类别')).toBeTruthy()
    expect(screen.getByText('请填写标题')).toBeTruthy()
    expect(screen.getByText('请说明情况或建议')).toBeTruthy()
    expect(calls('submit')).toEqual([])
  })

  it('shrinks and uploads each photo under the member’s folder, then files the sheet with their file ids', async () => {
    answerCloud({ 'voice.submit': () => detail({ _id: `s${'b'.repeat(24)}` }) })
    pick.mockResolvedValue(['blob:one', 'blob:two'])
    shrink.mockImplementation(async (p: string) => `${p}-small`)
    upload.mockImplementation(async (_local: string, cloudPath: string) => `cloud://env.bucket/${cloudPath}`)
    render(<NewSuggestionPage />)
    await fill()
    await typeInto('如：G316 K12+300', 'G316')
    await tap('＋ 添加照片')
    await waitFor(() => expect(document.querySelectorAll('[data-state="done"]')).toHaveLength(2))
    expect(pick).toHaveBeenCalledWith(9)
    expect(shrink.mock.calls.map((c) => c[0])).toEqual(['blob:one', 'blob:two'])
    const paths = upload.mock.calls.map((c) => c[1])
    expect(paths).toEqual([
      expect.stringMatching(/^voice\/m1\/[a-z0-9]{16}-0\.jpg$/),
      expect.stringMatching(/^voice\/m1\/[a-z0-9]{16}-1\.jpg$/)
    ])
    expect(upload.mock.calls[0][0]).toBe('blob:one-small')
    await tap('提交给支部')
    const [sent] = calls('submit')
    expect(sent).toMatchObject({
      action: 'submit',
      category: 'safety',
      title: 'K12 护栏松动',
      content: '螺栓松动，建议紧固',
      location: 'G316',
      hiddenFromPeers: false,
      photos: paths.map((p) => `cloud://env.bucket/${p}`)
    })
    expect(sent.draftId).toBe(paths[0].split('/')[2].split('-')[0])
    expect(redirect).toHaveBeenCalledWith({ url: `/voice/pages/detail/index?id=s${'b'.repeat(24)}` })
  })

  it('shows a photo that could not be shrunk, leaves it out, and can remove it', async () => {
    answerCloud({ 'voice.submit': () => detail() })
    pick.mockResolvedValue(['blob:big'])
    shrink.mockRejectedValue(new PhotoError('PHOTO_TOO_LARGE', '照片压缩后仍超过 500 千字节，请换一张'))
    render(<NewSuggestionPage />)
    await fill()
    await tap('＋ 添加照片')
    expect(await screen.findByText('照片压缩后仍超过 500 千字节，请换一张')).toBeTruthy()
    expect(upload).not.toHaveBeenCalled()
    await tap('提交给支部')
    expect(calls('submit')[0].photos).toEqual([])
    await tap('删除')
    expect(screen.queryByText('照片压缩后仍超过 500 千字节，请换一张')).toBeNull()
  })

  it('waits for uploads before sending', async () => {
    answerCloud({ 'voice.submit': () => detail() })
    pick.mockResolvedValue(['blob:one'])
    shrink.mockImplementation(async (p: string) => p)
    let finish: (id: string) => void = () => undefined
    upload.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = resolve
        })
    )
    render(<NewSuggestionPage />)
    await fill()
    await tap('＋ 添加照片')
    expect(await screen.findByText('照片上传中…')).toBeTruthy()
    await tap('照片上传中…')
    expect(calls('submit')).toEqual([])
    await act(async () => finish('cloud://env.bucket/voice/m1/x-0.jpg'))
    expect(await screen.findByText('提交给支部')).toBeTruthy()
  })

  it('shows the server’s refusal (risky text) and stays', async () => {
    answerCloud({ 'voice.submit': () => fail('CONTENT_RISKY', '内容未通过微信内容安全检测，请修改后再提交') })
    render(<NewSuggestionPage />)
    await fill()
    await tap('提交给支部')
    expect(await screen.findByText('内容未通过微信内容安全检测，请修改后再提交')).toBeTruthy()
    expect(redirect).not.toHaveBeenCalled()
  })
})
