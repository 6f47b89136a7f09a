// The greeting card on a real canvas: find the Canvas 2D node, paint a layout at the screen's pixel
// ratio, and save the picture — weapp: to the album (privacy consent first), or the share-image menu
// when the album is refused; H5: a PNG download. The drawing itself is cardLayout.ts (pure).
import Taro from '@tarojs/taro'
import { ensurePrivacyConsent } from '@/core/privacy/consent'
import { type CardContext, type CardLayout, drawCard } from './cardLayout'

/** What the page needs of a canvas node (an HTMLCanvasElement in H5, a Canvas 2D node in weapp). */
export interface CardCanvas {
  width: number
  height: number
  getContext(kind: '2d'): unknown
  toDataURL?(type?: string): string
}

/** The canvas inside `<Canvas type='2d' id={id}>` now, or null when it is not rendered yet. */
function queryCanvas(id: string): Promise<CardCanvas | null> {
  if (process.env.TARO_ENV === 'weapp') {
    return new Promise((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res) => resolve((res?.[0]?.node as CardCanvas | undefined) ?? null))
    })
  }
  // H5: Taro's <taro-canvas-core> renders its <canvas> a moment after React mounts it (and sizes it then).
  const el = document.getElementById(id)
  const canvas = el instanceof HTMLCanvasElement ? el : (el?.querySelector('canvas') ?? null)
  return Promise.resolve(canvas)
}

/** The card's canvas, waiting for it to be rendered (`tries` × 100 ms); null if it never comes. */
export async function findCanvas(id: string, tries = 20): Promise<CardCanvas | null> {
  for (let i = 0; i < tries; i++) {
    const canvas = await queryCanvas(id)
    if (canvas) return canvas
    await new Promise((r) => setTimeout(r, 100))
  }
  return null
}

/** Paints the layout; false when the canvas has no 2D context. */
export function paintCard(canvas: CardCanvas, layout: CardLayout): boolean {
  const ratio = Math.min(3, Math.max(1, Taro.getSystemInfoSync?.().pixelRatio ?? 1))
  canvas.width = layout.width * ratio
  canvas.height = layout.height * ratio
  const ctx = canvas.getContext('2d') as (CardContext & { scale(x: number, y: number): void }) | null
  if (!ctx) return false
  ctx.scale(ratio, ratio)
  drawCard(ctx, layout)
  return true
}

/** H5: the canvas as a PNG behind a temporary <a download>. */
function downloadPng(canvas: CardCanvas, fileName: string) {
  const a = document.createElement('a')
  a.href = canvas.toDataURL?.('image/png') ?? ''
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

export type SaveOutcome = 'saved' | 'shared' | 'downloaded'

/** Saves the card (`name`: the H5 file's name without .png): album (weapp, after the privacy consent), else the share-image menu; a download in H5. */
export async function saveCard(canvas: CardCanvas, name: string): Promise<SaveOutcome> {
  if (process.env.TARO_ENV !== 'weapp') {
    downloadPng(canvas, `${name}.png`)
    return 'downloaded'
  }
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option)
  if (await ensurePrivacyConsent()) {
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
      return 'saved'
    } catch {
      // album refused (scope.writePhotosAlbum): the share menu still lets the member save or forward it
    }
  }
  await Taro.showShareImageMenu({ path: tempFilePath })
  return 'shared'
}
