jest.mock('@/core/privacy/consent', () => ({ ensurePrivacyConsent: jest.fn() }))
import Taro from '@tarojs/taro'
import { findCanvas, paintCard, saveCard } from '@/birthday/cardCanvas'
import { cardLayout } from '@/birthday/cardLayout'
import { ensurePrivacyConsent } from '@/core/privacy/consent'

const T = Taro as unknown as Record<string, unknown>
const saved: Record<string, unknown> = {}
function stub(name: string, impl: (...a: any[]) => unknown): jest.Mock {
  if (!(name in saved)) saved[name] = T[name]
  const fn = jest.fn(impl)
  T[name] = fn
  return fn
}

const canvas = () => ({ width: 0, height: 0, getContext: jest.fn(), toDataURL: jest.fn(() => 'data:image/png;base64,AAAA') })

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) T[k] = v
  process.env.TARO_ENV = 'h5'
})

describe('saveCard in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    stub('canvasToTempFilePath', async () => ({ tempFilePath: 'wxfile://tmp/card.png' }))
  })

  it('privacy consent first, then the album', async () => {
    ;(ensurePrivacyConsent as jest.Mock).mockResolvedValue(true)
    const album = stub('saveImageToPhotosAlbum', async () => ({}))
    const share = stub('showShareImageMenu', async () => ({}))
    expect(await saveCard(canvas(), '政治生日贺卡')).toBe('saved')
    expect(ensurePrivacyConsent).toHaveBeenCalled()
    expect(album).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/card.png' })
    expect(share).not.toHaveBeenCalled()
  })

  it.each([
    ['the privacy guide refused', false, async () => ({})],
    [
      'the album refused',
      true,
      async () => {
        throw new Error('saveImageToPhotosAlbum:fail auth deny')
      }
    ]
  ])('%s: the share-image menu instead', async (_n, consent, albumImpl) => {
    ;(ensurePrivacyConsent as jest.Mock).mockResolvedValue(consent)
    const album = stub('saveImageToPhotosAlbum', albumImpl)
    const share = stub('showShareImageMenu', async () => ({}))
    expect(await saveCard(canvas(), '政治生日贺卡')).toBe('shared')
    expect(album).toHaveBeenCalledTimes(consent ? 1 : 0)
    expect(share).toHaveBeenCalledWith({ path: 'wxfile://tmp/card.png' })
  })
})

describe('paintCard', () => {
  it('sizes the canvas to the layout at the pixel ratio (at most 3) and scales the context', () => {
    stub('getSystemInfoSync', () => ({ pixelRatio: 4 }))
    const ctx = {
      scale: jest.fn(),
      fillRect: jest.fn(),
      strokeRect: jest.fn(),
      beginPath: jest.fn(),
      moveTo: jest.fn(),
      lineTo: jest.fn(),
      stroke: jest.fn(),
      fillText: jest.fn()
    }
    const c = canvas()
    c.getContext.mockReturnValue(ctx)
    expect(paintCard(c, cardLayout({ name: '王芳', years: 14, round: false, orgName: '第一党支部', date: '2026-07-01' }))).toBe(true)
    expect([c.width, c.height]).toEqual([1800, 2400])
    expect(ctx.scale).toHaveBeenCalledWith(3, 3)
  })

  it('false without a 2D context', () => {
    expect(paintCard(canvas(), cardLayout({ name: '王芳', years: 1, round: false, orgName: '', date: '2026-07-01' }))).toBe(false)
  })
})

describe('findCanvas (H5)', () => {
  it('waits for Taro’s element to render its <canvas>', async () => {
    const host = document.createElement('div')
    host.id = 'card-test'
    document.body.appendChild(host)
    const found = findCanvas('card-test', 5)
    setTimeout(() => host.appendChild(document.createElement('canvas')), 150)
    expect(await found).toBe(host.querySelector('canvas'))
    host.remove()
  })

  it('null when it never comes', async () => expect(await findCanvas('no-such-canvas', 2)).toBeNull())
})
