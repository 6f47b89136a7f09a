// The QR of a masses code in H5: the masses page of this site for that code, as an SVG data URI. In
// the mini-program there is no page address to encode (README: "扫普通链接二维码打开小程序"), so none; the
// weapp bundle never loads qrcode.
import { massesUrl } from './orgRoutes'
import { qrSvg, svgDataUri } from '@/core/components/QrCode/qrSvg'

const QRCode: typeof import('qrcode') | null = process.env.TARO_ENV === 'h5' ? require('qrcode') : null

export function massesQr(code: string): { url: string; src: string } | null {
  if (!QRCode || process.env.TARO_ENV !== 'h5') return null
  const origin = typeof window !== 'undefined' && window.location ? window.location.origin : ''
  const url = massesUrl(origin, code)
  return { url, src: svgDataUri(qrSvg(QRCode.create(url, { errorCorrectionLevel: 'M' }).modules)) }
}
