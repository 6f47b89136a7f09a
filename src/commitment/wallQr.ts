// The QR of the wall's public link in H5: the public wall page of this site for the token, as an SVG data URI.
// In the mini-program there is no page address to encode, so none; the weapp bundle never loads qrcode.
import { publicWallUrl } from './routes'
import { qrSvg, svgDataUri } from '@/core/components/QrCode/qrSvg'

const QRCode: typeof import('qrcode') | null = process.env.TARO_ENV === 'h5' ? require('qrcode') : null

export function wallQr(token: string): { url: string; src: string } | null {
  if (!QRCode || process.env.TARO_ENV !== 'h5') return null
  const origin = typeof window !== 'undefined' && window.location ? window.location.origin : ''
  const url = publicWallUrl(origin, token)
  return { url, src: svgDataUri(qrSvg(QRCode.create(url, { errorCorrectionLevel: 'M' }).modules)) }
}
