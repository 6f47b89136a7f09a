// A small PNG encoder (RGB, 8 bits, no filter) for the demo seed, the tests and the bench: real
// images a browser shows, of a chosen pixel size, either flat colour with a band (compresses well)
// or noise (does not: the byte size follows the pixel count).
import zlib from 'node:zlib'

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

export interface PngOptions {
  width: number
  height: number
  /** [r, g, b] of the background. */
  color?: [number, number, number]
  /** Random pixels (seeded): incompressible, about 3 bytes a pixel. */
  noise?: boolean
  seed?: number
}

export function makePng({ width, height, color = [200, 30, 30], noise = false, seed = 1 }: PngOptions): Buffer {
  let state = seed >>> 0 || 1
  const rand = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) & 0xff
  }
  const row = 1 + width * 3
  const raw = Buffer.alloc(row * height)
  if (noise) {
    for (let y = 0; y < height; y++) {
      // Each row starts with its filter byte, 0 (none), which alloc already wrote.
      for (let i = y * row + 1; i < (y + 1) * row; i++) raw[i] = rand()
    }
  } else {
    // Flat rows are all alike (the background, or the band across the middle): each is written once and
    // copied, which makes a 640×480 picture about ten times cheaper than pixel by pixel.
    const lineOf = ([r, g, b]: [number, number, number]) => {
      const line = Buffer.alloc(row)
      for (let i = 1; i < row; i += 3) {
        line[i] = r
        line[i + 1] = g
        line[i + 2] = b
      }
      return line
    }
    const plain = lineOf(color)
    const band = lineOf([255, 215, 0])
    for (let y = 0; y < height; y++) (Math.abs(y - height / 2) < height / 10 ? band : plain).copy(raw, y * row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    // Noise is stored (it would not shrink); flat pictures at level 1: a 640×480 one is 5 KB instead of
    // 1.5 KB at level 9, in a third of the time (the demo seed makes ten for every local cloud it fills).
    chunk('IDAT', zlib.deflateSync(raw, { level: noise ? 0 : 1 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}
