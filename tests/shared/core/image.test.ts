import { sniffImage } from '@shared/core/image'

const bytes = (...parts: Array<number[] | string>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)))
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const be16 = (n: number) => [(n >>> 8) & 255, n & 255]
const le16 = (n: number) => [n & 255, (n >>> 8) & 255]

const png = (w: number, h: number) =>
  bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), 'IHDR', be32(w), be32(h), [8, 2, 0, 0, 0])
// SOI, an APP0 segment of 16 bytes, then SOF0 with height and width.
const jpeg = (w: number, h: number) =>
  bytes(
    [0xff, 0xd8],
    [0xff, 0xe0],
    be16(16),
    'JFIF\0',
    Array(9).fill(0),
    [0xff, 0xc0],
    be16(17),
    [8],
    be16(h),
    be16(w),
    [3],
    Array(9).fill(0)
  )
const jpegProgressive = (w: number, h: number) =>
  bytes([0xff, 0xd8], [0xff, 0xc4], be16(4), [0, 0], [0xff, 0xc2], be16(17), [8], be16(h), be16(w), [3], Array(9).fill(0))
const gif = (w: number, h: number) => bytes('GIF89a', le16(w), le16(h), [0, 0, 0])
const webpX = (w: number, h: number) =>
  bytes(
    'RIFF',
    [0, 0, 0, 0],
    'WEBPVP8X',
    [10, 0, 0, 0],
    [0, 0, 0, 0],
    [(w - 1) & 255, ((w - 1) >> 8) & 255, 0],
    [(h - 1) & 255, ((h - 1) >> 8) & 255, 0]
  )

describe('sniffImage', () => {
  it.each([
    ['PNG', png(1280, 720), { type: 'image/png', width: 1280, height: 720 }],
    ['baseline JPEG', jpeg(1024, 768), { type: 'image/jpeg', width: 1024, height: 768 }],
    ['progressive JPEG after a DHT segment', jpegProgressive(640, 480), { type: 'image/jpeg', width: 640, height: 480 }],
    ['GIF', gif(300, 200), { type: 'image/gif', width: 300, height: 200 }],
    ['WebP (VP8X)', webpX(800, 600), { type: 'image/webp', width: 800, height: 600 }],
    ['a JPEG cut before its frame header', bytes([0xff, 0xd8, 0xff, 0xe0]), { type: 'image/jpeg', width: 0, height: 0 }]
  ])('reads %s', (_, b, want) => {
    expect(sniffImage(b)).toEqual(want)
  })

  it.each([
    ['text', bytes('hello world, not an image')],
    ['HTML named .png', bytes('<html><body></body></html>')],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n')],
    ['empty', new Uint8Array(0)],
    ['PNG magic without IHDR', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), 'IDAT', Array(12).fill(0))],
    ['RIFF that is not WebP', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ', Array(8).fill(0))]
  ])('refuses %s', (_, b) => {
    expect(sniffImage(b)).toBeNull()
  })
})
