// The QR of the wall's public link in H5: the public wall page of this site for the token, as an SVG data URI.
// In the mini-program there is no page address to encode, so none; the platform check is a build-time constant,
// so the weapp bundle never loads qrcode. Bytes, not the string: qrcode would reach for TextEncoder.
import { publicWallUrl } from './routes'
import { qrSvg, svgDataUri } from '@/core/components/QrCode/qrSvg'
import { utf8 } from '@/core/components/QrCode/qrRuns'

/** qrcode, H5 only: a ternary on the build-time constant, which webpack folds (the weapp bundle has no require of it). */
const loadQr = (): typeof import('qrcode') | null => (process.env.TARO_ENV === 'h5' ? require('qrcode') : null)

export function wallQr(token: string): { url: string; src: string } | null {
  const QRCode = loadQr()
  if (!QRCode) return null
  const origin = typeof window !== 'undefined' && window.location ? window.location.origin : ''
  const url = publicWallUrl(origin, token)
  return { url, src: svgDataUri(qrSvg(QRCode.create([{ mode: 'byte', data: utf8(url) }], { errorCorrectionLevel: 'M' }).modules)) }
}
